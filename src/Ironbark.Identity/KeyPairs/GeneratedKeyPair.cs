namespace Ironbark.Identity.KeyPairs;

/// <summary>A fresh key pair: the private key goes to the caller once, the rest is stored.</summary>
public sealed record GeneratedKeyPair(string PrivateKeyPem, string PublicKey, string Fingerprint);
