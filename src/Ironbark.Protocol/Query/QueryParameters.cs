using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Ironbark.Core.Errors;
using Ironbark.Protocol.Escaping;
using Ironbark.Protocol.Http;

namespace Ironbark.Protocol.Query;

/// <summary>
/// The parameters of an AWS Query / EC2 Query request: the query string first, then a form-encoded
/// body. Names are case-sensitive, as AWS treats them. When a name repeats, the first occurrence wins
/// for lookups (so a query-string parameter shadows the same name in the body); every occurrence is
/// still listed in <see cref="Pairs"/>.
/// </summary>
public sealed class QueryParameters
{
    /// <summary>Far above any real request (the largest IAM calls send a few hundred); bounds the work per request.</summary>
    public const int MaxParameters = 10_000;

    private const string FormContentType = "application/x-www-form-urlencoded";

    private readonly List<KeyValuePair<string, string>> _pairs;
    private readonly Dictionary<string, string> _first;

    private QueryParameters(List<KeyValuePair<string, string>> pairs)
    {
        _pairs = pairs;
        _first = new Dictionary<string, string>(pairs.Count, StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            _first.TryAdd(name, value);
        }
    }

    public static QueryParameters Empty { get; } = new([]);

    /// <summary>Every parameter in received order, duplicates included.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>The number of parameters received, duplicates included.</summary>
    public int Count => _pairs.Count;

    /// <summary>
    /// Decodes the query string, and the body when Content-Type is application/x-www-form-urlencoded
    /// (any parameters such as charset are ignored: AWS clients only ever send UTF-8).
    /// </summary>
    /// <exception cref="AwsException">MalformedQueryString (400) for a bad escape, invalid UTF-8 or too many parameters.</exception>
    public static QueryParameters FromRequest(HttpRequestData request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = IsFormContentType(request.GetHeader("Content-Type")) ? request.Body.Span : [];
        return Parse(request.RawQuery, body);
    }

    /// <inheritdoc cref="FromRequest"/>
    public static QueryParameters Parse(string rawQuery, ReadOnlySpan<byte> formBody)
    {
        ArgumentNullException.ThrowIfNull(rawQuery);
        if (rawQuery.Length == 0 && formBody.IsEmpty)
        {
            return Empty;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        if (rawQuery.Length > 0)
        {
            var max = Encoding.UTF8.GetMaxByteCount(rawQuery.Length);
            var rented = ArrayPool<byte>.Shared.Rent(max);
            try
            {
                var written = Encoding.UTF8.GetBytes(rawQuery, rented);
                Decode(rented.AsSpan(0, written), pairs);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        Decode(formBody, pairs);
        return new QueryParameters(pairs);
    }

    public string? Get(string name) => _first.GetValueOrDefault(name);

    public bool TryGet(string name, [NotNullWhen(true)] out string? value) => _first.TryGetValue(name, out value);

    /// <summary>
    /// An EC2-style flattened list: Name.1, Name.2, … up to the first missing index. Clients always
    /// number from 1 without gaps, so a gap ends the list rather than being an error.
    /// </summary>
    public IReadOnlyList<string> GetList(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        List<string>? values = null;
        for (var i = 1; _first.TryGetValue(IndexedName(name, i), out var value); i++)
        {
            (values ??= []).Add(value);
        }

        return values ?? (IReadOnlyList<string>)[];
    }

    /// <summary>An IAM/STS-style list: Name.member.1, Name.member.2, …</summary>
    public IReadOnlyList<string> GetMemberList(string name) => GetList(name + ".member");

    /// <summary>
    /// How many consecutive entries from 1 a list of structures has, where entry i is present when
    /// "prefix.i" or any "prefix.i.field" is: CountIndexed("Tags.member") for Tags.member.N.Key/Value.
    /// </summary>
    public int CountIndexed(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var present = new HashSet<int>();
        foreach (var name in _first.Keys)
        {
            if (name.Length <= prefix.Length + 1 || !name.StartsWith(prefix, StringComparison.Ordinal) || name[prefix.Length] != '.')
            {
                continue;
            }

            var rest = name.AsSpan(prefix.Length + 1);
            var dot = rest.IndexOf('.');
            var digits = dot < 0 ? rest : rest[..dot];
            if (digits.Length > 0 && digits[0] != '0'
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                present.Add(index);
            }
        }

        var count = 0;
        while (present.Contains(count + 1))
        {
            count++;
        }

        return count;
    }

    internal static bool IsFormContentType(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var media = contentType.AsSpan();
        var semicolon = media.IndexOf(';');
        if (semicolon >= 0)
        {
            media = media[..semicolon];
        }

        return media.Trim().Equals(FormContentType, StringComparison.OrdinalIgnoreCase);
    }

    private static string IndexedName(string name, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}.{index}");

    private static void Decode(ReadOnlySpan<byte> input, List<KeyValuePair<string, string>> pairs)
    {
        if (input.IsEmpty)
        {
            return;
        }

        byte[]? rented = null;
        var scratch = input.Length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(input.Length));
        try
        {
            foreach (var range in input.Split((byte)'&'))
            {
                var part = input[range];
                var partOffset = range.Start.GetOffset(input.Length);
                if (part.IsEmpty)
                {
                    continue;
                }

                if (pairs.Count >= MaxParameters)
                {
                    throw new AwsException(ErrorCatalogue.MalformedQueryString(
                        string.Create(CultureInfo.InvariantCulture, $"The request has more than {MaxParameters} parameters.")));
                }

                var eq = part.IndexOf((byte)'=');
                var name = eq < 0 ? part : part[..eq];
                var value = eq < 0 ? [] : part[(eq + 1)..];
                var decodedName = DecodeComponent(name, scratch, partOffset);
                var decodedValue = DecodeComponent(value, scratch, partOffset + (eq < 0 ? 0 : eq + 1));
                pairs.Add(new KeyValuePair<string, string>(decodedName, decodedValue));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Form decoding: '+' is a space, %XX a byte, and the bytes must be UTF-8.</summary>
    private static string DecodeComponent(ReadOnlySpan<byte> raw, Span<byte> scratch, int offset)
    {
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        ReadOnlySpan<byte> decoded;
        if (raw.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            decoded = raw;
        }
        else
        {
            var n = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var b = raw[i];
                if (b == '+')
                {
                    scratch[n++] = (byte)' ';
                }
                else if (b == '%')
                {
                    var hi = i + 1 < raw.Length ? UriEncoding.HexValue(raw[i + 1]) : -1;
                    var lo = i + 2 < raw.Length ? UriEncoding.HexValue(raw[i + 2]) : -1;
                    if (hi < 0 || lo < 0)
                    {
                        throw new AwsException(ErrorCatalogue.MalformedQueryString(string.Create(
                            CultureInfo.InvariantCulture,
                            $"The query string or form body has an invalid percent-encoding at offset {offset + i}.")));
                    }

                    scratch[n++] = (byte)((hi << 4) | lo);
                    i += 2;
                }
                else
                {
                    scratch[n++] = b;
                }
            }

            decoded = scratch[..n];
        }

        if (!Utf8.IsValid(decoded))
        {
            throw new AwsException(ErrorCatalogue.MalformedQueryString(string.Create(
                CultureInfo.InvariantCulture,
                $"The query string or form body is not valid UTF-8 after percent-decoding, near offset {offset}.")));
        }

        return Encoding.UTF8.GetString(decoded);
    }
}
