using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Derived SigV4 signing keys per (secret, date, region, service). Deriving costs four HMACs, about
/// three times the rest of a verification, and a key serves one client for a whole day.
/// Entries are keyed on a SHA-256 of the inputs so the secret string itself is never held as a key.
/// </summary>
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

    public byte[] GetOrDerive(string secretAccessKey, string date, string region, string service)
    {
        if (_capacity == 0)
        {
            return SigV4Crypto.DeriveSigningKey(secretAccessKey, date, region, service);
        }

        var key = CacheKey.Of(secretAccessKey, date, region, service);
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

        return _keys.TryAdd(key, derived) ? derived : _keys.GetValueOrDefault(key, derived);
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct CacheKey(ulong A, ulong B, ulong C, ulong D)
    {
        public static CacheKey Of(string secret, string date, string region, string service)
        {
            // NUL separators keep ("ab","c") and ("a","bc") apart; none of the parts can contain NUL bytes usefully.
            var length = Encoding.UTF8.GetByteCount(secret) + date.Length + region.Length + service.Length + 3;
            var buffer = length <= 512 ? stackalloc byte[512] : new byte[Encoding.UTF8.GetMaxByteCount(secret.Length + date.Length + region.Length + service.Length) + 3];
            var n = Encoding.UTF8.GetBytes(secret, buffer);
            buffer[n++] = 0;
            n += Encoding.UTF8.GetBytes(date, buffer[n..]);
            buffer[n++] = 0;
            n += Encoding.UTF8.GetBytes(region, buffer[n..]);
            buffer[n++] = 0;
            n += Encoding.UTF8.GetBytes(service, buffer[n..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..n], hash);
            CryptographicOperations.ZeroMemory(buffer[..n]);
            var words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new CacheKey(words[0], words[1], words[2], words[3]);
        }
    }
}
