using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ironbark.Identity.Crypto;
using Ironbark.Identity.Sessions;

namespace Ironbark.Identity.Authorization;

/// <summary>
/// Seals the explanation of an EC2 denial into the opaque token AWS calls an encoded authorization
/// message, and opens it again for STS DecodeAuthorizationMessage. The explanation can reveal policy
/// contents the caller may not read, hence sealing rather than plain encoding. Keys are derived from the
/// token key ring, so every node that opens session tokens also opens these messages.
/// </summary>
public sealed class AuthorizationMessages
{
    private const string Purpose = "authorization-message";
    private const int KeyIdSize = 4;
    private readonly TokenKeyRing _ring;

    public AuthorizationMessages(TokenKeyRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        _ring = ring;
    }

    public string Encode(string decodedJson)
    {
        ArgumentNullException.ThrowIfNull(decodedJson);
        var (id, key) = _ring.Current;
        var sealedJson = Sealer(key).SealString(decodedJson, Purpose);
        var token = new byte[KeyIdSize + sealedJson.Length];
        BinaryPrimitives.WriteInt32BigEndian(token, id);
        sealedJson.CopyTo(token, KeyIdSize);
        // URL-safe alphabet, as AWS's own tokens use: they travel on command lines and in query strings.
        return Convert.ToBase64String(token).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The JSON sealed in <paramref name="encoded"/>, or null when it is not a message this service issued.</summary>
    public string? Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var token = FromBase64Url(encoded);
        if (token is null || token.Length <= KeyIdSize || _ring.Find(BinaryPrimitives.ReadInt32BigEndian(token)) is not { } key)
        {
            return null;
        }

        var opened = Sealer(key).Open(token.AsSpan(KeyIdSize), Encoding.UTF8.GetBytes(Purpose));
        return opened is null ? null : Encoding.UTF8.GetString(opened);
    }

    // A separate key per use: a sealed message must never open as a session token or the reverse.
    private static SecretSealer Sealer(byte[] ringKey) =>
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, ringKey, 32, salt: [], info: Encoding.UTF8.GetBytes(Purpose)));

    private static byte[]? FromBase64Url(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        standard += (standard.Length % 4) switch
        {
            2 => "==",
            3 => "=",
            _ => string.Empty,
        };
        var buffer = new byte[standard.Length];
        return Convert.TryFromBase64String(standard, buffer, out var written) ? buffer[..written] : null;
    }
}
