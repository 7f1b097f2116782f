namespace Ironbark.Identity.KeyPairs;

/// <summary>A fresh key pair: the private key (PEM, OpenSSH or ppk text) goes to the caller once, the rest is stored.</summary>
public sealed record GeneratedKeyPair(string PrivateKey, string PublicKey, string Fingerprint);
