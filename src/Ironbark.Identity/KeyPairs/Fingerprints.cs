using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>EC2's key-pair fingerprints: colon-separated lower-case hex of a digest for RSA, base64 SHA-256 for ed25519.</summary>
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

    /// <summary>
    /// ed25519 keys, created or imported: base64 SHA-256 of the SSH public key blob. Unlike ssh-keygen,
    /// EC2 keeps the trailing '=' (moto's fixture and the values EC2 shows carry it).
    /// </summary>
    public static string ForEd25519(ReadOnlySpan<byte> publicKey) =>
        Convert.ToBase64String(SHA256.HashData(SshPublicKey.Ed25519Blob(publicKey)));

    public static string ColonHex(ReadOnlySpan<byte> digest) =>
        string.Join(':', Convert.ToHexStringLower(digest).Chunk(2).Select(pair => new string(pair)));
}
