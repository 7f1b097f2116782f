using System.Security.Cryptography;
using System.Text.Json;
using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

/// <summary>
/// The seed walkthrough through Debian's AWS CLI v2, one --endpoint-url (the server root) for IAM, STS
/// and EC2: the devops admin sets up the role, group and user01; user01 is denied DescribeKeyPairs,
/// assumes the role, sees devops-admin with its fingerprint, and is denied again without the session.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AwsCliSeedTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-cli2-");

    [Fact]
    public async Task Seed_walkthrough_runs_through_the_aws_cli_v2()
    {
        SystemClients.RequireAwsCli();
        var account = server.Devops;
        var admin = account.Admin;
        var aws = new AwsCli(server.EndpointUrl, _work.FullName);

        var version = await aws.RunAsync(admin, "--version");
        Assert.StartsWith("aws-cli/2.", version.Stdout + version.Stderr, StringComparison.Ordinal);

        // The devops admin's key pair: fingerprint = SHA-1 of the PKCS#8 DER private key.
        var keyPair = await aws.JsonAsync(admin, "ec2", "create-key-pair", "--key-name", Seed.KeyPairName);
        Assert.Equal(Seed.KeyPairName, keyPair.GetProperty("KeyName").GetString());
        var fingerprint = keyPair.GetProperty("KeyFingerprint").GetString()!;
        Assert.Matches("^([0-9a-f]{2}:){19}[0-9a-f]{2}$", fingerprint);
        Assert.Equal(KeyFingerprints.OfCreatedPrivateKeyPem(keyPair.GetProperty("KeyMaterial").GetString()!), fingerprint);
        var keyPairId = keyPair.GetProperty("KeyPairId").GetString()!;
        Assert.StartsWith("key-", keyPairId, StringComparison.Ordinal);

        // user01 and its access key.
        var user = (await aws.JsonAsync(admin, "iam", "create-user", "--user-name", Seed.UserName)).GetProperty("User");
        Assert.Equal(Seed.UserName, user.GetProperty("UserName").GetString());
        Assert.Equal($"arn:aws:iam::{account.Id}:user/{Seed.UserName}", user.GetProperty("Arn").GetString());
        Assert.StartsWith("AIDA", user.GetProperty("UserId").GetString(), StringComparison.Ordinal);
        var key = (await aws.JsonAsync(admin, "iam", "create-access-key", "--user-name", Seed.UserName)).GetProperty("AccessKey");
        Assert.Equal(Seed.UserName, key.GetProperty("UserName").GetString());
        Assert.Equal("Active", key.GetProperty("Status").GetString());
        var user01 = new SigningCredentials(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!, null);
        Assert.StartsWith("AKIA", user01.AccessKeyId, StringComparison.Ordinal);

        // The role with the seed's trust policy, read from a file as the seed does.
        var trustFile = WriteFile("devops-role-trustpolicy.json", Seed.TrustPolicy(account));
        var role = (await aws.JsonAsync(admin, "iam", "create-role", "--role-name", Seed.RoleName, "--assume-role-policy-document", "file://" + trustFile)).GetProperty("Role");
        Assert.Equal(account.RoleArn(Seed.RoleName), role.GetProperty("Arn").GetString());
        Assert.Equal(Seed.RoleName, role.GetProperty("RoleName").GetString());
        var roleId = role.GetProperty("RoleId").GetString()!;
        Assert.StartsWith("AROA", roleId, StringComparison.Ordinal);
        var trust = role.GetProperty("AssumeRolePolicyDocument");
        Assert.Equal(JsonValueKind.Object, trust.ValueKind);
        Assert.Equal(account.RootArn, trust.GetProperty("Statement")[0].GetProperty("Principal").GetProperty("AWS").GetString());

        await aws.SilentAsync(admin, "iam", "put-role-policy", "--role-name", Seed.RoleName, "--policy-name", Seed.RolePolicyName,
            "--policy-document", "file://" + WriteFile("keypair-mgmt-policy.json", Seed.KeyPairPolicy));
        var rolePolicy = await aws.JsonAsync(admin, "iam", "get-role-policy", "--role-name", Seed.RoleName, "--policy-name", Seed.RolePolicyName);
        Assert.Equal(Seed.RoleName, rolePolicy.GetProperty("RoleName").GetString());
        var actions = rolePolicy.GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Action");
        Assert.Equal(["ec2:CreateKeyPair", "ec2:DeleteKeyPair", "ec2:DescribeKeyPairs", "ec2:ImportKeyPair"], actions.EnumerateArray().Select(a => a.GetString()));

        var group = (await aws.JsonAsync(admin, "iam", "create-group", "--group-name", Seed.GroupName)).GetProperty("Group");
        Assert.Equal($"arn:aws:iam::{account.Id}:group/{Seed.GroupName}", group.GetProperty("Arn").GetString());
        await aws.SilentAsync(admin, "iam", "add-user-to-group", "--user-name", Seed.UserName, "--group-name", Seed.GroupName);
        await aws.SilentAsync(admin, "iam", "put-group-policy", "--group-name", Seed.GroupName, "--policy-name", Seed.GroupPolicyName,
            "--policy-document", "file://" + WriteFile("devops-keypair-mgmt-assume-role-policy.json", Seed.AssumeRolePolicy(account)));
        var members = await aws.JsonAsync(admin, "iam", "get-group", "--group-name", Seed.GroupName);
        Assert.Equal([Seed.UserName], members.GetProperty("Users").EnumerateArray().Select(u => u.GetProperty("UserName").GetString()));

        // user01 on its own is not allowed to list key pairs.
        await AssertDeniedDescribeKeyPairsAsync(aws, user01, user.GetProperty("Arn").GetString()!);

        // The assumed role.
        var assumed = await aws.JsonAsync(user01, "sts", "assume-role", "--role-arn", account.RoleArn(Seed.RoleName), "--role-session-name", "cli-session");
        var assumedUser = assumed.GetProperty("AssumedRoleUser");
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "cli-session"), assumedUser.GetProperty("Arn").GetString());
        Assert.Equal(roleId + ":cli-session", assumedUser.GetProperty("AssumedRoleId").GetString());
        var credentials = assumed.GetProperty("Credentials");
        var session = new SigningCredentials(
            credentials.GetProperty("AccessKeyId").GetString()!,
            credentials.GetProperty("SecretAccessKey").GetString()!,
            credentials.GetProperty("SessionToken").GetString()!);
        Assert.StartsWith("ASIA", session.AccessKeyId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(session.SecretAccessKey), "the session has a secret key");
        Assert.False(string.IsNullOrEmpty(session.SessionToken), "the session has a token");
        var expiration = DateTimeOffset.Parse(credentials.GetProperty("Expiration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(61));

        var listing = await aws.JsonAsync(session, "ec2", "describe-key-pairs");
        var pairs = listing.GetProperty("KeyPairs").EnumerateArray().ToList();
        var only = Assert.Single(pairs);
        Assert.Equal(Seed.KeyPairName, only.GetProperty("KeyName").GetString());
        Assert.Equal(fingerprint, only.GetProperty("KeyFingerprint").GetString());
        Assert.Equal(keyPairId, only.GetProperty("KeyPairId").GetString());

        var caller = await aws.JsonAsync(session, "sts", "get-caller-identity");
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "cli-session"), caller.GetProperty("Arn").GetString());
        Assert.Equal(account.Id, caller.GetProperty("Account").GetString());
        Assert.Equal(roleId + ":cli-session", caller.GetProperty("UserId").GetString());

        // Released: back to user01's own permissions.
        var self = await aws.JsonAsync(user01, "sts", "get-caller-identity");
        Assert.Equal($"arn:aws:iam::{account.Id}:user/{Seed.UserName}", self.GetProperty("Arn").GetString());
        await AssertDeniedDescribeKeyPairsAsync(aws, user01, user.GetProperty("Arn").GetString()!);
    }

    [Fact]
    public async Task Import_key_pair_reads_a_public_key_file_and_fingerprints_its_public_key_info()
    {
        SystemClients.RequireAwsCli();
        var account = await server.CreateAccountAsync("cli-import");
        var aws = new AwsCli(server.EndpointUrl, _work.FullName);
        using var rsa = RSA.Create(2048);
        var publicKeyFile = WriteFile("imported.pub", KeyFingerprints.OpenSshPublicKey(rsa, "cli@example"));
        var expected = KeyFingerprints.OfImportedRsa(rsa);

        // fileb:// makes the CLI send the file's bytes base64-encoded, as the model's blob type says.
        var imported = await aws.JsonAsync(account.Admin, "ec2", "import-key-pair", "--key-name", "imported", "--public-key-material", "fileb://" + publicKeyFile);
        Assert.Equal("imported", imported.GetProperty("KeyName").GetString());
        Assert.Equal(expected, imported.GetProperty("KeyFingerprint").GetString());

        var described = await aws.JsonAsync(account.Admin, "ec2", "describe-key-pairs", "--key-names", "imported");
        var only = Assert.Single(described.GetProperty("KeyPairs").EnumerateArray());
        Assert.Equal(expected, only.GetProperty("KeyFingerprint").GetString());
        Assert.Equal(imported.GetProperty("KeyPairId").GetString(), only.GetProperty("KeyPairId").GetString());
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static async Task AssertDeniedDescribeKeyPairsAsync(AwsCli aws, SigningCredentials credentials, string userArn)
    {
        var denied = await aws.RunAsync(credentials, "ec2", "describe-key-pairs");
        Assert.Equal(254, denied.ExitCode);
        const string prefix = "An error occurred (UnauthorizedOperation) when calling the DescribeKeyPairs operation: ";
        var line = denied.Stderr.Trim();
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        ErrorTexts.AssertUnauthorizedDescribeKeyPairs(line[prefix.Length..], userArn);
        Assert.Equal(string.Empty, denied.Stdout);
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text + "\n");
        return path;
    }
}
