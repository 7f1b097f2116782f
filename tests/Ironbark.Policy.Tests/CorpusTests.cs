using System.Text.Json;

namespace Ironbark.Policy.Tests;

/// <summary>
/// Runs every case of <c>corpus/*.json</c>. A case lists identity policies, an optional resource
/// policy, the request and the expected decision; adding a case needs no code.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string CorpusDirectory = Path.Combine(AppContext.BaseDirectory, "corpus");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var testCase in document.RootElement.GetProperty("cases").EnumerateArray())
            {
                var name = testCase.GetProperty("name").GetString()!;
                if (!names.Add(name))
                {
                    throw new InvalidOperationException("Duplicate corpus case name: " + name);
                }

                data.Add(Path.GetFileName(file), name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_reaches_the_expected_decision(string file, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDirectory, file)));
        var testCase = document.RootElement.GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);

        var identityPolicies = testCase.GetProperty("identityPolicies").EnumerateArray()
            .Select(p => new LabelledPolicy(p.GetProperty("label").GetString()!, PolicyDocument.Parse(p.GetProperty("document").GetRawText(), PolicyKind.Identity)))
            .ToList();

        LabelledPolicy? resourcePolicy = null;
        string? resourceAccount = null;
        if (testCase.TryGetProperty("resourcePolicy", out var resource))
        {
            var kind = Enum.Parse<PolicyKind>(resource.GetProperty("kind").GetString()!);
            resourcePolicy = new LabelledPolicy(resource.GetProperty("label").GetString()!, PolicyDocument.Parse(resource.GetProperty("document").GetRawText(), kind));
            resourceAccount = resource.GetProperty("accountId").GetString();
        }

        var request = testCase.GetProperty("request");
        if (request.TryGetProperty("resourceAccountId", out var account))
        {
            resourceAccount = account.GetString();
        }

        var context = new RequestContext(
            request.GetProperty("action").GetString()!,
            request.GetProperty("resource").GetString()!,
            ReadPrincipal(request.GetProperty("principal")),
            ReadContextKeys(request));

        IReadOnlyList<LabelledPolicy>? sessionPolicies = testCase.TryGetProperty("sessionPolicies", out var sessions)
            ? sessions.EnumerateArray()
                .Select(p => new LabelledPolicy(p.GetProperty("label").GetString()!, PolicyDocument.Parse(p.GetProperty("document").GetRawText(), PolicyKind.Identity)))
                .ToList()
            : null;
        var decision = AccessDecider.Decide(new AccessRequest(context, identityPolicies, resourcePolicy, resourceAccount, sessionPolicies));

        var expect = testCase.GetProperty("expect");
        Assert.Equal(Enum.Parse<DecisionKind>(expect.GetProperty("decision").GetString()!), decision.Kind);
        Assert.Equal(decision.Kind == DecisionKind.Allow, decision.Allowed);
        if (expect.TryGetProperty("statements", out var statements))
        {
            var expected = statements.EnumerateArray().Select(s => s.GetString()!).ToList();
            var actual = decision.DecidingStatements.Select(s => s.PolicyLabel + "#" + s.StatementIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(expected, actual);
        }
    }

    private static PrincipalInfo ReadPrincipal(JsonElement principal)
    {
        switch (principal.GetProperty("type").GetString())
        {
            case "user":
                var userArn = principal.GetProperty("arn").GetString()!;
                return PrincipalInfo.ForUser(userArn.Split(':')[4], userArn);
            case "role-session":
                var sessionArn = principal.GetProperty("sessionArn").GetString()!;
                return PrincipalInfo.ForRoleSession(sessionArn.Split(':')[4], principal.GetProperty("roleArn").GetString()!, sessionArn);
            case "root":
                return PrincipalInfo.ForAccountRoot(principal.GetProperty("accountId").GetString()!);
            default:
                throw new InvalidOperationException("Unknown principal type: " + principal);
        }
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadContextKeys(JsonElement request)
    {
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (request.TryGetProperty("context", out var context))
        {
            foreach (var property in context.EnumerateObject())
            {
                keys[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                    ? [.. property.Value.EnumerateArray().Select(v => v.GetString()!)]
                    : [property.Value.GetString()!];
            }
        }

        return keys;
    }
}
