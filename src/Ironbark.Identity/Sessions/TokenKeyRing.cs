using System.Security.Cryptography;
using Ironbark.Identity.Crypto;
using Ironbark.Identity.Store;

namespace Ironbark.Identity.Sessions;

/// <summary>
/// The keys that seal session tokens, kept in the store sealed by the master key so that every node
/// (and the same node after a restart) opens every token. The first node to start creates the ring.
/// </summary>
public sealed class TokenKeyRing
{
    private const string SettingName = "token-key-ring";
    private const string Purpose = "token-key-ring";
    private readonly Dictionary<int, byte[]> _keys;

    private TokenKeyRing(Dictionary<int, byte[]> keys, int currentId)
    {
        _keys = keys;
        Current = (currentId, keys[currentId]);
    }

    public (int Id, byte[] Key) Current { get; }

    public byte[]? Find(int keyId) => _keys.GetValueOrDefault(keyId);

    public static TokenKeyRing Load(IIdentityStore store, SecretSealer masterSealer)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(masterSealer);
        var fresh = new byte[4 + 32];
        fresh[3] = 1;
        RandomNumberGenerator.Fill(fresh.AsSpan(4));
        var sealedRing = store.GetOrAddSetting(SettingName, masterSealer.Seal(fresh, System.Text.Encoding.UTF8.GetBytes(Purpose)));
        var ring = masterSealer.Open(sealedRing, System.Text.Encoding.UTF8.GetBytes(Purpose))
            ?? throw new CryptographicException("The token key ring does not open under the master key.");
        var keys = new Dictionary<int, byte[]>();
        var current = 0;
        for (var offset = 0; offset + 36 <= ring.Length; offset += 36)
        {
            var id = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(ring.AsSpan(offset));
            keys[id] = ring.AsSpan(offset + 4, 32).ToArray();
            current = Math.Max(current, id);
        }

        return new TokenKeyRing(keys, current);
    }
}
