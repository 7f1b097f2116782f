using System.Net;
using System.Security.Cryptography;
using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Ironbark.Compat.Tests;

/// <summary>
/// The AWS SDK for .NET (AWSSDK.SecurityToken, AWSSDK.EC2) with ServiceURL = the server root and an
/// explicit AuthenticationRegion. IAM set-up goes through the project's signer: AWSSDK.IdentityManagement
/// is not available from the feed.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DotnetSdkTests(ServerFixture server)
{
    [Fact]
    public async Task AssumeRole_and_GetCallerIdentity_through_the_sts_client()
    {
        var (account, user01, roleId) = await SetUpSeedAsync("dotnet-sts");
        using var userSts = Sts(user01.Credentials);
        var self = await userSts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.Equal(HttpStatusCode.OK, self.HttpStatusCode);
        Assert.Equal(user01.Arn, self.Arn);
        Assert.Equal(account.Id, self.Account);
        Assert.StartsWith("AIDA", self.UserId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(self.ResponseMetadata.RequestId), "the SDK read the request id");

        var assumed = await userSts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = account.RoleArn(Seed.RoleName), RoleSessionName = "dotnet-session" });
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "dotnet-session"), assumed.AssumedRoleUser.Arn);
        Assert.Equal(roleId + ":dotnet-session", assumed.AssumedRoleUser.AssumedRoleId);
        Assert.StartsWith("ASIA", assumed.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(assumed.Credentials.SecretAccessKey), "the session has a secret key");
        Assert.False(string.IsNullOrEmpty(assumed.Credentials.SessionToken), "the session has a token");
        Assert.NotNull(assumed.Credentials.Expiration);
        Assert.InRange(assumed.Credentials.Expiration.Value.ToUniversalTime(), DateTime.UtcNow.AddMinutes(50), DateTime.UtcNow.AddMinutes(61));

        using var sessionSts = Sts(Session(assumed.Credentials));
        var caller = await sessionSts.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.Equal(account.AssumedRoleArn(Seed.RoleName, "dotnet-session"), caller.Arn);
        Assert.Equal(account.Id, caller.Account);
        Assert.Equal(roleId + ":dotnet-session", caller.UserId);
    }

    [Fact]
    public async Task The_role_session_manages_key_pairs_that_user01_alone_cannot_list()
    {
        var (account, user01, _) = await SetUpSeedAsync("dotnet-ec2");
        using var adminEc2 = Ec2(new BasicAWSCredentials(account.Admin.AccessKeyId, account.Admin.SecretAccessKey));
        var created = (await adminEc2.CreateKeyPairAsync(new CreateKeyPairRequest { KeyName = Seed.KeyPairName })).KeyPair;
        Assert.Equal(Seed.KeyPairName, created.KeyName);
        Assert.Equal(KeyFingerprints.OfCreatedPrivateKeyPem(created.KeyMaterial), created.KeyFingerprint);
        Assert.StartsWith("key-", created.KeyPairId, StringComparison.Ordinal);

        using var userEc2 = Ec2(user01.Credentials);
        var denied = await Assert.ThrowsAsync<AmazonEC2Exception>(() => userEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest()));
        Assert.Equal("UnauthorizedOperation", denied.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        ErrorTexts.AssertUnauthorizedDescribeKeyPairs(denied.Message, user01.Arn);
        Assert.False(string.IsNullOrEmpty(denied.RequestId), "the SDK read the EC2 error's RequestID");

        using var userSts = Sts(user01.Credentials);
        var assumed = await userSts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = account.RoleArn(Seed.RoleName), RoleSessionName = "keys" });
        using var sessionEc2 = Ec2(Session(assumed.Credentials));
        var listed = Assert.Single((await sessionEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest())).KeyPairs ?? []);
        Assert.Equal(Seed.KeyPairName, listed.KeyName);
        Assert.Equal(created.KeyFingerprint, listed.KeyFingerprint);
        Assert.Equal(created.KeyPairId, listed.KeyPairId);
        Assert.Equal(KeyType.Rsa, listed.KeyType);

        // Created by the session: the same fingerprint rule.
        var second = (await sessionEc2.CreateKeyPairAsync(new CreateKeyPairRequest { KeyName = "by-the-role" })).KeyPair;
        Assert.Equal(KeyFingerprints.OfCreatedPrivateKeyPem(second.KeyMaterial), second.KeyFingerprint);
        var both = (await sessionEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest())).KeyPairs ?? [];
        Assert.Equal(
            new[] { ("by-the-role", second.KeyFingerprint), (Seed.KeyPairName, created.KeyFingerprint) },
            both.Select(k => (k.KeyName, k.KeyFingerprint)).OrderBy(k => k.KeyName, StringComparer.Ordinal));

        await sessionEc2.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = "by-the-role" });
        var afterDelete = (await sessionEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest())).KeyPairs ?? [];
        Assert.Equal([Seed.KeyPairName], afterDelete.Select(k => k.KeyName));

        var deniedAgain = await Assert.ThrowsAsync<AmazonEC2Exception>(() => userEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest()));
        Assert.Equal("UnauthorizedOperation", deniedAgain.ErrorCode);
    }

    [Fact]
    public async Task ImportKeyPair_takes_raw_openssh_text_and_base64_and_fingerprints_the_public_key_info()
    {
        var account = await server.CreateAccountAsync("dotnet-import");
        using var ec2 = Ec2(new BasicAWSCredentials(account.Admin.AccessKeyId, account.Admin.SecretAccessKey));
        using var rsa = RSA.Create(2048);
        var openSsh = KeyFingerprints.OpenSshPublicKey(rsa, "compat@example");
        var expected = KeyFingerprints.OfImportedRsa(rsa);

        var raw = await ec2.ImportKeyPairAsync(new ImportKeyPairRequest { KeyName = "imported-raw", PublicKeyMaterial = openSsh });
        Assert.Equal("imported-raw", raw.KeyName);
        Assert.Equal(expected, raw.KeyFingerprint);
        Assert.StartsWith("key-", raw.KeyPairId, StringComparison.Ordinal);

        // What botocore sends: base64 of the .pub file, trailing newline included.
        var encoded = Convert.ToBase64String(Encoding.ASCII.GetBytes(openSsh + "\n"));
        var base64 = await ec2.ImportKeyPairAsync(new ImportKeyPairRequest { KeyName = "imported-b64", PublicKeyMaterial = encoded });
        Assert.Equal(expected, base64.KeyFingerprint);
        Assert.NotEqual(raw.KeyPairId, base64.KeyPairId);

        var described = (await ec2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest { KeyNames = ["imported-b64", "imported-raw"] })).KeyPairs ?? [];
        Assert.Equal(
            new[] { ("imported-b64", expected), ("imported-raw", expected) },
            described.Select(k => (k.KeyName, k.KeyFingerprint)).OrderBy(k => k.KeyName, StringComparer.Ordinal));

        var duplicate = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.ImportKeyPairAsync(new ImportKeyPairRequest { KeyName = "imported-raw", PublicKeyMaterial = openSsh }));
        Assert.Equal("InvalidKeyPair.Duplicate", duplicate.ErrorCode);
        Assert.Equal("The keypair 'imported-raw' already exists.", duplicate.Message);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    [Fact]
    public async Task Wrong_secrets_and_refused_roles_surface_as_sdk_exceptions()
    {
        var (account, user01, _) = await SetUpSeedAsync("dotnet-errors");
        var wrongSecret = new BasicAWSCredentials(user01.Credentials.GetCredentials().AccessKey, "not-the-secret-0123456789");

        using var badSts = Sts(wrongSecret);
        var signature = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => badSts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));
        Assert.Equal("SignatureDoesNotMatch", signature.ErrorCode);
        Assert.Equal(ErrorTexts.SignatureDoesNotMatch, signature.Message);
        Assert.Equal(HttpStatusCode.Forbidden, signature.StatusCode);
        Assert.Equal(ErrorType.Sender, signature.ErrorType);

        using var badEc2 = Ec2(wrongSecret);
        var auth = await Assert.ThrowsAsync<AmazonEC2Exception>(() => badEc2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest()));
        Assert.Equal("AuthFailure", auth.ErrorCode);
        Assert.Equal(ErrorTexts.AuthFailure, auth.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, auth.StatusCode);

        // Out of the group, user01 may no longer assume the role.
        await server.Query.RequireAsync(account.Admin, "iam", "RemoveUserFromGroup", ("GroupName", Seed.GroupName), ("UserName", Seed.UserName));
        using var userSts = Sts(user01.Credentials);
        var refused = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(
            () => userSts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = account.RoleArn(Seed.RoleName), RoleSessionName = "refused" }));
        Assert.Equal("AccessDenied", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith($"User: {user01.Arn} is not authorized to perform: sts:AssumeRole on resource: {account.RoleArn(Seed.RoleName)}", refused.Message, StringComparison.Ordinal);
    }

    private static SessionAWSCredentials Session(Amazon.SecurityToken.Model.Credentials credentials) =>
        new(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);

    private AmazonSecurityTokenServiceClient Sts(AWSCredentials credentials) => new(credentials, new AmazonSecurityTokenServiceConfig
    {
        ServiceURL = server.EndpointUrl + "/",
        AuthenticationRegion = QueryClient.Region,
        MaxErrorRetry = 0,
        Timeout = TimeSpan.FromSeconds(20),
    });

    private AmazonEC2Client Ec2(AWSCredentials credentials) => new(credentials, new AmazonEC2Config
    {
        ServiceURL = server.EndpointUrl + "/",
        AuthenticationRegion = QueryClient.Region,
        MaxErrorRetry = 0,
        Timeout = TimeSpan.FromSeconds(20),
    });

    /// <summary>The seed's IAM set-up in a new account, through the signer: role, role policy, group, user01 with a key.</summary>
    private async Task<(TestAccount Account, SeedUser User01, string RoleId)> SetUpSeedAsync(string accountName)
    {
        var account = await server.CreateAccountAsync(accountName);
        var iam = server.Query;
        var admin = account.Admin;
        var user = await iam.RequireAsync(admin, "iam", "CreateUser", ("UserName", Seed.UserName));
        var key = await iam.RequireAsync(admin, "iam", "CreateAccessKey", ("UserName", Seed.UserName));
        var role = await iam.RequireAsync(admin, "iam", "CreateRole", ("RoleName", Seed.RoleName), ("AssumeRolePolicyDocument", Seed.TrustPolicy(account)));
        await iam.RequireAsync(admin, "iam", "PutRolePolicy", ("RoleName", Seed.RoleName), ("PolicyName", Seed.RolePolicyName), ("PolicyDocument", Seed.KeyPairPolicy));
        await iam.RequireAsync(admin, "iam", "CreateGroup", ("GroupName", Seed.GroupName));
        await iam.RequireAsync(admin, "iam", "AddUserToGroup", ("GroupName", Seed.GroupName), ("UserName", Seed.UserName));
        await iam.RequireAsync(admin, "iam", "PutGroupPolicy", ("GroupName", Seed.GroupName), ("PolicyName", Seed.GroupPolicyName), ("PolicyDocument", Seed.AssumeRolePolicy(account)));
        var credentials = new BasicAWSCredentials(key.Value("AccessKeyId"), key.Value("SecretAccessKey"));
        return (account, new SeedUser(user.Value("Arn"), credentials), role.Value("RoleId"));
    }

    private sealed record SeedUser(string Arn, AWSCredentials Credentials)
    {
        public override string ToString() => $"SeedUser {{ Arn = {Arn} }}";
    }
}
