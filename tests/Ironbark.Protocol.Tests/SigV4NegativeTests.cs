using System.Security.Cryptography;
using System.Text;
using Ironbark.Core.Errors;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;
using static Ironbark.Protocol.Tests.TestRequests;

namespace Ironbark.Protocol.Tests;

public sealed class SigV4NegativeTests
{
    private readonly SigV4Verifier _verifier = new();

    [Fact]
    public void A_correctly_signed_request_verifies_as_the_baseline_for_the_other_tests()
    {
        var request = Signed(token: "session-token-value", contentSha256: true);

        Assert.True(_verifier.Verify(request, Parse(request), Secret));
        Assert.Null(SigV4Clock.CheckTime(Parse(request), Now));
    }

    [Fact]
    public void Wrong_secret_fails()
    {
        var request = Signed();

        Assert.False(_verifier.Verify(request, Parse(request), Secret[..^1] + "X"));
    }

    [Fact]
    public void Tampered_body_fails()
    {
        var request = WithBody(Signed(), "Action=GetCallerIdentity&Version=2011-06-16");

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Body_not_matching_x_amz_content_sha256_fails()
    {
        var request = WithBody(Signed(contentSha256: true), "Action=CreateUser&Version=2010-05-08&UserName=mallory");

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Body_and_x_amz_content_sha256_swapped_together_fail_because_the_header_is_signed()
    {
        const string body = "Action=CreateUser&Version=2010-05-08&UserName=mallory";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var request = ReplaceHeader(WithBody(Signed(contentSha256: true), body), "X-Amz-Content-SHA256", hash);

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Unsigned_payload_is_refused_for_header_signed_requests()
    {
        var request = ReplaceHeader(Signed(contentSha256: true), "X-Amz-Content-SHA256", "UNSIGNED-PAYLOAD");

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Tampered_session_token_fails()
    {
        var request = ReplaceHeader(Signed(token: "session-token-value"), "X-Amz-Security-Token", "session-token-valuf");
        var auth = Parse(request);

        Assert.Contains("x-amz-security-token", auth.SignedHeaders);
        Assert.False(_verifier.Verify(request, auth, Secret));
    }

    [Fact]
    public void A_signed_header_removed_fails()
    {
        var request = RemoveHeader(Signed(), "Content-Type");

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Changed_host_fails()
    {
        var request = ReplaceHeader(Signed(), "Host", "127.0.0.1:4600");

        Assert.False(_verifier.Verify(request, Parse(request), Secret));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-")]
    public void Malformed_signature_fails_without_throwing(string signature)
    {
        var request = Signed();

        Assert.False(_verifier.Verify(request, SigV4SuiteVerificationTests.Clone(Parse(request), signature), Secret));
    }

    [Fact]
    public void Cached_signing_key_is_not_reused_for_another_secret()
    {
        var request = Signed();
        var auth = Parse(request);

        Assert.True(_verifier.Verify(request, auth, Secret));
        Assert.False(_verifier.Verify(request, auth, Secret + "2"));
        Assert.True(_verifier.Verify(request, auth, Secret));
    }

    [Fact]
    public void Verifier_without_cache_gives_the_same_answers()
    {
        var verifier = new SigV4Verifier(signingKeyCacheCapacity: 0);
        var request = Signed();

        Assert.True(verifier.Verify(request, Parse(request), Secret));
        Assert.False(verifier.Verify(request, Parse(request), "other"));
    }

    [Fact]
    public void A_full_cache_is_dropped_and_refilled_without_wrong_answers()
    {
        var verifier = new SigV4Verifier(signingKeyCacheCapacity: 2);
        for (var day = 1; day <= 5; day++)
        {
            var at = Now.AddDays(day);
            var request = Signed(at: at);

            Assert.True(verifier.Verify(request, Parse(request), Secret));
            Assert.False(verifier.Verify(request, Parse(request), "wrong"));
        }
    }

    [Fact]
    public void Request_older_than_fifteen_minutes_is_expired_with_aws_text()
    {
        var auth = Parse(Signed());

        var error = SigV4Clock.CheckTime(auth, Now.AddMinutes(15).AddSeconds(1));

        Assert.NotNull(error);
        Assert.Equal("RequestExpired", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("Signature expired: 20261203T154312Z is now earlier than 20261203T154313Z (20261203T155813Z - 15 min.)", error.Message);
        Assert.Null(SigV4Clock.CheckTime(auth, Now.AddMinutes(15)));
    }

    [Fact]
    public void Request_more_than_fifteen_minutes_ahead_is_not_yet_current_with_aws_text()
    {
        var auth = Parse(Signed());

        var error = SigV4Clock.CheckTime(auth, Now.AddMinutes(-15).AddSeconds(-1));

        Assert.NotNull(error);
        Assert.Equal("RequestExpired", error.Code);
        Assert.Equal("Signature not yet current: 20261203T154312Z is still later than 20261203T154311Z (20261203T152811Z + 15 min.)", error.Message);
        Assert.Null(SigV4Clock.CheckTime(auth, Now.AddMinutes(-15)));
    }

    [Fact]
    public void Credential_scope_date_must_match_the_request_day()
    {
        var request = Signed();
        var header = request.GetHeader("Authorization")!.Replace("/20261203/", "/20261204/", StringComparison.Ordinal);
        var auth = Parse(ReplaceHeader(request, "Authorization", header));

        var error = SigV4Clock.CheckTime(auth, Now);

        Assert.NotNull(error);
        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(403, error.HttpStatus);
        Assert.Equal("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261204' != '20261203', from '20261203T154312Z'.", error.Message);
    }

    [Fact]
    public void Presigned_request_verifies_within_its_lifetime_and_expires_after()
    {
        var request = Presigned(expires: 900);
        var auth = Parse(request);

        Assert.True(_verifier.Verify(request, auth, Secret));
        Assert.Null(SigV4Clock.CheckTime(auth, Now.AddSeconds(900)));
        var error = SigV4Clock.CheckTime(auth, Now.AddSeconds(901));
        Assert.NotNull(error);
        Assert.Equal("RequestExpired", error.Code);
        Assert.Equal("Request has expired.", error.Message);
    }

    [Fact]
    public void Presigned_request_accepts_unsigned_payload_declaration()
    {
        var request = Presigned();
        var withHeader = request.WithHeaders([("X-Amz-Content-SHA256", "UNSIGNED-PAYLOAD")]);

        Assert.False(_verifier.Verify(withHeader, Parse(withHeader), Secret));
        Assert.True(_verifier.Verify(request, Parse(request), Secret));
    }

    [Theory]
    [InlineData(604_801, "X-Amz-Expires must be less than a week (in seconds) that is 604800")]
    [InlineData(0, "X-Amz-Expires must be non-negative and greater than zero")]
    public void Presigned_expiry_outside_one_second_to_one_week_is_refused(int expires, string message)
    {
        var request = Presigned();
        var query = request.RawQuery.Replace("X-Amz-Expires=900", $"X-Amz-Expires={expires}", StringComparison.Ordinal);
        var auth = Parse(request.WithRawQuery(query));

        var error = SigV4Clock.CheckTime(auth, Now);

        Assert.NotNull(error);
        Assert.Equal("IncompleteSignature", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Presigned_expiry_of_exactly_one_week_is_accepted()
    {
        var request = Presigned(expires: 604_800);

        Assert.Null(SigV4Clock.CheckTime(Parse(request), Now.AddDays(7)));
        Assert.True(_verifier.Verify(request, Parse(request), Secret));
    }

    [Fact]
    public void Missing_signed_headers_is_incomplete_signature_with_aws_text()
    {
        var request = Signed();
        var auth = request.GetHeader("Authorization")!;
        var without = auth.Remove(auth.IndexOf(" SignedHeaders=", StringComparison.Ordinal), auth.IndexOf(" Signature=", StringComparison.Ordinal) - auth.IndexOf(" SignedHeaders=", StringComparison.Ordinal));

        var error = ParseError(ReplaceHeader(request, "Authorization", without));

        Assert.Equal("IncompleteSignature", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("Authorization header requires 'SignedHeaders' parameter. Authorization=" + without, error.Message);
    }

    [Fact]
    public void Missing_credential_and_date_are_all_reported()
    {
        var request = RemoveHeader(ReplaceHeader(Signed(), "Authorization", "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc"), "X-Amz-Date");

        var error = ParseError(request);

        Assert.Equal(
            "Authorization header requires 'Credential' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc",
            error.Message);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA512 Credential=AKIA/20261203/eu-west-1/sts/aws4_request, SignedHeaders=host, Signature=00", "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'")]
    [InlineData("Bearer abc", "Unsupported AWS 'algorithm': 'Bearer'")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIA/20261203/eu-west-1/sts/aws5_request, SignedHeaders=host, Signature=00", "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. Expected '<access key>/<date>/<region>/<service>/aws4_request'.")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIA/2026-12-03/eu-west-1/sts/aws4_request, SignedHeaders=host, Signature=00", "Invalid credential date. Date is not the required format: yyyyMMdd. Got '2026-12-03'.")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIA/20261203/eu-west-1/sts/aws4_request, SignedHeaders=content-type;x-amz-date, Signature=00", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")]
    public void Malformed_authorization_header_is_incomplete_signature(string header, string message)
    {
        var error = ParseError(ReplaceHeader(Signed(), "Authorization", header));

        Assert.Equal("IncompleteSignature", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Malformed_x_amz_date_is_incomplete_signature()
    {
        var error = ParseError(ReplaceHeader(Signed(), "X-Amz-Date", "2026-12-03T15:43:12Z"));

        Assert.Equal("Date must be in ISO-8601 'basic format'. Got '2026-12-03T15:43:12Z'. See http://en.wikipedia.org/wiki/ISO_8601", error.Message);
    }

    [Fact]
    public void Presigned_request_missing_parameters_lists_them()
    {
        var request = new HttpRequestData("GET", "/", "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261203T154312Z", [("Host", "h")], ReadOnlyMemory<byte>.Empty);

        var error = ParseError(request);

        Assert.Equal(
            "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
            error.Message);
    }

    [Fact]
    public void Both_header_and_presigned_query_is_refused()
    {
        var presigned = Presigned();
        var both = presigned.WithHeaders([("Authorization", Signed().GetHeader("Authorization")!)]);

        Assert.Equal("IncompleteSignature", ParseError(both).Code);
    }

    [Fact]
    public void Request_without_any_sigv4_parses_to_null()
    {
        var request = Unsigned(rawQuery: "AWSAccessKeyId=AKIA&SignatureVersion=2&Signature=abc");

        Assert.Null(SigV4Parser.Parse(request, QueryParameters.FromRequest(request)));
    }

    [Fact]
    public void Session_token_is_read_from_the_query_string_too()
    {
        var request = new HttpRequestData("GET", "/", "X-Amz-Security-Token=tok%2Fen", [("Host", "h"), ("X-Amz-Date", "20261203T154312Z"), ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIA/20261203/eu-west-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=00")], ReadOnlyMemory<byte>.Empty);

        Assert.Equal("tok/en", Parse(request).SessionToken);
    }

    [Fact]
    public void Authorization_does_not_print_the_session_token()
    {
        var auth = Parse(Signed(token: "very-secret-session-token"));

        Assert.DoesNotContain("very-secret-session-token", auth.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, new SigningCredentials(AccessKeyId, Secret, "very-secret-session-token").ToString(), StringComparison.Ordinal);
    }

    private static AwsError ParseError(HttpRequestData request) =>
        Assert.Throws<AwsException>(() => SigV4Parser.Parse(request, QueryParameters.FromRequest(request))).Error;
}
