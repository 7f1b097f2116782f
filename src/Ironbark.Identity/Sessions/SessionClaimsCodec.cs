using System.Text;

namespace Ironbark.Identity.Sessions;

/// <summary>Compact binary form of <see cref="SessionClaims"/> inside the sealed token.</summary>
internal static class SessionClaimsCodec
{
    private const byte Version = 1;

    public static byte[] Encode(SessionClaims c)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            w.Write(c.AccessKeyId);
            w.Write(c.AccountId);
            w.Write((byte)c.Kind);
            w.Write(c.PrincipalName);
            w.Write(c.PrincipalId);
            w.Write(c.SessionName);
            w.Write(c.IssuedAt.ToUnixTimeSeconds());
            w.Write(c.ExpiresAt.ToUnixTimeSeconds());
            w.Write(c.SourceIdentityArn);
            w.Write(c.Chained);
            w.Write(c.SessionPolicy ?? string.Empty);
        }

        return stream.ToArray();
    }

    public static SessionClaims? Decode(byte[] payload)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
            if (r.ReadByte() != Version)
            {
                return null;
            }

            var accessKeyId = r.ReadString();
            var accountId = r.ReadString();
            var kind = r.ReadByte();
            if (!Enum.IsDefined((SessionKind)kind))
            {
                return null;
            }

            var claims = new SessionClaims(
                accessKeyId,
                accountId,
                (SessionKind)kind,
                r.ReadString(),
                r.ReadString(),
                r.ReadString(),
                DateTimeOffset.FromUnixTimeSeconds(r.ReadInt64()),
                DateTimeOffset.FromUnixTimeSeconds(r.ReadInt64()),
                r.ReadString(),
                r.ReadBoolean());
            var policy = r.ReadString();
            return policy.Length == 0 ? claims : claims with { SessionPolicy = policy };
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
