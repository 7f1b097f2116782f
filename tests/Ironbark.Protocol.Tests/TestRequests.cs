using System.Text;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

/// <summary>Requests shaped like the ones real clients send to IAM/STS (see reference/aws-clients.md).</summary>
internal static class TestRequests
{
    public const string AccessKeyId = "AKIAEXAMPLEEXAMPLE01";

    // The dummy secret used by the client captures; it grants nothing anywhere.
    public const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 43, 12, TimeSpan.Zero);

    public static HttpRequestData Unsigned(string body = "Action=GetCallerIdentity&Version=2011-06-15", string rawQuery = "") =>
        new(
            "POST",
            "/",
            rawQuery,
            [
                ("Host", "127.0.0.1:4599"),
                ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                ("User-Agent", "test/1.0"),
            ],
            Encoding.UTF8.GetBytes(body));

    public static HttpRequestData Signed(string? token = null, bool contentSha256 = false, DateTimeOffset? at = null) =>
        SigV4Signer.Sign(Unsigned(), new SigningCredentials(AccessKeyId, Secret, token), "eu-west-1", "sts", at ?? Now, contentSha256).SignedRequest;

    public static HttpRequestData Presigned(int expires = 900, DateTimeOffset? at = null) =>
        SigV4Signer.Presign(
            new HttpRequestData("GET", "/", "Action=GetCallerIdentity&Version=2011-06-15", [("Host", "127.0.0.1:4599")], ReadOnlyMemory<byte>.Empty),
            new SigningCredentials(AccessKeyId, Secret, null),
            "eu-west-1",
            "sts",
            at ?? Now,
            expires).SignedRequest;

    public static SigV4Authorization Parse(HttpRequestData request) =>
        SigV4Parser.Parse(request, QueryParameters.FromRequest(request)) ?? throw new InvalidOperationException("no SigV4 found");

    public static HttpRequestData ReplaceHeader(HttpRequestData request, string name, string value) =>
        new(
            request.Method,
            request.RawPath,
            request.RawQuery,
            request.Headers.Select(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase) ? (h.Name, value) : h).ToList(),
            request.Body);

    public static HttpRequestData RemoveHeader(HttpRequestData request, string name) =>
        new(
            request.Method,
            request.RawPath,
            request.RawQuery,
            request.Headers.Where(h => !string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).ToList(),
            request.Body);

    public static HttpRequestData WithBody(HttpRequestData request, string body) =>
        new(request.Method, request.RawPath, request.RawQuery, request.Headers, Encoding.UTF8.GetBytes(body));
}
