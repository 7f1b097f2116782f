using System.Collections.Concurrent;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Derived SigV4 signing keys per (access key, secret, date, region, service). Deriving costs four
/// HMACs, more than the rest of a verification, and one derived key serves a client for a whole day.
/// </summary>
/// <remarks>
/// The secret is represented in the key only by its process-randomised 32-bit hash and its length, so
/// the cache never holds or compares the secret itself. A hash collision cannot let a request in: the
/// cached key would be one derived from another real secret, which the sender does not know, so the
/// worst case is a false "does not match". Hashing with SHA-256 instead would cost about as much as
/// one of the HMACs the cache exists to save.
/// </remarks>
internal sealed class SigningKeyCache
{
    private readonly ConcurrentDictionary<CacheKey, byte[]> _keys = new();
    private readonly int _capacity;
    private int _count;

    public SigningKeyCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public byte[] GetOrDerive(string accessKeyId, string secretAccessKey, string date, string region, string service)
    {
        if (_capacity == 0)
        {
            return SigV4Crypto.DeriveSigningKey(secretAccessKey, date, region, service);
        }

        var key = new CacheKey(accessKeyId, date, region, service, secretAccessKey.GetHashCode(StringComparison.Ordinal), secretAccessKey.Length);
        if (_keys.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var derived = SigV4Crypto.DeriveSigningKey(secretAccessKey, date, region, service);

        // Keys roll over daily, so stale entries pile up; dropping everything when full is a simple
        // bound whose only cost is one re-derivation per active key. The count is approximate under races.
        if (Interlocked.Increment(ref _count) > _capacity)
        {
            _keys.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        return _keys.GetOrAdd(key, derived);
    }

    private readonly record struct CacheKey(string AccessKeyId, string Date, string Region, string Service, int SecretHash, int SecretLength);
}
