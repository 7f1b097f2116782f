using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Ironbark.Protocol.Escaping;
using Ironbark.Protocol.Http;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Client-side SigV4: the CLI signs with this, and the server verifies with the same canonicalizer.
/// </summary>
public static class SigV4Signer
{
    /// <summary>
    /// Signs an outgoing message in place. Every header on the message is signed except the ones a
    /// transport may add, drop or rewrite on the way (User-Agent, Connection, Content-Length, Expect,
    /// Transfer-Encoding); signing those would make signatures fail for reasons the caller cannot see.
    /// </summary>
    public static void Sign(
        HttpRequestMessage request,
        ReadOnlySpan<byte> body,
        SigningCredentials credentials,
        string region,
        string service,
        DateTimeOffset now,
        bool includeContentSha256Header)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = request.RequestUri ?? throw new ArgumentException("The request has no RequestUri.", nameof(request));
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The request URI must be absolute.", nameof(request));
        }

        // A retried message is signed again; stale values would otherwise be signed alongside new ones.
        request.Headers.Remove("Authorization");
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove("X-Amz-Security-Token");
        request.Headers.Remove("X-Amz-Content-SHA256");

        var amzDate = FormatAmzDate(now);
        var payloadHash = SigV4Crypto.Sha256Hex(body);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (credentials.SessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", credentials.SessionToken);
        }

        if (includeContentSha256Header)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Content-SHA256", payloadHash);
        }

        var headers = new List<(string Name, string Value)>();
        var host = request.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
        headers.Add(("host", host));
        AddHeaders(headers, request.Headers.NonValidated);
        if (request.Content is not null)
        {
            AddHeaders(headers, request.Content.Headers.NonValidated);
        }

        var signedHeaders = SignedHeaderNames(headers, static name => name is "user-agent" or "connection" or "authorization" or "content-length" or "expect" or "transfer-encoding");
        var rawQuery = uri.Query.StartsWith('?') ? uri.Query[1..] : uri.Query;
        var computed = Compute(request.Method.Method, uri.AbsolutePath, rawQuery, headers, signedHeaders, payloadHash, credentials, region, service, amzDate, normalizePath: true);
        request.Headers.TryAddWithoutValidation("Authorization", AuthorizationValue(credentials.AccessKeyId, amzDate, region, service, signedHeaders, computed.Signature));
    }

    /// <summary>
    /// Signs a request with the Authorization header and returns it with X-Amz-Date, X-Amz-Security-Token,
    /// optionally X-Amz-Content-SHA256, and Authorization appended. Every header present is signed
    /// except User-Agent and Connection, which proxies rewrite.
    /// </summary>
    public static SigV4SigningResult Sign(
        HttpRequestData request,
        SigningCredentials credentials,
        string region,
        string service,
        DateTimeOffset now,
        bool includeContentSha256Header,
        bool normalizePath = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var amzDate = FormatAmzDate(now);
        var payloadHash = SigV4Crypto.Sha256Hex(request.Body.Span);
        var added = new List<(string Name, string Value)> { ("X-Amz-Date", amzDate) };
        if (credentials.SessionToken is not null)
        {
            added.Add(("X-Amz-Security-Token", credentials.SessionToken));
        }

        if (includeContentSha256Header)
        {
            added.Add(("X-Amz-Content-SHA256", payloadHash));
        }

        var withAmz = request.WithHeaders(added);
        var signedHeaders = SignedHeaderNames(withAmz.Headers, static name => name is "user-agent" or "connection" or "authorization");
        var computed = Compute(request.Method, request.RawPath, request.RawQuery, withAmz.Headers, signedHeaders, payloadHash, credentials, region, service, amzDate, normalizePath);
        var authorization = AuthorizationValue(credentials.AccessKeyId, amzDate, region, service, signedHeaders, computed.Signature);
        return computed with { SignedRequest = withAmz.WithHeaders([("Authorization", authorization)]) };
    }

    /// <summary>
    /// Presigns a request: the authentication parameters go into the query string and the headers are
    /// left as they are. The payload hash is the body's SHA-256, as for every service but S3.
    /// </summary>
    public static SigV4SigningResult Presign(
        HttpRequestData request,
        SigningCredentials credentials,
        string region,
        string service,
        DateTimeOffset now,
        int expiresSeconds,
        bool normalizePath = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentOutOfRangeException.ThrowIfLessThan(expiresSeconds, 1);
        var amzDate = FormatAmzDate(now);
        var signedHeaders = SignedHeaderNames(request.Headers, static name => name is "user-agent" or "connection" or "authorization");
        var scope = SigV4Canonicalizer.CredentialScope(amzDate[..8], region, service);
        var query = new StringBuilder(request.RawQuery.Length + 256);
        query.Append(request.RawQuery);
        AppendParameter(query, "X-Amz-Algorithm", SigV4Crypto.Algorithm);
        AppendParameter(query, "X-Amz-Credential", credentials.AccessKeyId + "/" + scope);
        AppendParameter(query, "X-Amz-Date", amzDate);
        AppendParameter(query, "X-Amz-Expires", expiresSeconds.ToString(CultureInfo.InvariantCulture));
        AppendParameter(query, "X-Amz-SignedHeaders", SigV4Canonicalizer.SignedHeadersValue(signedHeaders));
        if (credentials.SessionToken is not null)
        {
            AppendParameter(query, "X-Amz-Security-Token", credentials.SessionToken);
        }

        var unsignedQuery = query.ToString();
        var payloadHash = SigV4Crypto.Sha256Hex(request.Body.Span);
        var computed = Compute(request.Method, request.RawPath, unsignedQuery, request.Headers, signedHeaders, payloadHash, credentials, region, service, amzDate, normalizePath);
        AppendParameter(query, "X-Amz-Signature", computed.Signature);
        return computed with { SignedRequest = request.WithRawQuery(query.ToString()) };
    }

    internal static string FormatAmzDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString(SigV4Crypto.AmzDateFormat, CultureInfo.InvariantCulture);

    private static SigV4SigningResult Compute(
        string method,
        string rawPath,
        string rawQuery,
        IReadOnlyList<(string Name, string Value)> headers,
        IReadOnlyList<string> signedHeaders,
        string payloadHash,
        SigningCredentials credentials,
        string region,
        string service,
        string amzDate,
        bool normalizePath)
    {
        var date = amzDate[..8];
        var canonical = SigV4Canonicalizer.CanonicalRequest(method, rawPath, rawQuery, headers, signedHeaders, payloadHash, normalizePath);
        var stringToSign = SigV4Canonicalizer.StringToSign(amzDate, SigV4Canonicalizer.CredentialScope(date, region, service), canonical);
        var key = SigV4Crypto.DeriveSigningKey(credentials.SecretAccessKey, date, region, service);
        try
        {
            var signature = SigV4Crypto.Signature(key, stringToSign);
            return new SigV4SigningResult(canonical, stringToSign, signature, null!);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(key);
        }
    }

    private static string AuthorizationValue(string accessKeyId, string amzDate, string region, string service, IReadOnlyList<string> signedHeaders, string signature) =>
        string.Concat(
            SigV4Crypto.Algorithm + " Credential=",
            accessKeyId,
            "/",
            SigV4Canonicalizer.CredentialScope(amzDate[..8], region, service),
            ", SignedHeaders=",
            SigV4Canonicalizer.SignedHeadersValue(signedHeaders),
            ", Signature=",
            signature);

    private static List<string> SignedHeaderNames(IEnumerable<(string Name, string Value)> headers, Func<string, bool> excluded)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in headers)
        {
            var lower = name.ToLowerInvariant();
            if (!excluded(lower))
            {
                names.Add(lower);
            }
        }

        return [.. names];
    }

    private static void AddHeaders(List<(string Name, string Value)> target, HttpHeadersNonValidated source)
    {
        foreach (var (name, values) in source)
        {
            if (string.Equals(name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // SocketsHttpHandler writes a multi-valued header as one line joined by ", "; sign what it sends.
            target.Add((name, values.Count == 1 ? values.ToString() : string.Join(", ", values)));
        }
    }

    private static void AppendParameter(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        UriEncoding.AppendEncoded(query, name, keepSlash: false);
        query.Append('=');
        UriEncoding.AppendEncoded(query, value, keepSlash: false);
    }
}
