namespace Ironbark.Compat.Tests;

/// <summary>IAM's simulator through Debian's AWS CLI v2, with AWS's own documented example and its answer.</summary>
[Collection(ServerCollection.Name)]
public sealed class AwsCliSimulatorTests(ServerFixture server) : IDisposable
{
    private const string DatedPolicy = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}""";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-cli2-sim-");

    [Theory]
    [InlineData("2019-04-25T11:00:00Z", "allowed")]
    [InlineData("2014-04-25T11:00:00Z", "implicitDeny")]
    public async Task Simulate_custom_policy_gives_the_documented_answer(string now, string decision)
    {
        SystemClients.RequireAwsCli();
        var account = await server.CreateAccountAsync("cli-simulator-" + decision.ToLowerInvariant());
        var aws = new AwsCli(server.EndpointUrl, _work.FullName);

        var answer = await aws.JsonAsync(account.Admin, "iam", "simulate-custom-policy",
            "--policy-input-list", DatedPolicy,
            "--action-names", "dynamodb:CreateBackup",
            "--context-entries", $"ContextKeyName='aws:CurrentTime',ContextKeyValues='{now}',ContextKeyType=date");
        var result = Assert.Single(answer.GetProperty("EvaluationResults").EnumerateArray());
        Assert.Equal("dynamodb:CreateBackup", result.GetProperty("EvalActionName").GetString());
        Assert.Equal("*", result.GetProperty("EvalResourceName").GetString());
        Assert.Equal(decision, result.GetProperty("EvalDecision").GetString());
        var matched = result.GetProperty("MatchedStatements").EnumerateArray().ToList();
        if (decision == "allowed")
        {
            var statement = Assert.Single(matched);
            Assert.Equal("PolicyInputList.1", statement.GetProperty("SourcePolicyId").GetString());
            Assert.Equal(38, statement.GetProperty("StartPosition").GetProperty("Column").GetInt32());
            Assert.Equal(167, statement.GetProperty("EndPosition").GetProperty("Column").GetInt32());
        }
        else
        {
            Assert.Empty(matched);
        }

        var broken = await aws.RunAsync(account.Admin, "iam", "simulate-custom-policy", "--policy-input-list", "{not json", "--action-names", "ec2:DescribeKeyPairs");
        Assert.Equal(254, broken.ExitCode);
        Assert.StartsWith("An error occurred (InvalidInput) when calling the SimulateCustomPolicy operation: ", broken.Stderr.Trim(), StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
