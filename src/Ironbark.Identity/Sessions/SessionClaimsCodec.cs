using System.Text;

namespace Ironbark.Identity.Sessions;

/// <summary>Compact binary form of <see cref="SessionClaims"/> inside the sealed token.</summary>
internal static class SessionClaimsCodec
{
    // Version 2 added the session policy; version 1 tokens still open.
    private const byte Version = 2;

    public static byte[] Encode(SessionClaims c)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Version);
            w.Write(c.AccessKeyId);
            w.Write(c.AccountId);
            w.Write(c.RoleName);
            w.Write(c.RoleId);
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
            var version = r.ReadByte();
            if (version is < 1 or > Version)
            {
                return null;
            }

            var claims = new SessionClaims(
                r.ReadString(),
                r.ReadString(),
                r.ReadString(),
                r.ReadString(),
                r.ReadString(),
                DateTimeOffset.FromUnixTimeSeconds(r.ReadInt64()),
                DateTimeOffset.FromUnixTimeSeconds(r.ReadInt64()),
                r.ReadString(),
                r.ReadBoolean());
            var policy = version >= 2 ? r.ReadString() : string.Empty;
            return policy.Length == 0 ? claims : claims with { SessionPolicy = policy };
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
