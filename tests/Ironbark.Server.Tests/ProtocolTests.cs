using System.Net;
using System.Text;
using Ironbark.Protocol.Signing;

namespace Ironbark.Server.Tests;

/// <summary>The wire: routing, authentication failures, request limits and error shapes.</summary>
public sealed class ProtocolTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private AwsClient Client => server.Client;

    [Fact]
    public async Task Healthz_answers_200()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(new Uri(Client.BaseAddress, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/", "sts")]
    [InlineData("/services/Tokens/", "sts")]
    [InlineData("/services/Tokens", "sts")]
    public async Task GetCallerIdentity_is_served_on_root_and_eucalyptus_path(string path, string service)
    {
        var reply = await Client.SendAsync(path, service, server.Admin, [("Action", "GetCallerIdentity"), ("Version", "2011-06-15")]);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal($"arn:aws:iam::{server.AdminAccountId}:user/admin", reply.Value("Arn"));
        Assert.Equal(server.AdminAccountId, reply.Value("Account"));
        Assert.Equal("https://sts.amazonaws.com/doc/2011-06-15/", reply.Xml.Root!.Name.NamespaceName);
        Assert.Equal("GetCallerIdentityResponse", reply.Xml.Root.Name.LocalName);
    }

    [Fact]
    public async Task Every_response_carries_the_request_id_header_and_element()
    {
        var ok = await Client.CallAsync("iam", server.Admin, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        var failed = await Client.CallAsync("iam", server.Admin, ("Action", "GetUser"), ("Version", "2010-05-08"), ("UserName", "nobody-here"));
        var ec2 = await Client.CallAsync("ec2", server.Admin, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        Assert.Equal(ok.Message.Headers.GetValues("x-amzn-RequestId").Single(), ok.Value("RequestId"));
        Assert.Equal(failed.Message.Headers.GetValues("x-amzn-RequestId").Single(), failed.Value("RequestId"));
        Assert.Equal(ec2.Message.Headers.GetValues("x-amzn-RequestId").Single(), ec2.Value("requestId"));
    }

    [Theory]
    [InlineData("2015-10-01")]
    [InlineData("2016-11-15")]
    public async Task Ec2_answers_in_the_namespace_of_the_version_sent(string version)
    {
        var reply = await Client.CallAsync("ec2", server.Admin, ("Action", "DescribeKeyPairs"), ("Version", version));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal($"http://ec2.amazonaws.com/doc/{version}/", reply.Xml.Root!.Name.NamespaceName);
        Assert.All(reply.Xml.Root.Elements(), e => Assert.Equal(reply.Xml.Root.Name.Namespace, e.Name.Namespace));
    }

    [Fact]
    public async Task Unknown_action_is_InvalidAction()
    {
        var reply = await Client.CallAsync("iam", server.Admin, ("Action", "FlyToTheMoon"), ("Version", "2010-05-08"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("InvalidAction", reply.ErrorCode);
        Assert.Equal("Could not find operation FlyToTheMoon for version 2010-05-08", reply.Value("Message"));
        Assert.Equal("Sender", reply.Value("Type"));
    }

    [Fact]
    public async Task Missing_action_is_MissingAction()
    {
        var reply = await Client.CallAsync("iam", server.Admin, ("Version", "2010-05-08"));
        Assert.Equal("MissingAction", reply.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
    }

    [Fact]
    public async Task Unsigned_request_is_MissingAuthenticationToken_and_AuthFailure_for_ec2()
    {
        var iam = await Client.CallAsync("iam", null, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal(HttpStatusCode.Forbidden, iam.Status);
        Assert.Equal("MissingAuthenticationToken", iam.ErrorCode);
        Assert.Equal("Request is missing Authentication Token", iam.Value("Message"));

        var ec2 = await Client.SendAsync("/services/compute/", "ec2", null, [("Action", "DescribeKeyPairs"), ("Version", "2016-11-15")]);
        Assert.Equal(HttpStatusCode.Unauthorized, ec2.Status);
        Assert.Equal("Response", ec2.Xml.Root!.Name.LocalName);
        Assert.Equal("AuthFailure", ec2.ErrorCode);
        Assert.NotNull(ec2.Value("RequestID"));
    }

    [Fact]
    public async Task Wrong_secret_is_SignatureDoesNotMatch()
    {
        var forged = server.Admin with { SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
        var reply = await Client.CallAsync("iam", forged, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("SignatureDoesNotMatch", reply.ErrorCode);
    }

    [Fact]
    public async Task Unknown_key_is_InvalidClientTokenId()
    {
        var reply = await Client.CallAsync("iam", new SigningCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null), ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal("InvalidClientTokenId", reply.ErrorCode);
        Assert.Equal("The security token included in the request is invalid.", reply.Value("Message"));
    }

    [Fact]
    public async Task Tampered_body_is_SignatureDoesNotMatch()
    {
        var reply = await Client.SendAsync("/", "iam", server.Admin, [("Action", "ListUsers"), ("Version", "2010-05-08")],
            afterSigning: r => r.Content = new StringContent("Action=ListRoles&Version=2010-05-08", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal("SignatureDoesNotMatch", reply.ErrorCode);
    }

    [Fact]
    public async Task Request_signed_twenty_minutes_ago_is_RequestExpired()
    {
        var reply = await Client.SendAsync("/", "iam", server.Admin, [("Action", "ListUsers"), ("Version", "2010-05-08")], signedAt: DateTimeOffset.UtcNow.AddMinutes(-20));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("RequestExpired", reply.ErrorCode);
        Assert.StartsWith("Signature expired: ", reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scope_for_another_service_is_refused()
    {
        var reply = await Client.SendAsync("/services/Euare/", "sts", server.Admin, [("Action", "ListUsers"), ("Version", "2010-05-08")]);
        Assert.Equal("SignatureDoesNotMatch", reply.ErrorCode);
        Assert.Equal("Credential should be scoped to correct service: 'iam'. ", reply.Value("Message"));
    }

    [Fact]
    public async Task Body_over_one_MiB_is_RequestEntityTooLarge()
    {
        var big = new string('a', (1 << 20) + 10);
        var reply = await Client.CallAsync("iam", server.Admin, ("Action", "ListUsers"), ("Version", "2010-05-08"), ("Padding", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("RequestEntityTooLarge", reply.ErrorCode);
    }

    [Fact]
    public async Task Malformed_percent_escape_is_a_400_not_a_crash()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Client.BaseAddress)
        {
            Content = new StringContent("Action=ListUsers&Version=2010-05-08&X=%zz%C3", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        var reply = await Client.SendRawAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("MalformedQueryString", reply.ErrorCode);
    }

    [Fact]
    public async Task Query_string_GET_and_presigned_urls_work()
    {
        var unsigned = new Ironbark.Protocol.Http.HttpRequestData("GET", "/", "Action=GetCallerIdentity&Version=2011-06-15",
            [("Host", Client.BaseAddress.Authority)], ReadOnlyMemory<byte>.Empty);
        var presigned = SigV4Signer.Presign(unsigned, server.Admin, "us-east-1", "sts", DateTimeOffset.UtcNow, 300).SignedRequest;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Client.BaseAddress, "/?" + presigned.RawQuery));
        var reply = await Client.SendRawAsync(request);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(server.AdminAccountId, reply.Value("Account"));
    }

    [Fact]
    public async Task Unknown_path_is_an_aws_error()
    {
        var reply = await Client.SendAsync("/nowhere", "iam", server.Admin, [("Action", "ListUsers"), ("Version", "2010-05-08")]);
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("ErrorResponse", reply.Xml.Root!.Name.LocalName);
    }
}
