using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Identity.Crypto;

/// <summary>
/// AES-256-GCM under a 32-byte key: seals secrets at rest (master key) and session tokens (ring keys).
/// Layout: 12-byte nonce, ciphertext, 16-byte tag. The associated data binds a sealed value to its use.
/// </summary>
public sealed class SecretSealer
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretSealer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("AES-256 needs a 32-byte key.", nameof(key));
        }

        _key = key;
    }

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(_key, TagSize);
        gcm.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
        return output;
    }

    /// <summary>Answers null when the input was not sealed by this key for this purpose, or was altered.</summary>
    public byte[]? Open(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        if (sealedValue.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        using var gcm = new AesGcm(_key, TagSize);
        try
        {
            gcm.Decrypt(
                sealedValue[..NonceSize],
                sealedValue.Slice(NonceSize, plaintext.Length),
                sealedValue[^TagSize..],
                plaintext,
                associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    public byte[] SealString(string plaintext, string purpose) =>
        Seal(Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes(purpose));

    public string OpenString(byte[] sealedValue, string purpose) =>
        Encoding.UTF8.GetString(Open(sealedValue, Encoding.UTF8.GetBytes(purpose))
            ?? throw new CryptographicException("A sealed secret does not open under the master key."));
}
