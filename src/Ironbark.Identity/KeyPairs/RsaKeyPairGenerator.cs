using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>CreateKeyPair's RSA keys: 2048 bits, PKCS#1 PEM or ppk, fingerprint as EC2 computes it.</summary>
public static class RsaKeyPairGenerator
{
    /// <summary>The ppk comment is the key name, so PuTTY's key list says which key it is.</summary>
    public static GeneratedKeyPair Create(PrivateKeyFormat format, string keyName)
    {
        using var rsa = RSA.Create(2048);
        var publicParameters = rsa.ExportParameters(includePrivateParameters: false);
        var material = format == PrivateKeyFormat.Ppk
            ? PuttyKeyFile.Format("ssh-rsa", SshPublicKey.RsaBlob(publicParameters), PuttyKeyFile.RsaPrivateBlob(rsa.ExportParameters(includePrivateParameters: true)), keyName)
            : rsa.ExportRSAPrivateKeyPem();
        return new GeneratedKeyPair(material, SshPublicKey.Format(publicParameters, string.Empty), Fingerprints.ForCreatedRsa(rsa));
    }
}
