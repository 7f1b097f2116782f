using System.Net;
using System.Text;
using System.Xml.Linq;
using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

/// <summary>
/// A minimal AWS Query client over the project's SigV4 signer, for the calls no real client here can
/// make: Eucalyptus extensions (CreateAccount, DelegateAccount) and IAM set-up for the .NET tests,
/// since AWSSDK.IdentityManagement is not available.
/// </summary>
internal sealed class QueryClient(HttpClient http, Uri endpoint)
{
    public const string Region = "eu-west-1";

    public async Task<QueryResponse> CallAsync(SigningCredentials credentials, string service, string action, params (string Name, string Value)[] parameters)
    {
        var version = service switch
        {
            "iam" => "2010-05-08",
            "sts" => "2011-06-15",
            "ec2" => "2016-11-15",
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "iam, sts or ec2"),
        };
        var form = new StringBuilder("Action=").Append(action).Append("&Version=").Append(version);
        foreach (var (name, value) in parameters)
        {
            form.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        var body = Encoding.UTF8.GetBytes(form.ToString());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        SigV4Signer.Sign(request, body, credentials, Region, service, DateTimeOffset.UtcNow, includeContentSha256Header: false);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await http.SendAsync(request, cts.Token).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false);
        return new QueryResponse(action, response.StatusCode, XDocument.Parse(text));
    }

    /// <summary>Calls and requires a 200; the failure message carries the error code and text, never the body of a success.</summary>
    public async Task<XDocument> RequireAsync(SigningCredentials credentials, string service, string action, params (string Name, string Value)[] parameters)
    {
        var response = await CallAsync(credentials, service, action, parameters).ConfigureAwait(false);
        if (response.Status != HttpStatusCode.OK)
        {
            Assert.Fail($"{service} {action} answered {(int)response.Status} {response.ErrorCode}: {response.ErrorMessage}");
        }

        return response.Document;
    }
}

internal sealed record QueryResponse(string Action, HttpStatusCode Status, XDocument Document)
{
    public string? ErrorCode => Document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value;

    public string? ErrorMessage => Document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value;
}

internal static class XmlExtensions
{
    /// <summary>The value of the first descendant with this local name (namespaces ignored).</summary>
    public static string Value(this XDocument document, string localName) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value
        ?? throw new InvalidOperationException($"The response has no <{localName}>.");
}
