using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// The OpenSSH wire forms of the public keys EC2 accepts: "ssh-rsa" (string type, mpint e, mpint n)
/// and "ssh-ed25519" (string type, string 32-byte point).
/// </summary>
public static class SshPublicKey
{
    public const int Ed25519KeyLength = 32;

    public static string Format(RSAParameters p, string comment) => Line("ssh-rsa", RsaBlob(p), comment);

    public static string FormatEd25519(ReadOnlySpan<byte> publicKey, string comment) => Line("ssh-ed25519", Ed25519Blob(publicKey), comment);

    public static byte[] RsaBlob(RSAParameters p)
    {
        using var blob = new MemoryStream();
        SshWire.WriteString(blob, "ssh-rsa"u8);
        SshWire.WriteMpint(blob, p.Exponent!);
        SshWire.WriteMpint(blob, p.Modulus!);
        return blob.ToArray();
    }

    public static byte[] Ed25519Blob(ReadOnlySpan<byte> publicKey)
    {
        using var blob = new MemoryStream();
        SshWire.WriteString(blob, "ssh-ed25519"u8);
        SshWire.WriteString(blob, publicKey);
        return blob.ToArray();
    }

    /// <summary>Reads an ssh-rsa blob; null when the blob is not one.</summary>
    public static RSAParameters? ReadRsaBlob(ReadOnlySpan<byte> blob)
    {
        if (!SshWire.TryReadString(ref blob, out var type) || !type.SequenceEqual("ssh-rsa"u8)
            || !SshWire.TryReadString(ref blob, out var exponent) || !SshWire.TryReadString(ref blob, out var modulus) || !blob.IsEmpty
            || exponent.IsEmpty || modulus.IsEmpty)
        {
            return null;
        }

        return new RSAParameters { Exponent = TrimMpint(exponent), Modulus = TrimMpint(modulus) };
    }

    /// <summary>Reads an ssh-ed25519 blob's 32-byte point; null when the blob is not one.</summary>
    public static byte[]? ReadEd25519Blob(ReadOnlySpan<byte> blob)
    {
        if (!SshWire.TryReadString(ref blob, out var type) || !type.SequenceEqual("ssh-ed25519"u8)
            || !SshWire.TryReadString(ref blob, out var point) || !blob.IsEmpty || point.Length != Ed25519KeyLength)
        {
            return null;
        }

        return point.ToArray();
    }

    private static string Line(string type, byte[] blob, string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var line = type + " " + Convert.ToBase64String(blob);
        return comment.Length == 0 ? line : line + " " + comment;
    }

    private static byte[] TrimMpint(ReadOnlySpan<byte> value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == 0)
        {
            start++;
        }

        return value[start..].ToArray();
    }
}
