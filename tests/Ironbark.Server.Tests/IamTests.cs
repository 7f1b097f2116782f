using System.Net;

namespace Ironbark.Server.Tests;

/// <summary>IAM actions: validation, AWS's errors and texts, authorization.</summary>
public sealed class IamTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly Scenario _s = new(server);

    [Fact]
    public async Task Users_are_unique_without_regard_to_case()
    {
        var (_, admin) = await _s.NewAccountAsync();
        await _s.Ok("iam", admin, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "Alice"));
        var again = await _s.Client.CallAsync("iam", admin, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "alice"));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("EntityAlreadyExists", again.ErrorCode);
        Assert.Equal("User with name alice already exists.", again.Value("Message"));
    }

    [Fact]
    public async Task Invalid_and_missing_names_are_ValidationError()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var bad = await _s.Client.CallAsync("iam", admin, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "no spaces"));
        Assert.Equal("ValidationError", bad.ErrorCode);
        Assert.Equal(@"1 validation error detected: Value 'no spaces' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+", bad.Value("Message"));
        var missing = await _s.Client.CallAsync("iam", admin, ("Action", "CreateGroup"), ("Version", "2010-05-08"));
        Assert.Equal("1 validation error detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null", missing.Value("Message"));
        var tooLong = await _s.Client.CallAsync("iam", admin, ("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", new string('r', 65)), ("AssumeRolePolicyDocument", Scenario.TrustAccount("123456789012")));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.EndsWith("Member must have length less than or equal to 64", tooLong.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_entities_are_NoSuchEntity_with_aws_text()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var user = await _s.Client.CallAsync("iam", admin, ("Action", "GetUser"), ("Version", "2010-05-08"), ("UserName", "ghost"));
        Assert.Equal(HttpStatusCode.NotFound, user.Status);
        Assert.Equal("The user with name ghost cannot be found.", user.Value("Message"));
        var role = await _s.Client.CallAsync("iam", admin, ("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "ghost"));
        Assert.Equal("The role with name ghost cannot be found.", role.Value("Message"));
        var policy = await _s.Client.CallAsync("iam", admin, ("Action", "GetUserPolicy"), ("Version", "2010-05-08"), ("UserName", "admin"), ("PolicyName", "ghost"));
        Assert.Equal("The user policy with name ghost cannot be found.", policy.Value("Message"));
    }

    [Fact]
    public async Task Malformed_policy_json_is_MalformedPolicyDocument()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Client.CallAsync("iam", admin, ("Action", "PutUserPolicy"), ("Version", "2010-05-08"), ("UserName", "admin"), ("PolicyName", "x"), ("PolicyDocument", "{\"Version\":"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("MalformedPolicyDocument", reply.ErrorCode);
        Assert.StartsWith("Syntax errors in policy.", reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typographic_quotes_are_refused_with_their_position()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Client.CallAsync("iam", admin, ("Action", "PutUserPolicy"), ("Version", "2010-05-08"), ("UserName", "admin"), ("PolicyName", "x"),
            ("PolicyDocument", "{ \u201cVersion\u201d: \u201c2012-10-17\u201d }"));
        Assert.Equal("MalformedPolicyDocument", reply.ErrorCode);
        Assert.Contains("U+201C", reply.Value("Message"), StringComparison.Ordinal);
        Assert.Contains("line 1, column 3", reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_documents_are_returned_url_encoded()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Ok("iam", admin, ("Action", "GetUserPolicy"), ("Version", "2010-05-08"), ("UserName", "admin"), ("PolicyName", "AdministratorAccess"));
        Assert.StartsWith("%7B%22Version%22", reply.Value("PolicyDocument"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_policies_is_denied_with_aws_text()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var bob = await _s.NewUserAsync(admin, "bob");
        var reply = await _s.Client.CallAsync("iam", bob, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "eve"));
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("AccessDenied", reply.ErrorCode);
        Assert.Equal($"User: arn:aws:iam::{accountId}:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::{accountId}:user/eve because no identity-based policy allows the iam:CreateUser action", reply.Value("Message"));
    }

    [Fact]
    public async Task An_explicit_deny_in_a_group_beats_an_allow()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var bob = await _s.NewUserAsync(admin, "bob", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}""");
        await _s.Ok("iam", admin, ("Action", "CreateGroup"), ("Version", "2010-05-08"), ("GroupName", "NoUsers"));
        await _s.Ok("iam", admin, ("Action", "AddUserToGroup"), ("Version", "2010-05-08"), ("GroupName", "NoUsers"), ("UserName", "bob"));
        await _s.Ok("iam", admin, ("Action", "PutGroupPolicy"), ("Version", "2010-05-08"), ("GroupName", "NoUsers"), ("PolicyName", "deny"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}"""));
        var denied = await _s.Client.CallAsync("iam", bob, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "eve"));
        Assert.Equal($"User: arn:aws:iam::{accountId}:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::{accountId}:user/eve with an explicit deny in an identity-based policy", denied.Value("Message"));
        await _s.Ok("iam", bob, ("Action", "CreateGroup"), ("Version", "2010-05-08"), ("GroupName", "Others"));
    }

    [Fact]
    public async Task Deleting_a_user_with_keys_is_DeleteConflict()
    {
        var (_, admin) = await _s.NewAccountAsync();
        await _s.NewUserAsync(admin, "carol");
        var reply = await _s.Client.CallAsync("iam", admin, ("Action", "DeleteUser"), ("Version", "2010-05-08"), ("UserName", "carol"));
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Cannot delete entity, must delete access keys first.", reply.Value("Message"));
    }

    [Fact]
    public async Task Access_keys_are_limited_listed_disabled_and_deleted()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var dave = await _s.NewUserAsync(admin, "dave");
        await _s.Ok("iam", admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("UserName", "dave"));
        var third = await _s.Client.CallAsync("iam", admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("UserName", "dave"));
        Assert.Equal("LimitExceeded", third.ErrorCode);
        Assert.Equal("Cannot exceed quota for AccessKeysPerUser: 2", third.Value("Message"));
        var listed = await _s.Ok("iam", admin, ("Action", "ListAccessKeys"), ("Version", "2010-05-08"), ("UserName", "dave"));
        Assert.Equal(2, listed.Values("AccessKeyId").Count());
        Assert.Null(listed.Value("SecretAccessKey"));

        await _s.Ok("iam", admin, ("Action", "UpdateAccessKey"), ("Version", "2010-05-08"), ("UserName", "dave"), ("AccessKeyId", dave.AccessKeyId), ("Status", "Inactive"));
        var disabled = await _s.Client.CallAsync("sts", dave, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal("InvalidClientTokenId", disabled.ErrorCode);
        await _s.Ok("iam", admin, ("Action", "DeleteAccessKey"), ("Version", "2010-05-08"), ("UserName", "dave"), ("AccessKeyId", dave.AccessKeyId));
        var gone = await _s.Client.CallAsync("iam", admin, ("Action", "DeleteAccessKey"), ("Version", "2010-05-08"), ("UserName", "dave"), ("AccessKeyId", dave.AccessKeyId));
        Assert.Equal($"The Access Key with id {dave.AccessKeyId} cannot be found.", gone.Value("Message"));
    }

    [Fact]
    public async Task Lists_page_with_marker()
    {
        var (_, admin) = await _s.NewAccountAsync();
        foreach (var name in new[] { "g1", "g2", "g3" })
        {
            await _s.Ok("iam", admin, ("Action", "CreateGroup"), ("Version", "2010-05-08"), ("GroupName", name));
        }

        var first = await _s.Ok("iam", admin, ("Action", "ListGroups"), ("Version", "2010-05-08"), ("MaxItems", "2"));
        Assert.Equal(["g1", "g2"], first.Values("GroupName"));
        Assert.Equal("true", first.Value("IsTruncated"));
        var second = await _s.Ok("iam", admin, ("Action", "ListGroups"), ("Version", "2010-05-08"), ("MaxItems", "2"), ("Marker", first.Value("Marker")!));
        Assert.Equal(["g3"], second.Values("GroupName"));
        Assert.Equal("false", second.Value("IsTruncated"));
    }

    [Fact]
    public async Task Only_the_cloud_administrator_manages_accounts()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Client.CallAsync("iam", admin, ("Action", "CreateAccount"), ("Version", "2010-05-08"), ("AccountName", "sneaky"));
        Assert.Equal("AccessDenied", reply.ErrorCode);
        var delegated = await _s.Client.CallAsync("iam", admin, ("Action", "ListUsers"), ("Version", "2010-05-08"), ("DelegateAccount", server.AdminAccountId));
        Assert.Equal("AccessDenied", delegated.ErrorCode);
        var listed = await _s.Ok("iam", server.Admin, ("Action", "ListAccounts"), ("Version", "2010-05-08"));
        Assert.Contains("eucalyptus", listed.Values("AccountName"));
    }

    [Fact]
    public async Task Duplicate_and_invalid_account_names_are_refused()
    {
        var dup = await _s.Client.CallAsync("iam", server.Admin, ("Action", "CreateAccount"), ("Version", "2010-05-08"), ("AccountName", "eucalyptus"));
        Assert.Equal("EntityAlreadyExists", dup.ErrorCode);
        var bad = await _s.Client.CallAsync("iam", server.Admin, ("Action", "CreateAccount"), ("Version", "2010-05-08"), ("AccountName", "Bad_Name"));
        Assert.Equal("ValidationError", bad.ErrorCode);
    }

    [Fact]
    public async Task Account_deletion_needs_recursive_when_it_has_resources()
    {
        var name = "gone-" + Guid.NewGuid().ToString("N")[..8];
        var created = await _s.Ok("iam", server.Admin, ("Action", "CreateAccount"), ("Version", "2010-05-08"), ("AccountName", name));
        await _s.Ok("iam", server.Admin, ("Action", "CreateGroup"), ("Version", "2010-05-08"), ("GroupName", "g"), ("DelegateAccount", name));
        var refused = await _s.Client.CallAsync("iam", server.Admin, ("Action", "DeleteAccount"), ("Version", "2010-05-08"), ("AccountName", name));
        Assert.Equal("DeleteConflict", refused.ErrorCode);
        await _s.Ok("iam", server.Admin, ("Action", "DeleteAccount"), ("Version", "2010-05-08"), ("AccountName", name), ("Recursive", "true"));
        var listed = await _s.Ok("iam", server.Admin, ("Action", "ListAccounts"), ("Version", "2010-05-08"));
        Assert.DoesNotContain(created.Value("AccountId"), listed.Values("AccountId"));
    }
}
