using System.Globalization;
using System.Text;
using System.Text.Json;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

/// <summary>One folder of AWS's SigV4 test suite, read from the test output directory.</summary>
internal sealed class SuiteCase
{
    private SuiteCase(string name, string folder, JsonElement context)
    {
        Name = name;
        Folder = folder;
        var credentials = context.GetProperty("credentials");
        AccessKeyId = credentials.GetProperty("access_key_id").GetString()!;
        SecretAccessKey = credentials.GetProperty("secret_access_key").GetString()!;
        Token = credentials.TryGetProperty("token", out var token) ? token.GetString() : null;
        Region = context.GetProperty("region").GetString()!;
        Service = context.GetProperty("service").GetString()!;
        ExpiresSeconds = context.GetProperty("expiration_in_seconds").GetInt32();
        Normalize = context.GetProperty("normalize").GetBoolean();
        SignBody = context.GetProperty("sign_body").GetBoolean();
        OmitSessionToken = context.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        Timestamp = DateTimeOffset.Parse(context.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "sigv4-test-suite");

    public string Name { get; }

    public string Folder { get; }

    public string AccessKeyId { get; }

    public string SecretAccessKey { get; }

    public string? Token { get; }

    public string Region { get; }

    public string Service { get; }

    public int ExpiresSeconds { get; }

    public bool Normalize { get; }

    public bool SignBody { get; }

    /// <summary>The token is added after signing (unsigned), as some AWS services expect.</summary>
    public bool OmitSessionToken { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>The credentials the signer is given: without the token when the case adds it unsigned.</summary>
    public SigningCredentials SigningCredentials => new(AccessKeyId, SecretAccessKey, OmitSessionToken ? null : Token);

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static SuiteCase Load(string name)
    {
        var folder = Path.Combine(Root, name);
        using var context = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "context.json")));
        return new SuiteCase(name, folder, context.RootElement.Clone());
    }

    public string Expected(string file) => File.ReadAllText(Path.Combine(Folder, file), Encoding.UTF8);

    public HttpRequestData Request(string file) => ParseHttp(File.ReadAllBytes(Path.Combine(Folder, file)));

    /// <summary>
    /// Parses the suite's HTTP text: the request target may contain spaces and raw UTF-8, a header line
    /// starting with whitespace continues the previous value, and a blank line starts the body.
    /// </summary>
    public static HttpRequestData ParseHttp(byte[] raw)
    {
        var separator = raw.AsSpan().IndexOf("\n\n"u8);
        var headText = Encoding.UTF8.GetString(separator < 0 ? raw : raw[..separator]);
        var body = separator < 0 ? [] : raw[(separator + 2)..];
        var lines = headText.Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(' ')];
        var q = target.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? target : target[..q];
        var query = q < 0 ? string.Empty : target[(q + 1)..];
        var headers = new List<(string Name, string Value)>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                var (name, value) = headers[^1];
                headers[^1] = (name, value + "\n" + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            // Servers strip the optional whitespace after the colon; do the same.
            headers.Add((line[..colon], line[(colon + 1)..].TrimStart(' ', '\t')));
        }

        return new HttpRequestData(method, path, query, headers, body);
    }

    public override string ToString() => Name;
}
