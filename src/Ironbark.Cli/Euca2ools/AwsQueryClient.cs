using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Sends AWS query requests the euca2ools way: POST to the configured endpoint URL exactly, every parameter
/// (plus Action and Version) in a form-urlencoded body, SigV4-signed with X-Amz-Content-SHA256. 500/503 and
/// timeouts are retried like requestbuilder (up to max-retries); other statuses of 300 and up are errors.
/// </summary>
internal sealed class AwsQueryClient
{
    public const string UserAgent = "euca2ools/3.4.1 (ironbark)";
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private readonly CliRuntime _runtime;
    private readonly DebugLog _log;

    public AwsQueryClient(
        ServiceDescriptor service, ResolvedEndpoint endpoint, AccessCredentials credentials, CliRuntime runtime,
        int maxRetries, TimeSpan timeout, DebugLog log)
    {
        Service = service;
        Endpoint = endpoint;
        Credentials = credentials;
        _runtime = runtime;
        MaxRetries = maxRetries;
        Timeout = timeout;
        _log = log;
    }

    public ServiceDescriptor Service { get; }

    public ResolvedEndpoint Endpoint { get; }

    public AccessCredentials Credentials { get; }

    public int MaxRetries { get; }

    public TimeSpan Timeout { get; }

    /// <summary>Sends one request; returns the stripped &lt;ActionResult&gt; for IAM/STS, the stripped root for EC2.</summary>
    public async Task<XElement> SendAsync(string action, QueryParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var form = new List<KeyValuePair<string, string>>(parameters.Items)
        {
            new("Action", action),
            new("Version", Service.ApiVersion),
        };
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
        _log.Write($"{action} -> POST {Endpoint.Url} (service {Service.Name}, region {Endpoint.SigningRegion}) " +
                   $"params: {string.Join(", ", parameters.Items.Select(p => $"{p.Key}={DebugLog.Redact(p.Key, p.Value)}"))}");

        for (var attempt = 0; ; attempt++)
        {
            using var client = new HttpClient(_runtime.HttpHandler, disposeHandler: false) { Timeout = Timeout };
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint.Url);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", FormContentType);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            _runtime.Signer(request, body, Credentials, Endpoint.SigningRegion, Service.Name, _runtime.Clock.GetUtcNow());

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request).ConfigureAwait(false);
            }
            catch (TaskCanceledException e)
            {
                if (attempt < MaxRetries)
                {
                    await Backoff(attempt).ConfigureAwait(false);
                    continue;
                }

                throw new CliError("request timed out", e);
            }
            catch (HttpRequestException e)
            {
                throw new CliError($"connection error ({e.Message})", e);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                var status = (int)response.StatusCode;
                _log.Write($"{action} <- HTTP {status}");
                if (status is 500 or 503 && attempt < MaxRetries)
                {
                    await Backoff(attempt).ConfigureAwait(false);
                    continue;
                }

                if (status >= 300)
                {
                    throw ToServiceError(response.StatusCode, response.ReasonPhrase, text);
                }

                var root = AwsXml.TryParse(text) ?? throw new CliError($"unable to parse the {action} response as XML");
                return Service.UsesResultWrapper ? root.Element(action + "Result") ?? root : root;
            }
        }
    }

    /// <summary>IAM list actions: keeps asking with Marker while IsTruncated is true and gathers every member.</summary>
    public async Task<List<XElement>> SendPaginatedAsync(string action, QueryParameters parameters, string listTag)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var members = new List<XElement>();
        var current = parameters;
        while (true)
        {
            var result = await SendAsync(action, current).ConfigureAwait(false);
            members.AddRange(AwsXml.List(result, listTag, "member"));
            var marker = AwsXml.Text(result, "Marker");
            if (!string.Equals(AwsXml.Text(result, "IsTruncated"), "true", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(marker))
            {
                return members;
            }

            current = current.With("Marker", marker);
        }
    }

    /// <summary>
    /// Both error shapes reduce to Errors?/Error/{Code,Message} once the root is stripped; a missing Code
    /// becomes the status number and a missing Message the reason phrase; a non-XML body is the message.
    /// </summary>
    public static AwsServiceError ToServiceError(HttpStatusCode statusCode, string? reasonPhrase, string body)
    {
        var status = (int)statusCode;
        var root = AwsXml.TryParse(body);
        if (root is null)
        {
            return new AwsServiceError(status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.IsNullOrWhiteSpace(body) ? reasonPhrase ?? string.Empty : body.Trim(), status);
        }

        var error = root.Element("Errors") ?? root;
        error = error.Element("Error") ?? error;
        var code = AwsXml.Text(error, "Code");
        var message = AwsXml.Text(error, "Message");
        return new AwsServiceError(
            string.IsNullOrEmpty(code) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : code,
            string.IsNullOrEmpty(message) ? reasonPhrase ?? string.Empty : message,
            status);
    }

    private Task Backoff(int attempt)
    {
        // requestbuilder waits (rand+1) * 2^(n-1) seconds before retry n, capped at 15.
        var seconds = Math.Min(15, (Random.Shared.NextDouble() + 1) * Math.Pow(2, attempt));
        _log.Write($"retrying in {seconds:F1}s");
        return _runtime.Delay(TimeSpan.FromSeconds(seconds));
    }
}
