using System.Net;
using System.Text;

namespace Ironbark.Cli.Tests;

/// <summary>One request as the fake server saw it, with the form body decoded.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyList<KeyValuePair<string, string>> Form)
{
    public string? Param(string name) => Form.LastOrDefault(p => p.Key == name).Value;

    public Dictionary<string, string> Params() => Form.ToDictionary(p => p.Key, p => p.Value);
}

/// <summary>Answers requests from a queue of canned AWS XML responses and records what was sent.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeHttpHandler Respond(string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _responses.Enqueue((status, body));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        var form = body.Length == 0
            ? []
            : body.Split('&').Select(pair =>
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                return new KeyValuePair<string, string>(
                    Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' ')));
            }).ToList();
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body, form));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"unexpected request #{Requests.Count}: {body}");
        }

        var (status, text) = _responses.Dequeue();
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "text/xml") };
    }
}
