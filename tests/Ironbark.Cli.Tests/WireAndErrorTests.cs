using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Cli.Tests;

public sealed class WireAndErrorTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Requests_are_signed_form_posts_with_the_euca2ools_headers()
    {
        _cli.Http.Respond(AwsResponses.Iam("CreateGroup", "<Group/>"));

        _cli.Run("euare-groupcreate", "g");

        var request = _cli.Http.Requests[0];
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://127.0.0.1:8773/services/Euare/", request.Url.ToString());
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["Content-Type"]);
        Assert.StartsWith("euca2ools/3.4.1 (ironbark)", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body))), request.Headers["X-Amz-Content-SHA256"]);
        Assert.Equal("20261203T160509Z", request.Headers["X-Amz-Date"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIADEVOPSADMIN/20261203/future/iam/aws4_request, SignedHeaders=", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.False(request.Headers.ContainsKey("X-Amz-Security-Token"));
        Assert.Equal("GroupName=g&Action=CreateGroup&Version=2010-05-08", request.Body);
    }

    [Fact]
    public void Form_values_are_percent_encoded()
    {
        _cli.Http.Respond(AwsResponses.IamEmpty("PutGroupPolicy"));

        _cli.Run("euare-groupuploadpolicy", "g", "-p", "p", "-o", "{\"a\": \"b&c=d+e\"}");

        Assert.Contains("PolicyDocument=%7B%22a%22%3A%20%22b%26c%3Dd%2Be%22%7D", _cli.Http.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Iam_error_response_prints_code_and_message_and_exits_1()
    {
        _cli.Http.Respond(AwsResponses.IamError("EntityAlreadyExists", "Group with name Key-Managers already exists."), HttpStatusCode.Conflict);

        var result = _cli.Run("euare-groupcreate", "-g", "Key-Managers");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("euare-groupcreate: error (EntityAlreadyExists): Group with name Key-Managers already exists.\n", result.Stderr);
        Assert.Single(_cli.Http.Requests);
    }

    [Fact]
    public void Ec2_error_response_is_read_from_Response_Errors_Error()
    {
        _cli.Http.Respond(AwsResponses.Ec2Error("InvalidKeyPair.NotFound", "The key pair 'k' does not exist"), HttpStatusCode.BadRequest);

        var result = _cli.Run("euca-delete-keypair", "k");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euca-delete-keypair: error (InvalidKeyPair.NotFound): The key pair 'k' does not exist\n", result.Stderr);
    }

    [Fact]
    public void Missing_code_uses_the_status_and_missing_message_the_reason_phrase()
    {
        _cli.Http.Respond(string.Empty, HttpStatusCode.Forbidden);

        Assert.Equal("euca-delete-keypair: error (403): Forbidden\n", _cli.Run("euca-delete-keypair", "k").Stderr);
    }

    [Fact]
    public void A_non_xml_error_body_is_the_message()
    {
        _cli.Http.Respond("plain text failure", HttpStatusCode.BadRequest);

        Assert.Equal("euca-delete-keypair: error (400): plain text failure\n", _cli.Run("euca-delete-keypair", "k").Stderr);
    }

    [Fact]
    public void Server_errors_are_retried_twice_then_reported()
    {
        _cli.Http
            .Respond(AwsResponses.IamError("InternalFailure", "boom"), HttpStatusCode.InternalServerError)
            .Respond(AwsResponses.IamError("ServiceUnavailable", "busy"), HttpStatusCode.ServiceUnavailable)
            .Respond(AwsResponses.IamError("InternalFailure", "still broken"), HttpStatusCode.InternalServerError);

        var result = _cli.Run("euare-groupcreate", "g");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euare-groupcreate: error (InternalFailure): still broken\n", result.Stderr);
        Assert.Equal(3, _cli.Http.Requests.Count);
        Assert.Equal(2, _cli.Delays.Count);
        Assert.InRange(_cli.Delays[0].TotalSeconds, 1, 2);
        Assert.InRange(_cli.Delays[1].TotalSeconds, 2, 4);
    }

    [Fact]
    public void A_retry_that_succeeds_is_invisible()
    {
        _cli.Http
            .Respond("busy", HttpStatusCode.ServiceUnavailable)
            .Respond(AwsResponses.Iam("CreateGroup", "<Group><Arn>arn:aws:iam::1:group/g</Arn><GroupId>AGPA</GroupId></Group>"));

        var result = _cli.Run("euare-groupcreate", "g", "-v");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("arn:aws:iam::1:group/g\nAGPA\n", result.Stdout);
    }

    [Fact]
    public void Max_retries_comes_from_the_global_section()
    {
        _cli.WriteConfig("zz-retries.ini", "[global]\nmax-retries = 0\n");
        _cli.Http.Respond("down", HttpStatusCode.InternalServerError);

        Assert.Equal(1, _cli.Run("euare-groupcreate", "g").ExitCode);
        Assert.Single(_cli.Http.Requests);
    }

    [Fact]
    public void Client_errors_are_not_retried()
    {
        _cli.Http.Respond(AwsResponses.IamError("Throttling", "slow down"), HttpStatusCode.BadRequest);

        Assert.Equal(1, _cli.Run("euare-groupcreate", "g").ExitCode);
        Assert.Single(_cli.Http.Requests);
    }

    [Fact]
    public void Missing_credentials_are_a_client_error()
    {
        _cli.WriteConfig("zz.ini", "[region bare]\niam-url = http://h/\n");

        var result = _cli.Run("euare-groupcreate", "g", "--region", "bare");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euare-groupcreate: error: missing access key ID; please supply one with -I\n", result.Stderr);
    }

    [Fact]
    public void Missing_endpoint_is_a_client_error_naming_configured_regions()
    {
        _cli.WriteConfig("zz.ini", "[region bare]\nuser = x\n");

        var result = _cli.Run("euare-groupcreate", "g", "--region", "bare");

        Assert.Equal("euare-groupcreate: error: No iam endpoint to connect to was given. Configured regions with iam endpoints are: future\n", result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Argument_errors_print_usage_then_the_message_and_exit_2()
    {
        var result = _cli.Run("euare-groupcreate", "g", "--bogus");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n');
        Assert.StartsWith("usage: euare-groupcreate ", lines[0], StringComparison.Ordinal);
        Assert.Equal("euare-groupcreate: error: unrecognized arguments: --bogus", lines[1]);
    }

    [Fact]
    public void Help_goes_to_stdout_and_version_to_stderr_both_exit_0()
    {
        var help = _cli.Run("euare-rolecreate", "-h");
        Assert.Equal(0, help.ExitCode);
        Assert.StartsWith("usage: euare-rolecreate ", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--trust-policy FILE", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--service_", help.Stdout, StringComparison.Ordinal);

        var version = _cli.Run("euca-describe-keypairs", "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("euca2ools 3.4.1 (Newton)\n", version.Stderr, StringComparison.Ordinal);
        Assert.Empty(_cli.Http.Requests);
    }

    [Fact]
    public void Debug_output_never_contains_secrets()
    {
        _cli.Http.Respond(AwsResponses.CreateAccessKey("bob", "AKIABOB", "bob-secret"));

        var result = _cli.Run("euare-useraddkey", "bob", "--debug", "-I", "AKIACLI", "-S", "cli-secret-value", "--security-token", "cli-token");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DEBUG:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-secret-value", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("bob-secret", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("cli-token", _cli.Http.Requests[0].Headers["X-Amz-Security-Token"]);
        Assert.Contains("Credential=AKIACLI/", _cli.Http.Requests[0].Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_url_overrides_the_region_url()
    {
        _cli.Environment["EC2_URL"] = "eucaland::http://elsewhere:8773/services/compute/";
        _cli.Http.Respond(AwsResponses.Ec2("DescribeKeyPairs", "<keySet/>"));

        _cli.Run("euca-describe-keypairs", "--region", "devops-admin@future");

        Assert.Equal("http://elsewhere:8773/services/compute/", _cli.Http.Requests[0].Url.ToString());
        Assert.Contains("/20261203/eucaland/ec2/aws4_request", _cli.Http.Requests[0].Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Unexpected_failures_still_print_prog_error_and_exit_1()
    {
        var result = _cli.Run("euare-groupcreate", "g");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("euare-groupcreate: error: unexpected request #1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_success_status_with_a_non_xml_body_is_a_client_error()
    {
        _cli.Http.Respond("<html>proxy login</html");

        var result = _cli.Run("euare-groupcreate", "g");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euare-groupcreate: error: unable to parse the CreateGroup response as XML\n", result.Stderr);
    }
}
