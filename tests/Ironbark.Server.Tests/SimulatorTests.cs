using System.Xml.Linq;

namespace Ironbark.Server.Tests;

/// <summary>IAM's policy simulator through the server: decisions, statement positions, context keys and paging.</summary>
public sealed class SimulatorTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Iam = "2010-05-08";

    // AWS's own CLI example: the statement's braces sit at columns 37 and 166, reported as 38 and 167.
    private const string DatedPolicy = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}""";

    private readonly Scenario _s = new(server);

    private static IEnumerable<XElement> Members(AwsClient.Reply reply) =>
        reply.Xml.Descendants().Single(e => e.Name.LocalName == "EvaluationResults").Elements();

    private static string Child(XElement element, string name) => element.Descendants().First(e => e.Name.LocalName == name).Value;

    [Fact]
    public async Task Custom_policy_decides_with_aws_positions_and_typed_context()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var allowed = await _s.Ok("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", DatedPolicy), ("ActionNames.member.1", "dynamodb:CreateBackup"),
            ("ContextEntries.member.1.ContextKeyName", "aws:CurrentTime"), ("ContextEntries.member.1.ContextKeyValues.member.1", "2019-04-25T11:00:00Z"),
            ("ContextEntries.member.1.ContextKeyType", "date"));
        var result = Assert.Single(Members(allowed));
        Assert.Equal("dynamodb:CreateBackup", Child(result, "EvalActionName"));
        Assert.Equal("*", Child(result, "EvalResourceName"));
        Assert.Equal("allowed", Child(result, "EvalDecision"));
        Assert.Equal("PolicyInputList.1", Child(result, "SourcePolicyId"));
        var start = result.Descendants().First(e => e.Name.LocalName == "StartPosition");
        var end = result.Descendants().First(e => e.Name.LocalName == "EndPosition");
        Assert.Equal(("1", "38"), (Child(start, "Line"), Child(start, "Column")));
        Assert.Equal(("1", "167"), (Child(end, "Line"), Child(end, "Column")));

        var early = await _s.Ok("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", DatedPolicy), ("ActionNames.member.1", "dynamodb:CreateBackup"),
            ("ContextEntries.member.1.ContextKeyName", "aws:CurrentTime"), ("ContextEntries.member.1.ContextKeyValues.member.1", "2014-04-25T11:00:00Z"),
            ("ContextEntries.member.1.ContextKeyType", "date"));
        Assert.Equal("implicitDeny", Child(Assert.Single(Members(early)), "EvalDecision"));

        var missing = await _s.Ok("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", DatedPolicy), ("ActionNames.member.1", "dynamodb:CreateBackup"));
        var unknown = Assert.Single(Members(missing));
        Assert.Equal("implicitDeny", Child(unknown, "EvalDecision"));
        Assert.Equal(["aws:CurrentTime"], unknown.Descendants().Single(e => e.Name.LocalName == "MissingContextValues").Elements().Select(e => e.Value));
    }

    [Fact]
    public async Task Deny_boundaries_and_paging()
    {
        var (_, admin) = await _s.NewAccountAsync();
        const string policy = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"ec2:*","Resource":"*"},
              {"Sid":"NoDelete","Effect":"Deny","Action":"ec2:DeleteKeyPair","Resource":"*"}]}
            """;
        const string boundary = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}""";
        var first = await _s.Ok("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", policy), ("PermissionsBoundaryPolicyInputList.member.1", boundary),
            ("ActionNames.member.1", "ec2:DescribeKeyPairs"), ("ActionNames.member.2", "ec2:CreateKeyPair"), ("ActionNames.member.3", "ec2:DeleteKeyPair"),
            ("MaxItems", "2"));
        Assert.Equal(["allowed", "implicitDeny"], Members(first).Select(m => Child(m, "EvalDecision")));
        Assert.Equal("true", first.Value("IsTruncated"));

        var rest = await _s.Ok("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", policy), ("PermissionsBoundaryPolicyInputList.member.1", boundary),
            ("ActionNames.member.1", "ec2:DescribeKeyPairs"), ("ActionNames.member.2", "ec2:CreateKeyPair"), ("ActionNames.member.3", "ec2:DeleteKeyPair"),
            ("Marker", first.Value("Marker")!));
        var deny = Assert.Single(Members(rest));
        Assert.Equal("explicitDeny", Child(deny, "EvalDecision"));
        var start = deny.Descendants().First(e => e.Name.LocalName == "StartPosition");
        Assert.Equal(("3", "4"), (Child(start, "Line"), Child(start, "Column")));
        Assert.Equal("false", rest.Value("IsTruncated"));
    }

    [Fact]
    public async Task Principal_policy_reads_the_users_and_groups_policies()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        await _s.NewUserAsync(admin, "alice", """{"Version":"2012-10-17","Statement":[{"Sid":"Keys","Effect":"Allow","Action":"ec2:DescribeKeyPairs","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}""");
        await _s.Ok("iam", admin, ("Action", "CreateGroup"), ("Version", Iam), ("GroupName", "ops"));
        await _s.Ok("iam", admin, ("Action", "AddUserToGroup"), ("Version", Iam), ("GroupName", "ops"), ("UserName", "alice"));
        await _s.Ok("iam", admin, ("Action", "PutGroupPolicy"), ("Version", Iam), ("GroupName", "ops"), ("PolicyName", "no-create"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:CreateKeyPair","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"""));
        var alice = $"arn:aws:iam::{accountId}:user/alice";
        // Scenario.NewUserAsync stores the user's policy under the name "p".

        var reply = await _s.Ok("iam", admin, ("Action", "SimulatePrincipalPolicy"), ("Version", Iam), ("PolicySourceArn", alice),
            ("ActionNames.member.1", "ec2:DescribeKeyPairs"), ("ActionNames.member.2", "ec2:CreateKeyPair"),
            ("ContextEntries.member.1.ContextKeyName", "aws:SecureTransport"), ("ContextEntries.member.1.ContextKeyValues.member.1", "true"),
            ("ContextEntries.member.1.ContextKeyType", "boolean"),
            ("ContextEntries.member.2.ContextKeyName", "aws:RequestedRegion"), ("ContextEntries.member.2.ContextKeyValues.member.1", "eu-west-1"),
            ("ContextEntries.member.2.ContextKeyType", "string"));
        var results = Members(reply).ToList();
        Assert.Equal(["allowed", "explicitDeny"], results.Select(m => Child(m, "EvalDecision")));
        Assert.Equal(("p", "user"), (Child(results[0], "SourcePolicyId"), Child(results[0], "SourcePolicyType")));
        Assert.Equal(("no-create", "group"), (Child(results[1], "SourcePolicyId"), Child(results[1], "SourcePolicyType")));

        var keys = await _s.Ok("iam", admin, ("Action", "GetContextKeysForPrincipalPolicy"), ("Version", Iam), ("PolicySourceArn", alice));
        Assert.Equal(["aws:SecureTransport", "aws:RequestedRegion"], keys.Xml.Descendants().Single(e => e.Name.LocalName == "ContextKeyNames").Elements().Select(e => e.Value));
        var custom = await _s.Ok("iam", admin, ("Action", "GetContextKeysForCustomPolicy"), ("Version", Iam), ("PolicyInputList.member.1", DatedPolicy));
        Assert.Equal(["aws:CurrentTime"], custom.Values("member"));
    }

    [Fact]
    public async Task Refusals_are_aws_errors()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var broken = await _s.Client.CallAsync("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", "{not json"), ("ActionNames.member.1", "ec2:DescribeKeyPairs"));
        Assert.Equal(("InvalidInput", System.Net.HttpStatusCode.BadRequest), (broken.ErrorCode, broken.Status));

        var badType = await _s.Client.CallAsync("iam", admin, ("Action", "SimulateCustomPolicy"), ("Version", Iam),
            ("PolicyInputList.member.1", DatedPolicy), ("ActionNames.member.1", "ec2:DescribeKeyPairs"),
            ("ContextEntries.member.1.ContextKeyName", "aws:MultiFactorAuthAge"), ("ContextEntries.member.1.ContextKeyValues.member.1", "soon"),
            ("ContextEntries.member.1.ContextKeyType", "numeric"));
        Assert.Equal("InvalidInput", badType.ErrorCode);

        var nobody = await _s.NewUserAsync(admin, "nobody");
        var denied = await _s.Client.CallAsync("iam", nobody, ("Action", "SimulatePrincipalPolicy"), ("Version", Iam),
            ("PolicySourceArn", $"arn:aws:iam::{accountId}:user/nobody"), ("ActionNames.member.1", "ec2:DescribeKeyPairs"));
        Assert.Equal("AccessDenied", denied.ErrorCode);
        Assert.Equal(
            $"User: arn:aws:iam::{accountId}:user/nobody is not authorized to perform: iam:SimulatePrincipalPolicy on resource: arn:aws:iam::{accountId}:user/nobody because no identity-based policy allows the iam:SimulatePrincipalPolicy action",
            denied.Value("Message"));
    }
}
