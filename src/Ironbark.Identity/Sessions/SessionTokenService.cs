using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ironbark.Core.Ids;
using Ironbark.Identity.Crypto;

namespace Ironbark.Identity.Sessions;

/// <summary>
/// Stateless session tokens: the claims sealed with AES-GCM under a ring key, and the temporary secret
/// derived as an HMAC of the same ring key over the claims' access key id and nonce, so nothing about a
/// session is stored. Layout (before base64): format byte, 4-byte ring key id, 16-byte nonce, sealed claims.
/// </summary>
public sealed class SessionTokenService
{
    private const byte Format = 1;
    private static readonly byte[] TokenPurpose = "ironbark-session-token-v1"u8.ToArray();
    private readonly TokenKeyRing _ring;

    public SessionTokenService(TokenKeyRing ring)
    {
        _ring = ring;
    }

    public IssuedCredentials Issue(SessionClaims claims)
    {
        var (keyId, key) = _ring.Current;
        var nonce = RandomNumberGenerator.GetBytes(16);
        var payload = SessionClaimsCodec.Encode(claims);
        var sealedClaims = new SecretSealer(key).Seal(payload, AssociatedData(keyId, nonce));
        var token = new byte[1 + 4 + nonce.Length + sealedClaims.Length];
        token[0] = Format;
        BinaryPrimitives.WriteInt32BigEndian(token.AsSpan(1), keyId);
        nonce.CopyTo(token, 5);
        sealedClaims.CopyTo(token, 5 + nonce.Length);
        return new IssuedCredentials(claims.AccessKeyId, DeriveSecret(key, claims.AccessKeyId, nonce), Convert.ToBase64String(token), claims.ExpiresAt);
    }

    /// <summary>Answers the claims and the session's secret, or null for anything not issued by this ring.</summary>
    public (SessionClaims Claims, string Secret)? Open(string token)
    {
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length) || length < 1 + 4 + 16 + 28 || bytes[0] != Format)
        {
            return null;
        }

        var span = bytes.AsSpan(0, length);
        var keyId = BinaryPrimitives.ReadInt32BigEndian(span[1..]);
        var key = _ring.Find(keyId);
        if (key is null)
        {
            return null;
        }

        var nonce = span.Slice(5, 16).ToArray();
        var payload = new SecretSealer(key).Open(span[21..], AssociatedData(keyId, nonce));
        var claims = payload is null ? null : SessionClaimsCodec.Decode(payload);
        return claims is null ? null : (claims, DeriveSecret(key, claims.AccessKeyId, nonce));
    }

    public static string NewAccessKeyId() => IdGenerator.AccessKeyId(temporary: true);

    private static byte[] AssociatedData(int keyId, byte[] nonce)
    {
        var ad = new byte[TokenPurpose.Length + 4 + nonce.Length];
        TokenPurpose.CopyTo(ad, 0);
        BinaryPrimitives.WriteInt32BigEndian(ad.AsSpan(TokenPurpose.Length), keyId);
        nonce.CopyTo(ad, TokenPurpose.Length + 4);
        return ad;
    }

    private static string DeriveSecret(byte[] key, string accessKeyId, byte[] nonce)
    {
        var input = new byte[Encoding.ASCII.GetByteCount(accessKeyId) + nonce.Length + 7];
        var written = Encoding.ASCII.GetBytes("secret:", input);
        written += Encoding.ASCII.GetBytes(accessKeyId, input.AsSpan(written));
        nonce.CopyTo(input, written);
        var mac = HMACSHA256.HashData(key, input);
        // 32 bytes of base64 give 44 characters; AWS secrets are 40.
        return Convert.ToBase64String(mac)[..40];
    }
}
