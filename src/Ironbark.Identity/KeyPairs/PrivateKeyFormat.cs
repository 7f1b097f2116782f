namespace Ironbark.Identity.KeyPairs;

/// <summary>CreateKeyPair's KeyFormat: PEM (PKCS#1 for RSA, OpenSSH for ed25519) or PuTTY's ppk.</summary>
public enum PrivateKeyFormat
{
    Pem,
    Ppk,
}
