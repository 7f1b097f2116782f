namespace Ironbark.Cli.Tests;

public sealed class Ec2CommandTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    private const string Pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----";

    private static string CreateKeyPairResponse() => AwsResponses.Ec2("CreateKeyPair",
        $"<keyName>k1</keyName><keyFingerprint>9e:1a:bc</keyFingerprint><keyMaterial>{Pem}</keyMaterial><keyPairId>key-1</keyPairId>");

    [Fact]
    public void Create_keypair_prints_the_keypair_line_then_the_private_key()
    {
        _cli.Http.Respond(CreateKeyPairResponse());

        var result = _cli.Run("euca-create-keypair", "k1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"KEYPAIR\tk1\t9e:1a:bc\n{Pem}\n", result.Stdout);
        var request = _cli.Http.Requests[0];
        Assert.Equal("http://127.0.0.1:8773/services/compute/", request.Url.ToString());
        Assert.Equal(new Dictionary<string, string> { ["KeyName"] = "k1", ["Action"] = "CreateKeyPair", ["Version"] = "2015-10-01" }, request.Params());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Create_keypair_f_writes_the_key_with_mode_0600_and_prints_only_the_keypair_line()
    {
        var path = Path.Combine(_cli.Root, "k1.pem");
        _cli.Http.Respond(CreateKeyPairResponse());

        var result = _cli.Run("euca-create-keypair", "k1", "-f", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("KEYPAIR\tk1\t9e:1a:bc\n", result.Stdout);
        Assert.Equal(Pem, File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Describe_keypairs_lists_keyset_items_and_sends_names_and_grouped_filters()
    {
        _cli.Http.Respond(AwsResponses.Ec2("DescribeKeyPairs",
            "<keySet><item><keyName>devops-admin</keyName><keyFingerprint>9e:1a:bc:ac</keyFingerprint></item>" +
            "<item><keyName>other</keyName><keyFingerprint>00:11</keyFingerprint></item></keySet>"));

        var result = _cli.Run("euca-describe-keypairs", "a", "b", "--filter", "key-name=x", "--filter", "fingerprint=f", "--filter", "key-name=y");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("KEYPAIR\tdevops-admin\t9e:1a:bc:ac\nKEYPAIR\tother\t00:11\n", result.Stdout);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["KeyName.1"] = "a",
                ["KeyName.2"] = "b",
                ["Filter.1.Name"] = "key-name",
                ["Filter.1.Value.1"] = "x",
                ["Filter.1.Value.2"] = "y",
                ["Filter.2.Name"] = "fingerprint",
                ["Filter.2.Value.1"] = "f",
                ["Action"] = "DescribeKeyPairs",
                ["Version"] = "2015-10-01",
            },
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Describe_keypairs_show_empty_fields_prints_nil()
    {
        _cli.Http.Respond(AwsResponses.Ec2("DescribeKeyPairs", "<keySet><item><keyName>k</keyName><keyFingerprint/></item></keySet>"))
            .Respond(AwsResponses.Ec2("DescribeKeyPairs", "<keySet><item><keyName>k</keyName><keyFingerprint/></item></keySet>"));

        Assert.Equal("KEYPAIR\tk\t\n", _cli.Run("euca-describe-keypairs").Stdout);
        Assert.Equal("KEYPAIR\tk\t(nil)\n", _cli.Run("euca-describe-keypairs", "--show-empty-fields").Stdout);
    }

    [Fact]
    public void Describe_keypairs_rejects_unknown_filters()
    {
        var result = _cli.Run("euca-describe-keypairs", "--filter", "owner=me");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("euca-describe-keypairs: error: \"owner=me\" matches no available filters\n", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_cli.Http.Requests);
    }

    [Fact]
    public void Seed_describe_keypairs_uses_assumed_role_credentials_from_the_environment()
    {
        _cli.Environment["AWS_ACCESS_KEY_ID"] = "ASIAROLE";
        _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "role-secret";
        _cli.Environment["AWS_SECURITY_TOKEN"] = "role-token";
        _cli.Environment["AWS_SESSION_TOKEN"] = "role-token";
        _cli.Environment["AWS_CREDENTIAL_EXPIRATION"] = "2026-12-03T17:00:00Z";
        _cli.Http.Respond(AwsResponses.Ec2("DescribeKeyPairs",
            "<keySet><item><keyName>devops-admin</keyName><keyFingerprint>9e:1a:bc:ac:98:b1:97:7c:65:b0:b3:7c:96:f5:d5:7b:a1:3e:36:a6</keyFingerprint></item></keySet>"));

        var result = _cli.Run("euca-describe-keypairs", "--region", "@future");

        Assert.Equal("KEYPAIR\tdevops-admin\t9e:1a:bc:ac:98:b1:97:7c:65:b0:b3:7c:96:f5:d5:7b:a1:3e:36:a6\n", result.Stdout);
        var headers = _cli.Http.Requests[0].Headers;
        Assert.Equal("role-token", headers["X-Amz-Security-Token"]);
        Assert.Contains("Credential=ASIAROLE/20261203/future/ec2/aws4_request", headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_keypair_echoes_the_name_even_when_the_server_says_false()
    {
        _cli.Http.Respond(AwsResponses.Ec2("DeleteKeyPair", "<return>false</return>"));

        var result = _cli.Run("euca-delete-keypair", "k1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("KEYPAIR\tk1\n", result.Stdout);
        Assert.Equal("DeleteKeyPair", _cli.Http.Requests[0].Param("Action"));
        Assert.Equal("k1", _cli.Http.Requests[0].Param("KeyName"));
    }

    [Fact]
    public void Import_keypair_sends_the_base64_of_the_file_bytes()
    {
        var key = "ssh-rsa AAAAB3NzaC1yc2E user@host\n";
        var path = _cli.WriteFile("id_rsa.pub", key);
        _cli.Http.Respond(AwsResponses.Ec2("ImportKeyPair", "<keyName>imported</keyName><keyFingerprint>aa:bb</keyFingerprint>"));

        var result = _cli.Run("euca-import-keypair", "imported", "-f", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("KEYPAIR\timported\taa:bb\n", result.Stdout);
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key)), _cli.Http.Requests[0].Param("PublicKeyMaterial"));
    }

    [Fact]
    public void Import_keypair_requires_the_public_key_file()
    {
        var result = _cli.Run("euca-import-keypair", "imported");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("euca-import-keypair: error: argument -f/--public-key-file is required\n", result.Stderr, StringComparison.Ordinal);
    }
}
