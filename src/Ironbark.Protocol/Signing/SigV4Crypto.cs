using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Protocol.Signing;

/// <summary>The hashing primitives of SigV4, shared by signer and verifier so they cannot drift apart.</summary>
internal static class SigV4Crypto
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";
    public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string Sha256Hex(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return EmptyBodySha256;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        return Convert.ToHexStringLower(hash);
    }

    public static string Sha256Hex(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Sha256Hex(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] DeriveSigningKey(string secretAccessKey, string date, string region, string service)
    {
        var secretBytes = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        Span<byte> key = stackalloc byte[HMACSHA256.HashSizeInBytes];
        try
        {
            HmacUtf8(secretBytes, date, key);
            HmacUtf8(key, region, key);
            HmacUtf8(key, service, key);
            var result = new byte[HMACSHA256.HashSizeInBytes];
            HmacUtf8(key, Terminator, result);
            return result;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secretBytes);
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Writes HMAC-SHA256(key, UTF-8(data)) to destination; destination may alias key.</summary>
    public static void HmacUtf8(ReadOnlySpan<byte> key, string data, Span<byte> destination)
    {
        var max = Encoding.UTF8.GetMaxByteCount(data.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var written = Encoding.UTF8.GetBytes(data, buffer);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, buffer[..written], mac);
            mac.CopyTo(destination);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static string Signature(ReadOnlySpan<byte> signingKey, string stringToSign)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HmacUtf8(signingKey, stringToSign, mac);
        return Convert.ToHexStringLower(mac);
    }
}
