using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Ironbark.Compat.Tests;

/// <summary>
/// The seed walkthrough and botocore's parsed error shapes through Debian's boto3
/// (scripts/boto3_seed.py run by /usr/bin/python3), in an account of its own.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class Boto3SeedTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-boto3-");

    [Fact]
    public async Task Seed_walkthrough_and_error_shapes_run_through_debian_boto3()
    {
        await SystemClients.RequireBoto3Async();
        var account = await server.CreateAccountAsync("devops-boto3");
        var environment = SystemClients.BaseEnvironment(_work.FullName).WithCredentials(account.Admin);
        environment["IRONBARK_ENDPOINT"] = server.EndpointUrl;
        environment["IRONBARK_ACCOUNT_ID"] = account.Id;
        environment["IRONBARK_WORK"] = _work.FullName;
        using var rsa = RSA.Create(2048);
        environment["IRONBARK_PUBLIC_KEY"] = KeyFingerprints.OpenSshPublicKey(rsa, "boto3@example");
        var script = Path.Combine(AppContext.BaseDirectory, "scripts", "boto3_seed.py");

        var run = await ProcessRunner.RunAsync(SystemClients.Python, [script], environment);
        Assert.True(run.Stdout.TrimStart().StartsWith('{'), $"boto3_seed.py exited {run.ExitCode} without a JSON result: {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        var result = document.RootElement;
        // The script prints no secrets, so its report can go into the message.
        Assert.False(result.TryGetProperty("unexpected_error", out var unexpected), $"boto3 step failed: {unexpected}");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1.26.27", result.GetProperty("boto3").GetString());

        var created = result.GetProperty("created_key");
        var fingerprint = created.GetProperty("KeyFingerprint").GetString()!;
        Assert.Equal("devops-admin", created.GetProperty("KeyName").GetString());
        Assert.Equal(KeyFingerprints.OfCreatedPrivateKeyPem(File.ReadAllText(Path.Combine(_work.FullName, "devops-admin.pem"))), fingerprint);

        Assert.Equal($"arn:aws:iam::{account.Id}:user/user01", result.GetProperty("user").GetString());
        Assert.Equal("AKIA", result.GetProperty("user_key_prefix").GetString());
        var role = result.GetProperty("role");
        Assert.Equal(account.RoleArn(Seed.RoleName), role.GetProperty("Arn").GetString());
        Assert.Equal(account.RootArn, role.GetProperty("TrustPrincipal").GetString());
        var roleId = role.GetProperty("RoleId").GetString()!;
        Assert.Equal<string?>(["ec2:CreateKeyPair", "ec2:DeleteKeyPair", "ec2:DescribeKeyPairs", "ec2:ImportKeyPair"], Strings(result.GetProperty("role_policy_actions")));
        Assert.Equal<string?>(["user01"], Strings(result.GetProperty("group_members")));

        AssertError(result.GetProperty("denied_before"), "UnauthorizedOperation", null, 403, null);
        ErrorTexts.AssertUnauthorizedDescribeKeyPairs(result.GetProperty("denied_before").GetProperty("Message").GetString(), $"arn:aws:iam::{account.Id}:user/user01");

        var assumed = result.GetProperty("assumed");
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "boto3-session"), assumed.GetProperty("Arn").GetString());
        Assert.Equal(roleId + ":boto3-session", assumed.GetProperty("AssumedRoleId").GetString());
        Assert.Equal("ASIA", assumed.GetProperty("AccessKeyPrefix").GetString());
        Assert.True(assumed.GetProperty("HasSecret").GetBoolean(), "AssumeRole returned a secret key");
        Assert.True(assumed.GetProperty("HasToken").GetBoolean(), "AssumeRole returned a session token");
        var expiration = DateTimeOffset.Parse(assumed.GetProperty("Expiration").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(expiration, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(61));

        var described = Assert.Single(result.GetProperty("described").EnumerateArray());
        Assert.Equal("devops-admin", described.GetProperty("KeyName").GetString());
        Assert.Equal(fingerprint, described.GetProperty("KeyFingerprint").GetString());
        Assert.Equal(created.GetProperty("KeyPairId").GetString(), described.GetProperty("KeyPairId").GetString());

        var imported = result.GetProperty("imported");
        Assert.Equal("imported", imported.GetProperty("KeyName").GetString());
        Assert.Equal(KeyFingerprints.OfImportedRsa(rsa), imported.GetProperty("KeyFingerprint").GetString());
        Assert.Equal<string?>([KeyFingerprints.OfImportedRsa(rsa)], Strings(result.GetProperty("imported_described")));

        var caller = result.GetProperty("caller");
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "boto3-session"), caller.GetProperty("Arn").GetString());
        Assert.Equal(account.Id, caller.GetProperty("Account").GetString());
        Assert.Equal(roleId + ":boto3-session", caller.GetProperty("UserId").GetString());

        AssertError(result.GetProperty("denied_after"), "UnauthorizedOperation", null, 403, null);
        ErrorTexts.AssertUnauthorizedDescribeKeyPairs(result.GetProperty("denied_after").GetProperty("Message").GetString(), $"arn:aws:iam::{account.Id}:user/user01");

        var errors = result.GetProperty("errors");
        AssertError(errors.GetProperty("NoSuchEntity"), "NoSuchEntity", "The user with name nobody cannot be found.", 404, "Sender");
        AssertError(errors.GetProperty("EntityAlreadyExists"), "EntityAlreadyExists", "User with name user01 already exists.", 409, "Sender");
        AssertError(errors.GetProperty("MalformedPolicyDocument"), "MalformedPolicyDocument", "Syntax errors in policy.", 400, "Sender");
        AssertError(errors.GetProperty("SignatureDoesNotMatch"), "SignatureDoesNotMatch", ErrorTexts.SignatureDoesNotMatch, 403, "Sender");
        AssertError(errors.GetProperty("AuthFailure"), "AuthFailure", ErrorTexts.AuthFailure, 401, null);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString());

    /// <summary>Checks botocore's parsed error; a null message is checked by the caller.</summary>
    private static void AssertError(JsonElement error, string code, string? message, int status, string? type)
    {
        Assert.Equal(code, error.GetProperty("Code").GetString());
        if (message is not null)
        {
            Assert.Equal(message, error.GetProperty("Message").GetString());
        }

        Assert.Equal(status, error.GetProperty("HTTPStatusCode").GetInt32());
        Assert.Equal(type, error.GetProperty("Type").GetString());
        Assert.True(error.GetProperty("HasRequestId").GetBoolean(), $"botocore found a request id in the {code} error");
    }
}
