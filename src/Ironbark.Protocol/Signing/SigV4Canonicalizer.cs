using System.Text;
using Ironbark.Protocol.Escaping;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Builds the SigV4 canonical request and string to sign. Signer and verifier both call this, so a
/// request signed here verifies here by construction; the AWS test suite pins it to what AWS computes.
/// </summary>
public static class SigV4Canonicalizer
{
    /// <summary>
    /// The canonical request. <paramref name="signedHeaders"/> are lower-case names in the order they
    /// appear in SignedHeaders (clients sort them; the verifier must reproduce what the client sent).
    /// <paramref name="normalizePath"/> is true for every service except S3, which signs the raw path.
    /// </summary>
    public static string CanonicalRequest(
        string method,
        string rawPath,
        string rawQuery,
        IReadOnlyList<(string Name, string Value)> headers,
        IReadOnlyList<string> signedHeaders,
        string payloadHash,
        bool normalizePath = true,
        string? omitQueryParameter = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var sb = new StringBuilder(256 + rawPath.Length + rawQuery.Length + (headers.Count * 48));
        sb.Append(method).Append('\n');
        AppendCanonicalUri(sb, rawPath, normalizePath);
        sb.Append('\n');
        AppendCanonicalQuery(sb, rawQuery, omitQueryParameter);
        sb.Append('\n');
        foreach (var name in signedHeaders)
        {
            sb.Append(name).Append(':');
            AppendHeaderValues(sb, headers, name);
            sb.Append('\n');
        }

        sb.Append('\n');
        AppendSignedHeaders(sb, signedHeaders);
        sb.Append('\n').Append(payloadHash);
        return sb.ToString();
    }

    public static string StringToSign(string amzDate, string credentialScope, string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        return string.Concat(SigV4Crypto.Algorithm + "\n", amzDate, "\n", credentialScope, "\n", SigV4Crypto.Sha256Hex(canonicalRequest));
    }

    public static string CredentialScope(string date, string region, string service) =>
        string.Concat(date, "/", region, "/", service, "/" + SigV4Crypto.Terminator);

    public static string SignedHeadersValue(IReadOnlyList<string> signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var sb = new StringBuilder(signedHeaders.Count * 16);
        AppendSignedHeaders(sb, signedHeaders);
        return sb.ToString();
    }

    public static string CanonicalUri(string rawPath, bool normalizePath = true)
    {
        var sb = new StringBuilder(rawPath.Length + 8);
        AppendCanonicalUri(sb, rawPath, normalizePath);
        return sb.ToString();
    }

    /// <summary>
    /// Parameters sorted by encoded name then value, each decoded and re-encoded so that clients that
    /// escape more or less than RFC 3986 still agree. '+' stays a literal plus (encoded %2B), as in AWS's
    /// reference signer: SigV4 clients never use '+' for space in a signed query.
    /// </summary>
    public static string CanonicalQueryString(string rawQuery, string? omitParameter = null)
    {
        var sb = new StringBuilder(rawQuery.Length + 16);
        AppendCanonicalQuery(sb, rawQuery, omitParameter);
        return sb.ToString();
    }

    private static void AppendSignedHeaders(StringBuilder sb, IReadOnlyList<string> signedHeaders)
    {
        for (var i = 0; i < signedHeaders.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(';');
            }

            sb.Append(signedHeaders[i]);
        }
    }

    private static void AppendCanonicalUri(StringBuilder sb, string rawPath, bool normalize)
    {
        if (rawPath.Length == 0)
        {
            sb.Append('/');
            return;
        }

        if (!normalize)
        {
            UriEncoding.AppendEncoded(sb, rawPath, keepSlash: true);
            return;
        }

        // The common case on this service is "/" or "/services/Euare/": nothing to resolve.
        if (!NeedsNormalizing(rawPath))
        {
            UriEncoding.AppendEncoded(sb, rawPath, keepSlash: true);
            return;
        }

        var segments = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        foreach (var segment in segments)
        {
            sb.Append('/');
            UriEncoding.AppendEncoded(sb, segment, keepSlash: false);
        }

        if (segments.Count == 0 || rawPath.EndsWith('/'))
        {
            sb.Append('/');
        }
    }

    private static bool NeedsNormalizing(string rawPath) =>
        rawPath[0] != '/' || rawPath.Contains("//", StringComparison.Ordinal) || rawPath.Contains("/.", StringComparison.Ordinal);

    private static void AppendCanonicalQuery(StringBuilder sb, string rawQuery, string? omitParameter)
    {
        if (rawQuery.Length == 0)
        {
            return;
        }

        string? omitEncoded = null;
        if (omitParameter is not null)
        {
            var o = new StringBuilder(omitParameter.Length + 8);
            UriEncoding.AppendEncoded(o, omitParameter, keepSlash: false);
            omitEncoded = o.ToString();
        }

        var pairs = new List<(string Name, string Value)>();
        var scratch = new StringBuilder(64);
        var bytes = new List<byte>(64);
        var query = rawQuery.AsSpan();
        foreach (var range in query.Split('&'))
        {
            var part = query[range];
            if (part.IsEmpty)
            {
                continue;
            }

            var eq = part.IndexOf('=');
            var name = Reencode(scratch, bytes, eq < 0 ? part : part[..eq]);
            if (omitEncoded is not null && name == omitEncoded)
            {
                continue;
            }

            pairs.Add((name, Reencode(scratch, bytes, eq < 0 ? [] : part[(eq + 1)..])));
        }

        pairs.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });

        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('&');
            }

            sb.Append(pairs[i].Name).Append('=').Append(pairs[i].Value);
        }
    }

    /// <summary>
    /// Percent-decodes to bytes and encodes them again. Decoding is lenient (a malformed escape stays
    /// literal) and byte-exact (invalid UTF-8 is never replaced): it only has to sign consistently.
    /// </summary>
    private static string Reencode(StringBuilder scratch, List<byte> bytes, ReadOnlySpan<char> raw)
    {
        scratch.Clear();
        if (raw.IndexOf('%') < 0)
        {
            UriEncoding.AppendEncoded(scratch, raw, keepSlash: false);
            return scratch.ToString();
        }

        bytes.Clear();
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%' && i + 2 < raw.Length
                && UriEncoding.HexValue(raw[i + 1]) is var hi and >= 0
                && UriEncoding.HexValue(raw[i + 2]) is var lo and >= 0)
            {
                bytes.Add((byte)((hi << 4) | lo));
                i += 2;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < raw.Length ? 2 : 1;
            var n = Encoding.UTF8.GetBytes(raw.Slice(i, width), utf8);
            for (var k = 0; k < n; k++)
            {
                bytes.Add(utf8[k]);
            }

            i += width - 1;
        }

        UriEncoding.AppendEncoded(scratch, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes), keepSlash: false);
        return scratch.ToString();
    }

    /// <summary>Trimmed, inner runs of whitespace (including folded line breaks) collapsed to one space; repeats joined by ','.</summary>
    private static void AppendHeaderValues(StringBuilder sb, IReadOnlyList<(string Name, string Value)> headers, string name)
    {
        var first = true;
        foreach (var (headerName, value) in headers)
        {
            if (!string.Equals(headerName, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            AppendTrimmedCollapsed(sb, value);
        }
    }

    private static void AppendTrimmedCollapsed(StringBuilder sb, ReadOnlySpan<char> value)
    {
        value = value.Trim(" \t\r\n");
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }
    }
}
