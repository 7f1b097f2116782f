using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

public sealed class ResolutionTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private CliRuntime Runtime() => _cli.Runtime([], TextWriter.Null, TextWriter.Null);

    private EucaConfig Config() => ConfigLoader.Load(Runtime());

    [Theory]
    [InlineData("future", null, "future")]
    [InlineData("devops-admin@", "devops-admin", null)]
    [InlineData("devops-admin@future", "devops-admin", "future")]
    [InlineData("@future", null, "future")]
    [InlineData("a@b@c", "a", "b@c")]
    public void RegionSpec_splits_on_the_first_at_sign(string text, string? user, string? region)
    {
        Assert.Equal(new RegionSpec(user, region), RegionSpec.Parse(text));
    }

    [Fact]
    public void Region_option_table_of_user_and_region_resolution()
    {
        _cli.WriteConfig("r.ini", "[global]\ndefault-region = home\n[region future]\nuser = future-default\n[region home]\nuser = home-default\n");
        var config = Config();

        Assert.Equal(new ResolvedProfile("future-default", "future"), ResolvedProfile.Resolve("future", Runtime(), config));
        Assert.Equal(new ResolvedProfile("devops-admin", "home"), ResolvedProfile.Resolve("devops-admin@", Runtime(), config));
        Assert.Equal(new ResolvedProfile("devops-admin", "future"), ResolvedProfile.Resolve("devops-admin@future", Runtime(), config));
        Assert.Equal(new ResolvedProfile("future-default", "future"), ResolvedProfile.Resolve("@future", Runtime(), config));
        Assert.Equal(new ResolvedProfile("home-default", "home"), ResolvedProfile.Resolve(null, Runtime(), config));
    }

    [Fact]
    public void Environment_region_fills_what_the_option_left_out_and_EUCA_beats_AWS()
    {
        _cli.WriteConfig("r.ini", "[global]\ndefault-region = home\n[region future]\nuser = future-default\n");
        _cli.Environment["EUCA_DEFAULT_REGION"] = "env-user@env-region";
        _cli.Environment["AWS_DEFAULT_REGION"] = "aws-user@aws-region";
        var config = Config();

        Assert.Equal(new ResolvedProfile("env-user", "future"), ResolvedProfile.Resolve("@future", Runtime(), config));
        Assert.Equal(new ResolvedProfile("env-user", "env-region"), ResolvedProfile.Resolve(null, Runtime(), config));

        _cli.Environment.Remove("EUCA_DEFAULT_REGION");
        Assert.Equal(new ResolvedProfile("aws-user", "aws-region"), ResolvedProfile.Resolve(null, Runtime(), config));

        // Only the first variable that is set is used, even if it names no user.
        _cli.Environment["EUCA_DEFAULT_REGION"] = "only-region";
        Assert.Equal(new ResolvedProfile(null, "only-region"), ResolvedProfile.Resolve(null, Runtime(), config));
    }

    [Fact]
    public void Endpoint_precedence_is_url_option_then_environment_then_region_config()
    {
        _cli.WriteConfig("r.ini", "[region future]\niam-url = http://config:8773/services/Euare/\n");
        var config = Config();
        var profile = new ResolvedProfile(null, "future");

        Assert.Equal("http://config:8773/services/Euare/",
            ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, null, profile, Runtime(), config).Url.ToString());

        _cli.Environment["AWS_IAM_URL"] = "http://env/iam/";
        Assert.Equal("http://env/iam/", ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, null, profile, Runtime(), config).Url.ToString());
        Assert.Equal("http://option/", ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, "http://option/", profile, Runtime(), config).Url.ToString());
    }

    [Fact]
    public void Each_service_reads_its_own_variable_and_TOKEN_URL_is_the_sts_one()
    {
        _cli.Environment["TOKEN_URL"] = "http://tokens/";
        _cli.Environment["TOKENS_URL"] = "http://wrong/";
        _cli.Environment["EC2_URL"] = "http://compute/";
        _cli.Environment["EUARE_URL"] = "http://removed/";
        var profile = new ResolvedProfile(null, null);

        Assert.Equal("http://tokens/", ResolvedEndpoint.Resolve(ServiceDescriptor.Sts, null, profile, Runtime(), Config()).Url.ToString());
        Assert.Equal("http://compute/", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, null, profile, Runtime(), Config()).Url.ToString());
        Assert.Throws<CliError>(() => ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, null, profile, Runtime(), Config()));
    }

    [Fact]
    public void Signing_region_comes_from_url_prefix_then_config_name_then_AWS_AUTH_REGION_then_a_fake_name()
    {
        _cli.WriteConfig("r.ini", """
            [region aws:us-east-1]
            iam-url = https://iam.amazonaws.com/
            [region aws:eu-west-1]
            iam-url = use aws:us-east-1
            ec2-url = https://ec2.eu-west-1.amazonaws.com/
            [region named]
            name = renamed
            ec2-url = http://x/
            """);
        var config = Config();

        Assert.Equal("pinned", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, "pinned::http://h/", new ResolvedProfile(null, "named"), Runtime(), config).SigningRegion);
        Assert.Equal("http://h/", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, "pinned::http://h/", new ResolvedProfile(null, null), Runtime(), config).Url.ToString());
        Assert.Equal("renamed", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, null, new ResolvedProfile(null, "named"), Runtime(), config).SigningRegion);
        Assert.Equal("eu-west-1", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, null, new ResolvedProfile(null, "eu-west-1"), Runtime(), config).SigningRegion);
        Assert.Equal("us-east-1", ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, null, new ResolvedProfile(null, "eu-west-1"), Runtime(), config).SigningRegion);

        var none = new ResolvedProfile(null, null);
        Assert.Equal("undefined-4242", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, "http://h/", none, Runtime(), config).SigningRegion);
        _cli.Environment["AWS_AUTH_REGION"] = "auth-region";
        Assert.Equal("auth-region", ResolvedEndpoint.Resolve(ServiceDescriptor.Ec2, "http://h/", none, Runtime(), config).SigningRegion);
    }

    [Fact]
    public void Missing_endpoint_lists_regions_that_have_one()
    {
        _cli.WriteConfig("r.ini", "[region b]\niam-url = http://b/\n[region a]\niam-url = http://a/\n[region c]\nec2-url = http://c/\n");
        var config = Config();

        var listed = Assert.Throws<CliError>(() => ResolvedEndpoint.Resolve(ServiceDescriptor.Iam, null, new ResolvedProfile(null, "c"), Runtime(), config));
        Assert.Equal("No iam endpoint to connect to was given. Configured regions with iam endpoints are: a, b", listed.Message);

        var none = Assert.Throws<CliError>(() => ResolvedEndpoint.Resolve(ServiceDescriptor.Sts, null, new ResolvedProfile(null, "c"), Runtime(), config));
        Assert.Equal("No sts endpoint to connect to was given. sts endpoints may be specified in a config file with \"sts-url\".", none.Message);
    }

    private AccessCredentials Credentials(string? keyId = null, string? secret = null, string? token = null, string? user = "alice") =>
        CredentialResolver.Resolve(keyId, secret, token, new ResolvedProfile(user, null), Runtime(), Config());

    [Fact]
    public void Credentials_come_from_options_then_environment_then_credential_file_then_config()
    {
        _cli.WriteConfig("u.ini", "[user alice]\nkey-id = AKIACONFIG\nsecret-key = config-secret\n");
        Assert.Equal(new AccessCredentials("AKIACONFIG", "config-secret", null), Credentials());

        var file = _cli.WriteFile("creds", "# comment\nAWSAccessKeyId=AKIAFILE\nAWSSecretKey=file-secret\n");
        _cli.Environment["AWS_CREDENTIAL_FILE"] = file;
        Assert.Equal(new AccessCredentials("AKIAFILE", "file-secret", null), Credentials());

        _cli.Environment["AWS_ACCESS_KEY"] = "AKIAENVOLD";
        _cli.Environment["AWS_SECRET_KEY"] = "env-old-secret";
        Assert.Equal(new AccessCredentials("AKIAENVOLD", "env-old-secret", null), Credentials());

        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAENV";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _cli.Environment["AWS_SECURITY_TOKEN"] = "security-token";
        Assert.Equal(new AccessCredentials("AKIAENV", "env-secret", "security-token"), Credentials());

        Assert.Equal(new AccessCredentials("AKIACLI", "cli-secret", "cli-token"), Credentials("AKIACLI", "cli-secret", "cli-token"));
    }

    [Fact]
    public void AWS_SESSION_TOKEN_is_never_read()
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAENV";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _cli.Environment["AWS_SESSION_TOKEN"] = "session-token";

        Assert.Null(Credentials().SessionToken);
    }

    [Fact]
    public void A_source_with_only_half_a_key_is_skipped_entirely()
    {
        _cli.WriteConfig("u.ini", "[user alice]\nkey-id = AKIACONFIG\nsecret-key = config-secret\n");
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAENV";
        _cli.Environment["AWS_SECURITY_TOKEN"] = "orphan-token";

        Assert.Equal(new AccessCredentials("AKIACONFIG", "config-secret", null), Credentials());
    }

    [Fact]
    public void Security_token_option_without_keys_is_ignored()
    {
        _cli.WriteConfig("u.ini", "[user alice]\nkey-id = AKIACONFIG\nsecret-key = config-secret\n");

        Assert.Null(Credentials(token: "ignored").SessionToken);
    }

    [Fact]
    public void Only_one_of_I_and_S_is_an_argument_error()
    {
        Assert.Throws<UsageError>(() => Credentials(keyId: "AKIA"));
        Assert.Throws<UsageError>(() => Credentials(secret: "secret"));
    }

    [Fact]
    public void Expired_environment_credentials_fail_without_falling_back_to_config()
    {
        _cli.WriteConfig("u.ini", "[user alice]\nkey-id = AKIACONFIG\nsecret-key = config-secret\n");
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "AKIAENV";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _cli.Environment["AWS_CREDENTIAL_EXPIRATION"] = "2026-12-03T16:05:08Z";

        Assert.Equal("credentials have expired", Assert.Throws<CliError>(() => Credentials()).Message);

        _cli.Environment["AWS_CREDENTIAL_EXPIRATION"] = "2026-12-03T16:20:00.123Z";
        Assert.Equal("AKIAENV", Credentials().AccessKeyId);
    }

    [Fact]
    public void Missing_credentials_name_the_missing_half()
    {
        Assert.Equal("missing access key ID; please supply one with -I", Assert.Throws<CliError>(() => Credentials()).Message);

        _cli.WriteConfig("u.ini", "[user alice]\nkey-id = AKIACONFIG\n");
        Assert.Equal("missing secret key; please supply one with -S", Assert.Throws<CliError>(() => Credentials()).Message);
    }

    [Fact]
    public void Config_credentials_use_the_user_section_lookup_rules()
    {
        _cli.WriteConfig("u.ini", "[user 001827830003:admin]\nkey-id = AKIASUFFIX\nsecret-key = suffix-secret\n");

        Assert.Equal("AKIASUFFIX", Credentials(user: "admin").AccessKeyId);
    }

    [Fact]
    public void Credentials_never_show_the_secret_when_formatted()
    {
        var credentials = new AccessCredentials("AKIAID", "super-secret", "token");

        Assert.DoesNotContain("super-secret", credentials.ToString(), StringComparison.Ordinal);
    }
}
