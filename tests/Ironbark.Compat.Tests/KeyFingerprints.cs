using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ironbark.Compat.Tests;

/// <summary>EC2 fingerprints computed independently of the server's code.</summary>
internal static class KeyFingerprints
{
    /// <summary>A key EC2 created: SHA-1 of the PKCS#8 DER form of the returned private key.</summary>
    public static string OfCreatedPrivateKeyPem(string pem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return ColonHex(SHA1.HashData(rsa.ExportPkcs8PrivateKey()));
    }

    /// <summary>An imported RSA key: MD5 of the DER SubjectPublicKeyInfo.</summary>
    public static string OfImportedRsa(RSA rsa) => ColonHex(MD5.HashData(rsa.ExportSubjectPublicKeyInfo()));

    /// <summary>The OpenSSH one-line public key: "ssh-rsa BASE64(blob) comment".</summary>
    public static string OpenSshPublicKey(RSA rsa, string comment)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        using var blob = new MemoryStream();
        WriteString(blob, "ssh-rsa"u8);
        WriteString(blob, MpInt(parameters.Exponent!));
        WriteString(blob, MpInt(parameters.Modulus!));
        return $"ssh-rsa {Convert.ToBase64String(blob.ToArray())} {comment}";
    }

    public static string ColonHex(ReadOnlySpan<byte> digest) =>
        string.Join(':', Convert.ToHexStringLower(digest).Chunk(2).Select(pair => new string(pair)));

    private static byte[] MpInt(byte[] unsignedBigEndian)
    {
        var trimmed = unsignedBigEndian.AsSpan().TrimStart((byte)0);
        return (trimmed.Length > 0 && trimmed[0] >= 0x80) ? [0, .. trimmed] : trimmed.ToArray();
    }

    private static void WriteString(Stream stream, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        stream.Write(length);
        stream.Write(value);
    }
}
