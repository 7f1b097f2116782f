using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

public sealed class ClientCaptureTests
{
    private const string Secret = TestRequests.Secret;

    public static TheoryData<string> Captures() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "client-captures"), "*.http").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Captures))]
    public void Request_sent_by_a_real_client_verifies(string file)
    {
        var request = Load(file);
        var auth = SigV4Parser.Parse(request, QueryParameters.FromRequest(request))!;

        Assert.Equal("AKIAEXAMPLEEXAMPLE01", auth.AccessKeyId);
        Assert.Equal("eu-west-1", auth.Region);
        Assert.True(new SigV4Verifier().Verify(request, auth, Secret));
        Assert.Null(SigV4Clock.CheckTime(auth, auth.RequestTime.AddMinutes(5)));
        Assert.False(new SigV4Verifier().Verify(TestRequests.WithBody(request, Encoding.UTF8.GetString(request.Body.Span) + "&X=1"), auth, Secret));
    }

    [Fact]
    public void Js_capture_reproduces_the_documented_canonical_request()
    {
        var request = Load("sts-getcalleridentity-js-session-token.http");
        var auth = SigV4Parser.Parse(request, QueryParameters.FromRequest(request))!;

        var canonical = SigV4Canonicalizer.CanonicalRequest(request.Method, request.RawPath, request.RawQuery, request.Headers, auth.SignedHeaders, "ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843");

        Assert.Equal(
            """
            POST
            /

            amz-sdk-invocation-id:a3509c4c-9112-4585-9bdc-7bed618ab36e
            amz-sdk-request:attempt=1; max=3
            content-length:43
            content-type:application/x-www-form-urlencoded
            host:127.0.0.1:4599
            x-amz-content-sha256:ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843
            x-amz-date:20261203T154402Z
            x-amz-security-token:FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE+token/value==
            x-amz-user-agent:aws-sdk-js/3.1177.0

            amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-user-agent
            ab821ae955788b0e33ebd34c208442ccfc2d406e2edc5e7a39bd6458fbb4f843
            """,
            canonical);
        Assert.Equal(
            "AWS4-HMAC-SHA256\n20261203T154402Z\n20261203/eu-west-1/sts/aws4_request\n2d8bfd17930f7fe99ffebaf12db8ce5b092bc2dddd956e0f1045d7a5f9d5e3bd",
            SigV4Canonicalizer.StringToSign(auth.AmzDate, auth.CredentialScope, canonical));
        Assert.Equal("FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE+token/value==", auth.SessionToken);
    }

    [Theory]
    [InlineData("ec2-describekeypairs-dotnet.http", true)]
    [InlineData("ec2-importkeypair-cli2.http", false)]
    public void Message_signer_reproduces_the_signature_a_real_sdk_sent(string file, bool contentSha256)
    {
        var captured = Load(file);
        var capturedAuth = SigV4Parser.Parse(captured, QueryParameters.FromRequest(captured))!;
        using var message = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:4599/");
        message.Content = new ByteArrayContent(captured.Body.ToArray());
        message.Content.Headers.TryAddWithoutValidation("Content-Type", captured.GetHeader("Content-Type"));
        message.Headers.TryAddWithoutValidation("User-Agent", captured.GetHeader("User-Agent"));

        SigV4Signer.Sign(message, captured.Body.Span, new SigningCredentials("AKIAEXAMPLEEXAMPLE01", Secret, null), "eu-west-1", "ec2", capturedAuth.RequestTime, contentSha256);

        Assert.Equal(captured.GetHeader("Authorization"), Single(message.Headers, "Authorization"));
        Assert.Equal(capturedAuth.AmzDate, Single(message.Headers, "X-Amz-Date"));
    }

    [Fact]
    public void Message_signed_by_the_cli_signer_verifies_on_the_server_side()
    {
        var body = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=s"u8.ToArray();
        using var message = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:8773/services/Tokens/?a=b%20c");
        message.Content = new ByteArrayContent(body);
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        message.Headers.UserAgent.ParseAdd("ironbark/1.0");
        var now = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

        SigV4Signer.Sign(message, body, new SigningCredentials("AKIAEXAMPLEEXAMPLE01", Secret, "tok+en/=="), "local", "sts", now, includeContentSha256Header: true);

        var authorization = Single(message.Headers, "Authorization");
        Assert.Contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,", authorization, StringComparison.Ordinal);
        Assert.Equal("tok+en/==", Single(message.Headers, "X-Amz-Security-Token"));
        var received = AsReceived(message, body);
        var auth = SigV4Parser.Parse(received, QueryParameters.FromRequest(received))!;
        Assert.True(new SigV4Verifier().Verify(received, auth, Secret));
        Assert.Null(SigV4Clock.CheckTime(auth, now));
    }

    [Fact]
    public void Signing_a_message_twice_replaces_the_previous_signature()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:8773/");
        var creds = new SigningCredentials("AKIAEXAMPLEEXAMPLE01", Secret, "t");
        var first = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

        SigV4Signer.Sign(message, [], creds, "local", "iam", first, includeContentSha256Header: true);
        SigV4Signer.Sign(message, [], creds, "local", "iam", first.AddSeconds(1), includeContentSha256Header: true);

        Assert.Equal("20261203T100001Z", Single(message.Headers, "X-Amz-Date"));
        var received = AsReceived(message, []);
        Assert.True(new SigV4Verifier().Verify(received, SigV4Parser.Parse(received, QueryParameters.Empty)!, Secret));
    }

    private static HttpRequestData Load(string file) =>
        SuiteCase.ParseHttp(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "client-captures", file)));

    private static string Single(HttpHeaders headers, string name) => Assert.Single(headers.GetValues(name));

    /// <summary>The message as a server would see it: Host from the URI authority, all headers in order.</summary>
    private static HttpRequestData AsReceived(HttpRequestMessage message, byte[] body)
    {
        var uri = message.RequestUri!;
        var headers = new List<(string Name, string Value)> { ("Host", uri.Authority) };
        headers.AddRange(message.Headers.NonValidated.Select(h => (h.Key, h.Value.ToString())));
        if (message.Content is not null)
        {
            headers.AddRange(message.Content.Headers.NonValidated.Select(h => (h.Key, h.Value.ToString())));
            headers.Add(("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)));
        }

        return new HttpRequestData(message.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers, body);
    }
}
