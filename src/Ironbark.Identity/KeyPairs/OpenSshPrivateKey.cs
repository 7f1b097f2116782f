using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// The unencrypted "openssh-key-v1" private key file ssh-keygen writes for ed25519 keys (PROTOCOL.key):
/// the private section carries two equal check integers, the key, a comment and 1,2,3… padding to 8 bytes.
/// </summary>
public static class OpenSshPrivateKey
{
    private const int LineLength = 70;

    public static string FormatEd25519(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> publicKey, string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var publicBlob = SshPublicKey.Ed25519Blob(publicKey);
        using var section = new MemoryStream();
        var check = BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
        SshWire.WriteUInt32(section, check);
        SshWire.WriteUInt32(section, check);
        SshWire.WriteString(section, "ssh-ed25519"u8);
        SshWire.WriteString(section, publicKey);
        SshWire.WriteString(section, [.. seed, .. publicKey]);
        SshWire.WriteString(section, System.Text.Encoding.UTF8.GetBytes(comment));
        for (byte pad = 1; section.Length % 8 != 0; pad++)
        {
            section.WriteByte(pad);
        }

        using var file = new MemoryStream();
        file.Write("openssh-key-v1\0"u8);
        SshWire.WriteString(file, "none"u8);
        SshWire.WriteString(file, "none"u8);
        SshWire.WriteString(file, []);
        SshWire.WriteUInt32(file, 1);
        SshWire.WriteString(file, publicBlob);
        SshWire.WriteString(file, section.ToArray());
        var body = Convert.ToBase64String(file.ToArray());
        var lines = body.Chunk(LineLength).Select(c => new string(c));
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + string.Join('\n', lines) + "\n-----END OPENSSH PRIVATE KEY-----\n";
    }
}
