using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// PuTTY's key file format version 3, unencrypted (what CreateKeyPair returns for KeyFormat=ppk). With
/// no encryption the MAC is HMAC-SHA-256 under an empty key, over string(algorithm), string(encryption),
/// string(comment), string(public blob) and string(private blob); base64 lines are 64 characters.
/// </summary>
public static class PuttyKeyFile
{
    private const int LineLength = 64;

    public static string Format(string algorithm, byte[] publicBlob, byte[] privateBlob, string comment)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(comment);
        var mac = Mac(algorithm, "none", comment, publicBlob, privateBlob);
        var text = new StringBuilder();
        text.Append("PuTTY-User-Key-File-3: ").Append(algorithm).Append('\n');
        text.Append("Encryption: none\n");
        text.Append("Comment: ").Append(comment).Append('\n');
        Lines(text, "Public-Lines", publicBlob);
        Lines(text, "Private-Lines", privateBlob);
        text.Append("Private-MAC: ").Append(Convert.ToHexStringLower(mac)).Append('\n');
        return text.ToString();
    }

    /// <summary>RSA's private blob: mpint d, mpint p, mpint q, mpint iqmp (q⁻¹ mod p).</summary>
    public static byte[] RsaPrivateBlob(RSAParameters p)
    {
        using var blob = new MemoryStream();
        SshWire.WriteMpint(blob, p.D!);
        SshWire.WriteMpint(blob, p.P!);
        SshWire.WriteMpint(blob, p.Q!);
        SshWire.WriteMpint(blob, p.InverseQ!);
        return blob.ToArray();
    }

    /// <summary>ed25519's private blob: the 32-byte seed as a string (PuTTY's little-endian private integer).</summary>
    public static byte[] Ed25519PrivateBlob(ReadOnlySpan<byte> seed)
    {
        using var blob = new MemoryStream();
        SshWire.WriteString(blob, seed);
        return blob.ToArray();
    }

    private static byte[] Mac(string algorithm, string encryption, string comment, byte[] publicBlob, byte[] privateBlob)
    {
        using var data = new MemoryStream();
        SshWire.WriteString(data, Encoding.UTF8.GetBytes(algorithm));
        SshWire.WriteString(data, Encoding.UTF8.GetBytes(encryption));
        SshWire.WriteString(data, Encoding.UTF8.GetBytes(comment));
        SshWire.WriteString(data, publicBlob);
        SshWire.WriteString(data, privateBlob);
        return HMACSHA256.HashData(Array.Empty<byte>(), data.ToArray());
    }

    private static void Lines(StringBuilder text, string header, byte[] blob)
    {
        var lines = Convert.ToBase64String(blob).Chunk(LineLength).Select(c => new string(c)).ToList();
        text.Append(header).Append(": ").Append(lines.Count).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }
}
