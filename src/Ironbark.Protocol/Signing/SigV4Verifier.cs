using System.Security.Cryptography;
using Ironbark.Protocol.Http;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Checks a parsed SigV4 signature against the caller's secret. One instance is meant to live for the
/// process: it caches derived signing keys. Thread-safe. Time is checked separately by <see cref="SigV4Clock"/>.
/// </summary>
public sealed class SigV4Verifier
{
    private readonly SigningKeyCache _keys;
    private readonly bool _normalizePath;

    /// <param name="signingKeyCacheCapacity">0 disables caching (every verification derives the key).</param>
    /// <param name="normalizePath">True for IAM, STS, EC2 and every service but S3.</param>
    public SigV4Verifier(int signingKeyCacheCapacity = 4096, bool normalizePath = true)
    {
        _keys = new SigningKeyCache(signingKeyCacheCapacity);
        _normalizePath = normalizePath;
    }

    public bool Verify(HttpRequestData request, SigV4Authorization auth, string secretAccessKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(secretAccessKey);

        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecodeHex(auth.Signature, claimed) || PayloadHash(request, auth) is not { } payloadHash)
        {
            return false;
        }

        var canonical = SigV4Canonicalizer.CanonicalRequest(
            request.Method,
            request.RawPath,
            request.RawQuery,
            request.Headers,
            auth.SignedHeaders,
            payloadHash,
            _normalizePath,
            omitQueryParameter: auth.IsPresigned ? "X-Amz-Signature" : null);
        var stringToSign = SigV4Canonicalizer.StringToSign(auth.AmzDate, auth.CredentialScope, canonical);
        var key = _keys.GetOrDerive(auth.AccessKeyId, secretAccessKey, auth.CredentialDate, auth.Region, auth.Service);
        Span<byte> actual = stackalloc byte[HMACSHA256.HashSizeInBytes];
        SigV4Crypto.HmacUtf8(key, stringToSign, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    /// <summary>
    /// The payload hash the client signed. A declared x-amz-content-sha256 must match the body: the
    /// header is what gets signed, so trusting it blindly would let a body be swapped under a valid
    /// signature. UNSIGNED-PAYLOAD is only honoured for presigned requests. Null means "cannot verify".
    /// </summary>
    private static string? PayloadHash(HttpRequestData request, SigV4Authorization auth)
    {
        var computed = SigV4Crypto.Sha256Hex(request.Body.Span);
        var declared = request.GetHeader("x-amz-content-sha256")?.Trim();
        if (declared is null)
        {
            return computed;
        }

        if (auth.IsPresigned && declared == SigV4Crypto.UnsignedPayload)
        {
            return declared;
        }

        return string.Equals(declared, computed, StringComparison.OrdinalIgnoreCase) ? declared : null;
    }

    private static bool TryDecodeHex(string hex, Span<byte> destination) =>
        hex.Length == destination.Length * 2
        && Convert.FromHexString(hex, destination, out _, out var written) == System.Buffers.OperationStatus.Done
        && written == destination.Length;
}
