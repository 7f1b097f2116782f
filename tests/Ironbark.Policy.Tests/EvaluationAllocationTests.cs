namespace Ironbark.Policy.Tests;

/// <summary>Keeps the promise of DESIGN §5: once compiled, evaluating a policy allocates nothing.</summary>
public sealed class EvaluationAllocationTests
{
    [Fact]
    public void Evaluating_a_compiled_policy_allocates_nothing()
    {
        var policy = PolicyDocument.Parse(
            """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"*"},
              {"Effect":"Allow","NotAction":"iam:*","NotResource":"arn:aws:s3:::secret/*"},
              {"Effect":"Allow","Action":["ec2:Describe*","ec2:*KeyPair"],"Resource":"arn:aws:ec2:*:111122223333:key-pair/${aws:username}-*",
               "Condition":{"StringLike":{"aws:RequestedRegion":"eu-*"},"ForAnyValue:StringEquals":{"aws:TagKeys":["team"]},"Bool":{"aws:SecureTransport":"true"},
                            "NumericLessThan":{"s3:max-keys":"100"},"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"},"Null":{"aws:TokenIssueTime":"true"}}}
            ]}
            """,
            PolicyKind.Identity);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:username"] = ["alice"],
            ["aws:RequestedRegion"] = ["eu-west-1"],
            ["aws:TagKeys"] = ["cost", "team"],
            ["aws:SecureTransport"] = ["true"],
            ["s3:max-keys"] = ["10"],
            ["aws:CurrentTime"] = ["2024-06-01T12:00:00Z"],
        };
        var context = new RequestContext("ec2:DeleteKeyPair", "arn:aws:ec2:eu-west-1:111122223333:key-pair/alice-1", PrincipalInfo.ForUser("111122223333", "arn:aws:iam::111122223333:user/alice"), keys);

        var warm = PolicyEvaluator.Evaluate(policy, context);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            warm = PolicyEvaluator.Evaluate(policy, context);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(PolicyEffect.Allow, warm.Effect);
        Assert.Equal(1, warm.StatementIndex);
        Assert.Equal(0, allocated);
    }
}
