using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

public sealed class SigV4SuiteVerificationTests
{
    public static TheoryData<string> Cases() => new(SuiteCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_signed_request_verifies(string name)
    {
        var c = SuiteCase.Load(name);
        var request = c.Request("header-signed-request.txt");

        var auth = Parse(request);

        Assert.False(auth.IsPresigned);
        Assert.Equal(c.AccessKeyId, auth.AccessKeyId);
        Assert.Equal(c.Region, auth.Region);
        Assert.Equal(c.Service, auth.Service);
        Assert.Equal(c.Timestamp, auth.RequestTime);
        Assert.Equal(c.Token is not null, auth.SessionToken is not null);
        Assert.True(new SigV4Verifier(normalizePath: c.Normalize).Verify(request, auth, c.SecretAccessKey));
        Assert.Null(SigV4Clock.CheckTime(auth, c.Timestamp));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_signed_request_with_one_signature_digit_changed_fails(string name)
    {
        var c = SuiteCase.Load(name);
        var request = c.Request("header-signed-request.txt");
        var auth = Parse(request);
        var tampered = FlipLastDigit(auth.Signature);

        Assert.False(new SigV4Verifier(normalizePath: c.Normalize).Verify(request, Clone(auth, tampered), c.SecretAccessKey));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_signed_request_verifies(string name)
    {
        var c = SuiteCase.Load(name);
        var request = c.Request("query-signed-request.txt");
        if (c.OmitSessionToken)
        {
            // The case appends the token after signing; this service signs every query parameter, so the
            // request as given must fail, and the signed part alone must pass.
            Assert.False(Verify(c, request));
            request = request.WithRawQuery(string.Join('&', request.RawQuery.Split('&').Where(p => !p.StartsWith("X-Amz-Security-Token=", StringComparison.Ordinal))));
        }

        var auth = Parse(request);

        Assert.True(auth.IsPresigned);
        Assert.Equal(c.ExpiresSeconds, auth.ExpiresSeconds);
        Assert.True(Verify(c, request));
        Assert.Null(SigV4Clock.CheckTime(auth, c.Timestamp));
        Assert.Null(SigV4Clock.CheckTime(auth, c.Timestamp.AddSeconds(c.ExpiresSeconds)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_signed_request_with_a_changed_parameter_fails(string name)
    {
        var c = SuiteCase.Load(name);
        var request = c.Request("query-signed-request.txt");
        var changed = request.WithRawQuery(request.RawQuery.Replace("X-Amz-Expires=3600", "X-Amz-Expires=3601", StringComparison.Ordinal));

        Assert.NotEqual(request.RawQuery, changed.RawQuery);
        Assert.False(Verify(c, changed));
    }

    private static bool Verify(SuiteCase c, HttpRequestData request) =>
        new SigV4Verifier(normalizePath: c.Normalize).Verify(request, Parse(request), c.SecretAccessKey);

    private static SigV4Authorization Parse(HttpRequestData request) =>
        SigV4Parser.Parse(request, QueryParameters.FromRequest(request)) ?? throw new InvalidOperationException("no SigV4 found");

    internal static string FlipLastDigit(string hex) => hex[..^1] + (hex[^1] == '0' ? '1' : '0');

    internal static SigV4Authorization Clone(SigV4Authorization a, string signature) => new()
    {
        AccessKeyId = a.AccessKeyId,
        CredentialDate = a.CredentialDate,
        Region = a.Region,
        Service = a.Service,
        SignedHeaders = a.SignedHeaders,
        Signature = signature,
        RequestTime = a.RequestTime,
        AmzDate = a.AmzDate,
        IsPresigned = a.IsPresigned,
        ExpiresSeconds = a.ExpiresSeconds,
        SessionToken = a.SessionToken,
    };
}
