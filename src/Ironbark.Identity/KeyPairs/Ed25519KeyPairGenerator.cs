using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// CreateKeyPair's ed25519 keys: an OpenSSH private key file (or ppk) and the base64 SHA-256 fingerprint.
/// The seed comes from the OS generator; BouncyCastle only derives the public point, which .NET cannot.
/// </summary>
public static class Ed25519KeyPairGenerator
{
    public static GeneratedKeyPair Create(PrivateKeyFormat format, string keyName)
    {
        var seed = RandomNumberGenerator.GetBytes(Ed25519PrivateKeyParameters.KeySize);
        try
        {
            var publicKey = new Ed25519PrivateKeyParameters(seed).GeneratePublicKey().GetEncoded();
            var material = format == PrivateKeyFormat.Ppk
                ? PuttyKeyFile.Format("ssh-ed25519", SshPublicKey.Ed25519Blob(publicKey), PuttyKeyFile.Ed25519PrivateBlob(seed), keyName)
                : OpenSshPrivateKey.FormatEd25519(seed, publicKey, string.Empty);
            return new GeneratedKeyPair(material, SshPublicKey.FormatEd25519(publicKey, string.Empty), Fingerprints.ForEd25519(publicKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }
}
