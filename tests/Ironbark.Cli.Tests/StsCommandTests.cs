using Ironbark.Cli.Euca2ools.Commands;

namespace Ironbark.Cli.Tests;

public sealed class StsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    private static string AssumeRoleResponse(string token = "session-token") => AwsResponses.Sts("AssumeRole",
        "<Credentials><AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey>" +
        $"<SessionToken>{token}</SessionToken><Expiration>2026-12-03T17:00:00Z</Expiration></Credentials>" +
        "<AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId><Arn>arn:aws:sts::001827830003:assumed-role/r/s</Arn></AssumedRoleUser>");

    [Fact]
    public void Assumerole_prints_bourne_exports_in_euca2ools_order()
    {
        _cli.Environment["SHELL"] = "/bin/bash";
        _cli.Http.Respond(AssumeRoleResponse());

        var result = _cli.Run("euare-assumerole", "devops-ec2-keypair-mgmt-role", "--region", "devops-user01@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            AWS_ACCESS_KEY_ID=ASIAROLE; export AWS_ACCESS_KEY_ID;
            AWS_ACCESS_KEY=ASIAROLE; export AWS_ACCESS_KEY;
            EC2_ACCESS_KEY=ASIAROLE; export EC2_ACCESS_KEY;
            AWS_SECRET_ACCESS_KEY=role-secret; export AWS_SECRET_ACCESS_KEY;
            AWS_SECRET_KEY=role-secret; export AWS_SECRET_KEY;
            EC2_SECRET_KEY=role-secret; export EC2_SECRET_KEY;
            AWS_SESSION_TOKEN=session-token; export AWS_SESSION_TOKEN;
            AWS_SECURITY_TOKEN=session-token; export AWS_SECURITY_TOKEN;
            AWS_CREDENTIAL_EXPIRATION=2026-12-03T17:00:00Z; export AWS_CREDENTIAL_EXPIRATION;
            EC2_USER_ID=001827830003; export EC2_USER_ID;
            unset AWS_CREDENTIAL_FILE;

            # If you can read this, rerun this program with eval:
            #     eval `/usr/bin/euare-assumerole devops-ec2-keypair-mgmt-role --region devops-user01@future`

            """,
            result.Stdout);
        var request = Assert.Single(_cli.Http.Requests);
        Assert.Equal("http://127.0.0.1:8773/services/Tokens/", request.Url.ToString());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["RoleArn"] = "arn:aws:iam::001827830003:role/devops-ec2-keypair-mgmt-role",
                ["RoleSessionName"] = "euca2ools-2026-12-03T16-05-09Z",
                ["DurationSeconds"] = "900",
                ["Action"] = "AssumeRole",
                ["Version"] = "2011-06-15",
            },
            request.Params());
        Assert.Contains("Credential=AKIADEVOPSUSER01/20261203/future/sts/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Assumerole_uses_csh_when_SHELL_ends_in_csh_and_quotes_the_eval_hint()
    {
        _cli.Environment["SHELL"] = "/usr/bin/tcsh";
        _cli.Http.Respond(AssumeRoleResponse(token: string.Empty));

        var result = _cli.Run("euare-assumerole", "r", "--session-name", "my session", "-d", "3600");

        Assert.Equal(
            """
            setenv AWS_ACCESS_KEY_ID ASIAROLE;
            setenv AWS_ACCESS_KEY ASIAROLE;
            setenv EC2_ACCESS_KEY ASIAROLE;
            setenv AWS_SECRET_ACCESS_KEY role-secret;
            setenv AWS_SECRET_KEY role-secret;
            setenv EC2_SECRET_KEY role-secret;
            unsetenv AWS_SESSION_TOKEN;
            unsetenv AWS_SECURITY_TOKEN;
            setenv AWS_CREDENTIAL_EXPIRATION 2026-12-03T17:00:00Z;
            setenv EC2_USER_ID 001827830003;
            unsetenv AWS_CREDENTIAL_FILE;

            # If you can read this, rerun this program with eval:
            #     eval `/usr/bin/euare-assumerole r --session-name 'my session' -d 3600`

            """,
            result.Stdout);
        Assert.Equal("my session", _cli.Http.Requests[0].Param("RoleSessionName"));
        Assert.Equal("3600", _cli.Http.Requests[0].Param("DurationSeconds"));
    }

    [Fact]
    public void Assumerole_s_forces_bourne_even_under_csh_and_c_forces_csh()
    {
        _cli.Environment["SHELL"] = "/bin/csh";
        _cli.Http.Respond(AssumeRoleResponse()).Respond(AssumeRoleResponse());
        Assert.StartsWith("AWS_ACCESS_KEY_ID=ASIAROLE; export AWS_ACCESS_KEY_ID;\n", _cli.Run("euare-assumerole", "r", "-s").Stdout, StringComparison.Ordinal);

        _cli.Environment["SHELL"] = "/bin/sh";
        Assert.StartsWith("setenv AWS_ACCESS_KEY_ID ASIAROLE;\n", _cli.Run("euare-assumerole", "r", "-c").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Assumerole_sends_optional_parameters()
    {
        var policy = _cli.WriteFile("p.json", "{\"Statement\":[]}");
        _cli.Http.Respond(AssumeRoleResponse());

        _cli.Run("euare-assumerole", "r", "--policy-document", policy, "--external-id", "ext", "--mfa-serial", "mfa", "--mfa-code", "123456");

        var request = _cli.Http.Requests[0];
        Assert.Equal("{\"Statement\":[]}", request.Param("Policy"));
        Assert.Equal("ext", request.Param("ExternalId"));
        Assert.Equal("mfa", request.Param("SerialNumber"));
        Assert.Equal("123456", request.Param("TokenCode"));
    }

    [Fact]
    public void Assumerole_takes_the_account_from_EC2_USER_ID_when_the_user_has_none()
    {
        _cli.WriteConfig("zz.ini", "[user noacct]\nkey-id = AKIANOACCT\nsecret-key = s\n");
        _cli.Environment["EC2_USER_ID"] = "111122223333";
        _cli.Http.Respond(AssumeRoleResponse());

        _cli.Run("euare-assumerole", "r", "--region", "noacct@future");

        Assert.Equal("arn:aws:iam::111122223333:role/r", _cli.Http.Requests[0].Param("RoleArn"));
    }

    [Fact]
    public void Assumerole_without_an_account_id_is_an_argument_error()
    {
        _cli.WriteConfig("zz.ini", "[user noacct]\nkey-id = AKIANOACCT\nsecret-key = s\n");

        var result = _cli.Run("euare-assumerole", "r", "--region", "noacct@future");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("usage: euare-assumerole ", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith(
            "euare-assumerole: error: failed to determine account ID; set account-id for the user in configuration or EC2_USER_ID in the environment\n",
            result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_cli.Http.Requests);
    }

    [Theory]
    [InlineData("r", "arn:aws:iam::001827830003:role/r")]
    [InlineData("role/path/r", "arn:aws:iam::001827830003:role/path/r")]
    [InlineData("123456789012:r", "arn:aws:iam::123456789012:role/r")]
    [InlineData("123456789012:role/p/r", "arn:aws:iam::123456789012:role/p/r")]
    [InlineData("iam::123456789012:role/r", "arn:aws:iam::123456789012:role/r")]
    [InlineData("arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:role/r")]
    public void Role_arns_are_completed_from_partial_names(string role, string expected)
    {
        Assert.Equal(expected, AssumeRoleCommand.BuildRoleArn(role, () => "001827830003"));
    }

    [Fact]
    public void Assumerole_rejects_a_non_integer_duration()
    {
        var result = _cli.Run("euare-assumerole", "r", "-d", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("euare-assumerole: error: argument -d/--duration: invalid int value: 'soon'\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Releaserole_unsets_everything_without_a_request_and_ignores_region()
    {
        _cli.Environment["SHELL"] = "/bin/bash";

        var result = _cli.Run("euare-releaserole", "--region", "devops-user01@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            unset AWS_ACCESS_KEY_ID;
            unset AWS_ACCESS_KEY;
            unset EC2_ACCESS_KEY;
            unset AWS_SECRET_ACCESS_KEY;
            unset AWS_SECRET_KEY;
            unset EC2_SECRET_KEY;
            unset AWS_SESSION_TOKEN;
            unset AWS_SECURITY_TOKEN;
            unset AWS_CREDENTIAL_EXPIRATION;
            unset EC2_USER_ID;
            unset AWS_CREDENTIAL_FILE;

            # If you can read this, rerun this program with eval:
            #     eval `/usr/bin/euare-releaserole --region devops-user01@future`

            """,
            result.Stdout);
        Assert.Empty(_cli.Http.Requests);
    }

    [Fact]
    public void Releaserole_csh_form()
    {
        _cli.Environment["SHELL"] = "/bin/tcsh";

        var lines = _cli.Run("euare-releaserole").StdoutLines;

        Assert.Equal("unsetenv AWS_ACCESS_KEY_ID;", lines[0]);
        Assert.Equal("unsetenv AWS_CREDENTIAL_FILE;", lines[10]);
        Assert.Equal("unset AWS_ACCESS_KEY_ID;", _cli.Run("euare-releaserole", "-s").StdoutLines[0]);
    }

    [Fact]
    public void Releaserole_has_no_credential_options()
    {
        var result = _cli.Run("euare-releaserole", "-I", "AKIA");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("euare-releaserole: error: unrecognized arguments: -I AKIA\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Getcallerid_prints_sorted_key_value_lines_with_the_local_key_id()
    {
        _cli.Http.Respond(AwsResponses.Sts("GetCallerIdentity",
            "<Arn>arn:aws:iam::001827830003:user/user01</Arn><UserId>AIDAUSER01</UserId><Account>001827830003</Account>"));

        var result = _cli.Run("euare-getcallerid", "--region", "devops-user01@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "account = 001827830003\narn = arn:aws:iam::001827830003:user/user01\nkey-id = AKIADEVOPSUSER01\nuser-id = AIDAUSER01\n",
            result.Stdout);
        Assert.Equal(new Dictionary<string, string> { ["Action"] = "GetCallerIdentity", ["Version"] = "2011-06-15" }, _cli.Http.Requests[0].Params());
    }
}
