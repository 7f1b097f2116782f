using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>EC2's key-pair fingerprints: colon-separated lower-case hex of a digest.</summary>
public static class Fingerprints
{
    /// <summary>Keys EC2 generates: SHA-1 of the PKCS#8 DER private key.</summary>
    public static string ForCreatedRsa(RSA rsa)
    {
        ArgumentNullException.ThrowIfNull(rsa);
        return ColonHex(SHA1.HashData(rsa.ExportPkcs8PrivateKey()));
    }

    /// <summary>Imported RSA keys: MD5 of the DER SubjectPublicKeyInfo (not the SSH blob).</summary>
    public static string ForImportedRsa(RSA rsa)
    {
        ArgumentNullException.ThrowIfNull(rsa);
        return ColonHex(MD5.HashData(rsa.ExportSubjectPublicKeyInfo()));
    }

    public static string ColonHex(ReadOnlySpan<byte> digest) =>
        string.Join(':', Convert.ToHexStringLower(digest).Chunk(2).Select(pair => new string(pair)));
}
