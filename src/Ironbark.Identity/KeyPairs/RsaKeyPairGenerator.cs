using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>CreateKeyPair's RSA keys: 2048 bits, PKCS#1 PEM, fingerprint as EC2 computes it.</summary>
public static class RsaKeyPairGenerator
{
    public static GeneratedKeyPair Create(string comment)
    {
        using var rsa = RSA.Create(2048);
        return new GeneratedKeyPair(
            rsa.ExportRSAPrivateKeyPem(),
            SshPublicKey.Format(rsa.ExportParameters(includePrivateParameters: false), comment),
            Fingerprints.ForCreatedRsa(rsa));
    }
}
