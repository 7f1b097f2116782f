using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

/// <summary>
/// Error shapes as Debian's AWS CLI v2 prints them: exit code 254 and
/// "An error occurred (Code) when calling the Op operation: Message" on stderr, nothing on stdout.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AwsCliErrorTests(ServerFixture server) : IDisposable
{
    private const string MalformedPolicy = "{not json";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-cli2-errors-");

    [Theory]
    [InlineData("unknown-user", "NoSuchEntity", "GetUser", "The user with name nobody cannot be found.")]
    [InlineData("duplicate-user", "EntityAlreadyExists", "CreateUser", "User with name user01 already exists.")]
    [InlineData("duplicate-group", "EntityAlreadyExists", "CreateGroup", "Group with name Key-Managers already exists.")]
    [InlineData("malformed-policy", "MalformedPolicyDocument", "PutUserPolicy", "Syntax errors in policy.")]
    [InlineData("wrong-secret-iam", "SignatureDoesNotMatch", "ListUsers", ErrorTexts.SignatureDoesNotMatch)]
    [InlineData("wrong-secret-sts", "SignatureDoesNotMatch", "GetCallerIdentity", ErrorTexts.SignatureDoesNotMatch)]
    [InlineData("wrong-secret-ec2", "AuthFailure", "DescribeKeyPairs", ErrorTexts.AuthFailure)]
    [InlineData("unknown-key-iam", "InvalidClientTokenId", "ListUsers", "The security token included in the request is invalid.")]
    [InlineData("unknown-key-ec2", "AuthFailure", "DescribeKeyPairs", ErrorTexts.AuthFailure)]
    public async Task Service_errors_reach_the_cli_with_aws_codes_and_texts(string scenario, string code, string operation, string message)
    {
        SystemClients.RequireAwsCli();
        var account = await server.CreateAccountAsync("cli-" + scenario);
        var admin = account.Admin;
        await server.Query.RequireAsync(admin, "iam", "CreateUser", ("UserName", Seed.UserName));
        await server.Query.RequireAsync(admin, "iam", "CreateGroup", ("GroupName", Seed.GroupName));
        var wrongSecret = admin with { SecretAccessKey = "wrong" + admin.SecretAccessKey[5..] };
        var unknownKey = admin with { AccessKeyId = "AKIAIOSFODNN7EXAMPLE" };

        (SigningCredentials Credentials, string[] Arguments) call = scenario switch
        {
            "unknown-user" => (admin, ["iam", "get-user", "--user-name", "nobody"]),
            "duplicate-user" => (admin, ["iam", "create-user", "--user-name", Seed.UserName]),
            "duplicate-group" => (admin, ["iam", "create-group", "--group-name", Seed.GroupName]),
            "malformed-policy" => (admin, ["iam", "put-user-policy", "--user-name", Seed.UserName, "--policy-name", "broken", "--policy-document", MalformedPolicy]),
            "wrong-secret-iam" => (wrongSecret, ["iam", "list-users"]),
            "wrong-secret-sts" => (wrongSecret, ["sts", "get-caller-identity"]),
            "wrong-secret-ec2" => (wrongSecret, ["ec2", "describe-key-pairs"]),
            "unknown-key-iam" => (unknownKey, ["iam", "list-users"]),
            "unknown-key-ec2" => (unknownKey, ["ec2", "describe-key-pairs"]),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "no such scenario"),
        };

        var result = await new AwsCli(server.EndpointUrl, _work.FullName).RunAsync(call.Credentials, call.Arguments);
        Assert.Equal($"An error occurred ({code}) when calling the {operation} operation: {message}", result.Stderr.Trim());
        Assert.Equal(254, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
