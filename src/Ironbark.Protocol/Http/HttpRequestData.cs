namespace Ironbark.Protocol.Http;

/// <summary>
/// A request exactly as it came off the wire. SigV4 signs the bytes the client sent, so nothing here is
/// normalised: the path keeps its percent-encoding, headers keep their order and repetitions.
/// Keeping this free of ASP.NET lets the CLI, tests and benchmarks build requests without a host.
/// </summary>
public sealed class HttpRequestData
{
    public HttpRequestData(
        string method,
        string rawPath,
        string rawQuery,
        IReadOnlyList<(string Name, string Value)> headers,
        ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(rawQuery);
        ArgumentNullException.ThrowIfNull(headers);
        Method = method;
        RawPath = rawPath.Length == 0 ? "/" : rawPath;
        RawQuery = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    /// <summary>The path as received, still percent-encoded.</summary>
    public string RawPath { get; }

    /// <summary>The query string without the leading '?'; empty when there is none.</summary>
    public string RawQuery { get; }

    /// <summary>Headers in received order; a name may occur more than once.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// The value of a header, matched case-insensitively. Repeated headers are joined with ',' because
    /// that is how SigV4 canonicalises them and how HTTP defines repeated fields; null when absent.
    /// </summary>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string? single = null;
        List<string>? many = null;
        foreach (var (headerName, value) in Headers)
        {
            if (!string.Equals(headerName, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (single is null)
            {
                single = value;
            }
            else
            {
                many ??= [single];
                many.Add(value);
            }
        }

        return many is null ? single : string.Join(',', many);
    }

    /// <summary>A copy with extra headers appended, for signers that add X-Amz-Date and Authorization.</summary>
    public HttpRequestData WithHeaders(IEnumerable<(string Name, string Value)> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var all = new List<(string Name, string Value)>(Headers);
        all.AddRange(extra);
        return new HttpRequestData(Method, RawPath, RawQuery, all, Body);
    }

    /// <summary>A copy with a different query string, for presigning.</summary>
    public HttpRequestData WithRawQuery(string rawQuery) => new(Method, RawPath, rawQuery, Headers, Body);
}
