namespace Ironbark.Identity.KeyPairs;

/// <summary>An imported public key, normalised to an OpenSSH line, with EC2's fingerprint.</summary>
public sealed record ImportedPublicKey(string PublicKey, string Fingerprint, string KeyType);
