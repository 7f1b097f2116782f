using System.Net;
using Ironbark.Protocol.Signing;

namespace Ironbark.Server.Tests;

/// <summary>AssumeRole's rules and the life of a session.</summary>
public sealed class StsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly Scenario _s = new(server);

    private async Task<(string AccountId, SigningCredentials Admin, string RoleArn)> RoleAsync(string trust, string roleName = "keys")
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        await _s.Ok("iam", admin, ("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", roleName), ("AssumeRolePolicyDocument", trust));
        await _s.Ok("iam", admin, ("Action", "PutRolePolicy"), ("Version", "2010-05-08"), ("RoleName", roleName), ("PolicyName", "keys"), ("PolicyDocument", Scenario.AllowKeyPairs));
        return (accountId, admin, $"arn:aws:iam::{accountId}:role/{roleName}");
    }

    [Fact]
    public async Task Trust_in_the_account_needs_an_identity_allow()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        var bob = await _s.NewUserAsync(admin, "bob");
        var denied = await _s.Client.CallAsync("sts", bob, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Equal($"User: arn:aws:iam::{accountId}:user/bob is not authorized to perform: sts:AssumeRole on resource: {roleArn}", denied.Value("Message"));

        var carol = await _s.NewUserAsync(admin, "carol", $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"{{roleArn}}"}]}""");
        var session = await _s.AssumeAsync(carol, roleArn, "carol-session");
        var who = await _s.Ok("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"arn:aws:sts::{accountId}:assumed-role/keys/carol-session", who.Value("Arn"));
        Assert.StartsWith("AROA", who.Value("UserId"), StringComparison.Ordinal);
        Assert.EndsWith(":carol-session", who.Value("UserId"), StringComparison.Ordinal);
        await _s.Ok("ec2", session, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        var iam = await _s.Client.CallAsync("iam", session, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal("AccessDenied", iam.ErrorCode);
    }

    [Fact]
    public async Task Trust_naming_the_user_suffices_alone()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var dan = await _s.NewUserAsync(admin, "dan");
        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:user/dan"},"Action":"sts:AssumeRole"}]}""";
        await _s.Ok("iam", admin, ("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "direct"), ("AssumeRolePolicyDocument", trust));
        var session = await _s.AssumeAsync(dan, $"arn:aws:iam::{accountId}:role/direct");
        Assert.StartsWith("ASIA", session.AccessKeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_may_not_assume_roles()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        var rootKey = await _s.Ok("iam", server.Admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("DelegateAccount", accountId));
        Assert.Null(rootKey.Value("UserName"));
        var root = new SigningCredentials(rootKey.Value("AccessKeyId")!, rootKey.Value("SecretAccessKey")!, null);
        var who = await _s.Ok("sts", root, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"arn:aws:iam::{accountId}:root", who.Value("Arn"));
        Assert.Equal(accountId, who.Value("UserId"));
        var reply = await _s.Client.CallAsync("sts", root, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"));
        Assert.Equal("AccessDenied", reply.ErrorCode);
        Assert.Equal("Roles may not be assumed by root accounts.", reply.Value("Message"));
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task Duration_and_session_name_are_checked()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        var tooLong = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s1"), ("DurationSeconds", "7200"));
        Assert.Equal("ValidationError", tooLong.ErrorCode);
        Assert.Equal("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", tooLong.Value("Message"));
        var tooShort = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s1"), ("DurationSeconds", "899"));
        Assert.Equal("1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900", tooShort.Value("Message"));
        var badName = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "bad name"));
        Assert.Equal("ValidationError", badName.ErrorCode);
        var ok = await _s.Ok("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s1"), ("DurationSeconds", "900"));
        var expiration = DateTimeOffset.Parse(ok.Value("Expiration")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(880), TimeSpan.FromSeconds(901));
    }

    [Fact]
    public async Task Role_chaining_is_capped_at_one_hour()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        await _s.Ok("iam", admin, ("Action", "PutRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyName", "chain"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}"""));
        var session = await _s.AssumeAsync(admin, roleArn);
        var chained = await _s.Client.CallAsync("sts", session, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s2"), ("DurationSeconds", "3601"));
        Assert.Equal("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.", chained.Value("Message"));
        await _s.Ok("sts", session, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s2"));
    }

    [Fact]
    public async Task A_session_policy_caps_what_the_role_grants()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        const string DescribeOnly = """
            { "Version": "2012-10-17",
              "Statement": [ { "Effect": "Allow", "Action": "ec2:DescribeKeyPairs", "Resource": "*" } ] }
            """;
        var reply = await _s.Ok("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "capped"), ("Policy", DescribeOnly));
        Assert.Equal("6", reply.Value("PackedPolicySize")); // 104 characters without whitespace, of 2,048
        var capped = new Ironbark.Protocol.Signing.SigningCredentials(reply.Value("AccessKeyId")!, reply.Value("SecretAccessKey")!, reply.Value("SessionToken"));

        await _s.Ok("ec2", capped, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        var create = await _s.Client.CallAsync("ec2", capped, ("Action", "CreateKeyPair"), ("Version", "2016-11-15"), ("KeyName", "k"));
        Assert.Equal("UnauthorizedOperation", create.ErrorCode);
        Assert.Contains("because no session policy allows the ec2:CreateKeyPair action", create.Value("Message"), StringComparison.Ordinal);

        // A session policy cannot grant what the role does not have.
        const string Everything = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
        var broad = await _s.Ok("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "broad"), ("Policy", Everything));
        var broadCredentials = new Ironbark.Protocol.Signing.SigningCredentials(broad.Value("AccessKeyId")!, broad.Value("SecretAccessKey")!, broad.Value("SessionToken"));
        var iam = await _s.Client.CallAsync("iam", broadCredentials, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal("AccessDenied", iam.ErrorCode);

        // An explicit deny in the session policy is named as such.
        const string DenyDescribe = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"},{"Effect":"Deny","Action":"ec2:DescribeKeyPairs","Resource":"*"}]}""";
        var denying = await _s.Ok("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "denying"), ("Policy", DenyDescribe));
        var denyingCredentials = new Ironbark.Protocol.Signing.SigningCredentials(denying.Value("AccessKeyId")!, denying.Value("SecretAccessKey")!, denying.Value("SessionToken"));
        var described = await _s.Client.CallAsync("ec2", denyingCredentials, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        Assert.Contains("with an explicit deny in a session policy", described.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_or_oversized_session_policies_are_refused()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        var malformed = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"), ("Policy", "{\"Version\":"));
        Assert.Equal("MalformedPolicyDocument", malformed.ErrorCode);
        var withPrincipal = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"), ("Policy", Scenario.TrustAccount(accountId)));
        Assert.Equal("MalformedPolicyDocument", withPrincipal.ErrorCode);
        var huge = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"), ("Policy", new string(' ', 2049)));
        Assert.Equal("ValidationError", huge.ErrorCode);
        Assert.EndsWith("Member must have length less than or equal to 2048", huge.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessionToken_credentials_act_as_the_user_without_iam()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        var erin = await _s.NewUserAsync(admin, "erin", Scenario.AllowKeyPairs);
        var reply = await _s.Ok("sts", erin, ("Action", "GetSessionToken"), ("Version", "2011-06-15"));
        var expiration = DateTimeOffset.Parse(reply.Value("Expiration")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration - DateTimeOffset.UtcNow, TimeSpan.FromHours(11.9), TimeSpan.FromHours(12));
        var session = new SigningCredentials(reply.Value("AccessKeyId")!, reply.Value("SecretAccessKey")!, reply.Value("SessionToken"));

        var who = await _s.Ok("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"arn:aws:iam::{accountId}:user/erin", who.Value("Arn"));
        await _s.Ok("ec2", session, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        var iam = await _s.Client.CallAsync("iam", session, ("Action", "GetUser"), ("Version", "2010-05-08"));
        Assert.Equal("AccessDenied", iam.ErrorCode);
        var again = await _s.Client.CallAsync("sts", session, ("Action", "GetSessionToken"), ("Version", "2011-06-15"));
        Assert.Equal("Cannot call GetSessionToken with session credentials", again.Value("Message"));
        var tooLong = await _s.Client.CallAsync("sts", erin, ("Action", "GetSessionToken"), ("Version", "2011-06-15"), ("DurationSeconds", "129601"));
        Assert.Equal("ValidationError", tooLong.ErrorCode);

        // Deleting the user ends its sessions.
        await _s.Ok("iam", admin, ("Action", "DeleteUserPolicy"), ("Version", "2010-05-08"), ("UserName", "erin"), ("PolicyName", "p"));
        await _s.Ok("iam", admin, ("Action", "DeleteAccessKey"), ("Version", "2010-05-08"), ("UserName", "erin"), ("AccessKeyId", erin.AccessKeyId));
        await _s.Ok("iam", admin, ("Action", "DeleteUser"), ("Version", "2010-05-08"), ("UserName", "erin"));
        var gone = await _s.Client.CallAsync("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal("InvalidClientTokenId", gone.ErrorCode);
        Assert.NotNull(roleArn);
    }

    [Fact]
    public async Task Root_session_tokens_last_at_most_an_hour()
    {
        var (accountId, _) = await _s.NewAccountAsync();
        var rootKey = await _s.Ok("iam", server.Admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("DelegateAccount", accountId));
        var root = new SigningCredentials(rootKey.Value("AccessKeyId")!, rootKey.Value("SecretAccessKey")!, null);
        var reply = await _s.Ok("sts", root, ("Action", "GetSessionToken"), ("Version", "2011-06-15"), ("DurationSeconds", "7200"));
        var expiration = DateTimeOffset.Parse(reply.Value("Expiration")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        var session = new SigningCredentials(reply.Value("AccessKeyId")!, reply.Value("SecretAccessKey")!, reply.Value("SessionToken"));
        var who = await _s.Ok("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"arn:aws:iam::{accountId}:root", who.Value("Arn"));
    }

    [Fact]
    public async Task Federated_users_hold_only_what_their_session_policy_allows()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var fred = await _s.NewUserAsync(admin, "fred", Scenario.AllowKeyPairs);
        var bare = await _s.Ok("sts", fred, ("Action", "GetFederationToken"), ("Version", "2011-06-15"), ("Name", "visitor"));
        Assert.Equal($"arn:aws:sts::{accountId}:federated-user/visitor", bare.Value("Arn"));
        Assert.Equal($"{accountId}:visitor", bare.Value("FederatedUserId"));
        var bareSession = new SigningCredentials(bare.Value("AccessKeyId")!, bare.Value("SecretAccessKey")!, bare.Value("SessionToken"));
        var who = await _s.Ok("sts", bareSession, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"{accountId}:visitor", who.Value("UserId"));
        var nothing = await _s.Client.CallAsync("ec2", bareSession, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        Assert.Contains("because no session policy allows the ec2:DescribeKeyPairs action", nothing.Value("Message"), StringComparison.Ordinal);

        var scoped = await _s.Ok("sts", fred, ("Action", "GetFederationToken"), ("Version", "2011-06-15"), ("Name", "visitor"),
            ("Policy", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeKeyPairs","iam:*"],"Resource":"*"}]}"""));
        var session = new SigningCredentials(scoped.Value("AccessKeyId")!, scoped.Value("SecretAccessKey")!, scoped.Value("SessionToken"));
        await _s.Ok("ec2", session, ("Action", "DescribeKeyPairs"), ("Version", "2016-11-15"));
        var create = await _s.Client.CallAsync("ec2", session, ("Action", "CreateKeyPair"), ("Version", "2016-11-15"), ("KeyName", "k"));
        Assert.Equal("UnauthorizedOperation", create.ErrorCode);
        var iam = await _s.Client.CallAsync("iam", session, ("Action", "ListUsers"), ("Version", "2010-05-08"));
        Assert.Equal("AccessDenied", iam.ErrorCode);
        var assume = await _s.Client.CallAsync("sts", session, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", $"arn:aws:iam::{accountId}:role/x"), ("RoleSessionName", "s0"));
        Assert.Equal("Cannot call AssumeRole with session credentials", assume.Value("Message"));
        var badName = await _s.Client.CallAsync("sts", fred, ("Action", "GetFederationToken"), ("Version", "2011-06-15"), ("Name", "x"));
        Assert.Equal("ValidationError", badName.ErrorCode);
    }

    [Fact]
    public async Task Unknown_role_is_reported_as_access_denied()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var reply = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", $"arn:aws:iam::{accountId}:role/none"), ("RoleSessionName", "s0"));
        Assert.Equal("AccessDenied", reply.ErrorCode);
    }

    [Fact]
    public async Task Tampered_session_token_is_refused()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        var session = await _s.AssumeAsync(admin, roleArn);
        var token = session.SessionToken!.ToCharArray();
        token[40] = token[40] == 'A' ? 'B' : 'A';
        var reply = await _s.Client.CallAsync("sts", session with { SessionToken = new string(token) }, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal("InvalidClientTokenId", reply.ErrorCode);
        var missing = await _s.Client.CallAsync("sts", session with { SessionToken = null }, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal("InvalidClientTokenId", missing.ErrorCode);
    }

    [Fact]
    public async Task Deleting_and_recreating_the_role_ends_its_sessions()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        await _s.Ok("iam", admin, ("Action", "UpdateAssumeRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyDocument", Scenario.TrustAccount(accountId)));
        var session = await _s.AssumeAsync(admin, roleArn);
        await _s.Ok("iam", admin, ("Action", "DeleteRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("PolicyName", "keys"));
        await _s.Ok("iam", admin, ("Action", "DeleteRole"), ("Version", "2010-05-08"), ("RoleName", "keys"));
        await _s.Ok("iam", admin, ("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "keys"), ("AssumeRolePolicyDocument", Scenario.TrustAccount(accountId)));
        var reply = await _s.Client.CallAsync("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal("InvalidClientTokenId", reply.ErrorCode);
    }

    [Fact]
    public async Task Unsupported_session_parameters_are_NotImplemented_not_ignored()
    {
        var (accountId, admin, roleArn) = await RoleAsync(Scenario.TrustAccount("000000000000"));
        var reply = await _s.Client.CallAsync("sts", admin, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", "s0"), ("PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Assert.Equal(HttpStatusCode.NotImplemented, reply.Status);
        Assert.Equal("NotImplemented", reply.ErrorCode);
        Assert.NotNull(accountId);
    }
}
