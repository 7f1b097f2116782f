using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Ironbark.Policy;

namespace Ironbark.Benchmarks;

/// <summary>
/// Evaluation cost by policy size, with the one matching statement last so every statement is tried.
/// Not sealed: BenchmarkDotNet generates a subclass.
/// </summary>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private const string Account = "111122223333";

    private PolicyDocument _policy = null!;
    private PolicyDocument _conditionPolicy = null!;
    private RequestContext _context = null!;
    private AccessRequest _assumeRole = null!;

    [Params(1, 10, 100, 1000)]
    public int Statements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = PolicyDocument.Parse(Build(Statements, matching: """{"Effect":"Allow","Action":["ec2:CreateKeyPair","ec2:DescribeKeyPairs"],"Resource":"*"}"""), PolicyKind.Identity);
        _conditionPolicy = PolicyDocument.Parse(
            Build(Statements, matching: """{"Effect":"Allow","Action":"ec2:*KeyPair*","Resource":"arn:aws:ec2:*:111122223333:key-pair/${aws:username}-*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"StringEquals":{"aws:RequestedRegion":["us-east-1","eu-west-1"]}}}"""),
            PolicyKind.Identity);

        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:username"] = ["alice"],
            ["aws:SourceIp"] = ["10.1.2.3"],
            ["aws:RequestedRegion"] = ["eu-west-1"],
        };
        var alice = PrincipalInfo.ForUser(Account, "arn:aws:iam::111122223333:user/alice");
        _context = new RequestContext("ec2:DescribeKeyPairs", "arn:aws:ec2:eu-west-1:111122223333:key-pair/alice-1", alice, keys);

        var trust = PolicyDocument.Parse("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust);
        var roleArn = "arn:aws:iam::111122223333:role/devops";
        _assumeRole = new AccessRequest(
            new RequestContext("sts:AssumeRole", roleArn, alice, keys),
            [new LabelledPolicy("group/Key-Managers/inline/p", PolicyDocument.Parse(Build(Statements, matching: """{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/devops"}"""), PolicyKind.Identity))],
            new LabelledPolicy("role/devops/trust", trust),
            Account);
    }

    [Benchmark(Baseline = true)]
    public PolicyEvaluation Evaluate() => PolicyEvaluator.Evaluate(_policy, _context);

    [Benchmark]
    public PolicyEvaluation EvaluateWithConditionsAndVariables() => PolicyEvaluator.Evaluate(_conditionPolicy, _context);

    [Benchmark]
    public AccessDecision DecideAssumeRole() => AccessDecider.Decide(_assumeRole);

    // Statements that do not match the request precede the matching one: other services, other actions
    // of the same service, and resources of another account.
    private static string Build(int count, string matching)
    {
        var json = new StringBuilder("""{"Version":"2012-10-17","Statement":[""");
        for (var i = 0; i < count - 1; i++)
        {
            var filler = (i % 3) switch
            {
                0 => """{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::bucket-N/*"}""",
                1 => """{"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"*"}""",
                _ => """{"Effect":"Allow","Action":"ec2:Describe*","Resource":"arn:aws:ec2:*:444455556666:key-pair/N"}""",
            };
            json.Append(filler.Replace("N", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append(',');
        }

        return json.Append(matching).Append("]}").ToString();
    }
}
