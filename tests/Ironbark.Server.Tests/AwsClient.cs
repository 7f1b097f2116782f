using System.Net;
using System.Text;
using System.Xml.Linq;
using Ironbark.Protocol.Signing;

namespace Ironbark.Server.Tests;

/// <summary>A minimal AWS Query client for tests: form-encodes, signs with the project's SigV4 signer, parses the XML.</summary>
public sealed class AwsClient : IDisposable
{
    private readonly HttpClient _http = new();

    public AwsClient(Uri baseAddress)
    {
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public sealed record Reply(HttpStatusCode Status, XDocument Xml, HttpResponseMessage Message)
    {
        /// <summary>The first element with this local name, whatever its namespace.</summary>
        public string? Value(string localName) => Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

        public IEnumerable<string> Values(string localName) => Xml.Descendants().Where(e => e.Name.LocalName == localName).Select(e => e.Value);

        public string? ErrorCode => Value("Code");
    }

    public Task<Reply> CallAsync(
        string service,
        SigningCredentials? credentials,
        params (string Name, string Value)[] parameters) =>
        SendAsync("/", service, credentials, parameters);

    public async Task<Reply> SendAsync(
        string path,
        string service,
        SigningCredentials? credentials,
        (string Name, string Value)[] parameters,
        DateTimeOffset? signedAt = null,
        Action<HttpRequestMessage>? afterSigning = null,
        string region = "us-east-1")
    {
        var body = Encoding.UTF8.GetBytes(string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value))));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, path))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        if (credentials is not null)
        {
            SigV4Signer.Sign(request, body, credentials, region, service, signedAt ?? DateTimeOffset.UtcNow, includeContentSha256Header: false);
        }

        afterSigning?.Invoke(request);
        return await SendRawAsync(request);
    }

    public async Task<Reply> SendRawAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, XDocument.Parse(text), response);
    }

    public void Dispose() => _http.Dispose();
}
