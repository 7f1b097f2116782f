namespace Ironbark.Identity.Model;

/// <summary>An EC2 key pair. Only the public half is kept; the private key leaves with the CreateKeyPair response.</summary>
public sealed record KeyPair(
    string AccountId,
    string Name,
    string KeyPairId,
    string Fingerprint,
    string PublicKey,
    string KeyType,
    DateTimeOffset CreateTime)
{
    /// <summary>The key pair's tags, ordered by key.</summary>
    public IReadOnlyList<Ec2Tag> Tags { get; init; } = [];
}
