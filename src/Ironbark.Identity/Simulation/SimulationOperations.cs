using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Identity.Snapshots;
using Ironbark.Identity.Validation;
using Ironbark.Policy;

namespace Ironbark.Identity.Simulation;

/// <summary>
/// IAM's policy simulator: SimulateCustomPolicy, SimulatePrincipalPolicy and the GetContextKeysFor*
/// pair. Policies come from the request or from a user's or role's stored inline policies; the answer
/// is the engine's own decision, so the simulator cannot disagree with enforcement.
/// </summary>
public sealed class SimulationOperations
{
    private readonly IdentityServices _services;

    public SimulationOperations(IdentityServices services)
    {
        _services = services;
    }

    public Page<EvaluationResult> SimulateCustomPolicy(CallContext call, SimulationInput input, string? marker, int? maxItems)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(input);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:SimulateCustomPolicy", "*"));
        if (input.PolicyInputs.Count == 0)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("Value null at 'policyInputList' failed to satisfy constraint: Member must not be null"));
        }

        var principal = PrincipalOf(input.CallerArn ?? call.Caller.Arn, call.Caller.AccountId);
        return Simulate(Inputs(input.PolicyInputs, "PolicyInputList"), input, principal, marker, maxItems);
    }

    public Page<EvaluationResult> SimulatePrincipalPolicy(CallContext call, string? policySourceArn, SimulationInput input, string? marker, int? maxItems)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(input);
        var source = Validate.Length(Validate.Required(policySourceArn, "policySourceArn"), "policySourceArn", 20, 2048);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:SimulatePrincipalPolicy", source));
        var (stored, principalArn) = StoredPolicies(call.Caller.AccountId, source);
        var policies = stored.Concat(Inputs(input.PolicyInputs, "PolicyInputList")).ToList();
        var principal = PrincipalOf(input.CallerArn ?? principalArn, call.Caller.AccountId);
        return Simulate(policies, input, principal, marker, maxItems);
    }

    public IReadOnlyList<string> GetContextKeysForCustomPolicy(CallContext call, IReadOnlyList<string> policyInputs)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(policyInputs);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:GetContextKeysForCustomPolicy", "*"));
        if (policyInputs.Count == 0)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("Value null at 'policyInputList' failed to satisfy constraint: Member must not be null"));
        }

        return ContextKeys(Inputs(policyInputs, "PolicyInputList"));
    }

    public IReadOnlyList<string> GetContextKeysForPrincipalPolicy(CallContext call, string? policySourceArn, IReadOnlyList<string> policyInputs)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(policyInputs);
        var source = Validate.Length(Validate.Required(policySourceArn, "policySourceArn"), "policySourceArn", 20, 2048);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:GetContextKeysForPrincipalPolicy", source));
        var (stored, _) = StoredPolicies(call.Caller.AccountId, source);
        return ContextKeys([.. stored, .. Inputs(policyInputs, "PolicyInputList")]);
    }

    private static IReadOnlyList<string> ContextKeys(IEnumerable<SimulatedPolicy> policies) =>
        [.. policies.SelectMany(p => p.Policy.Document.ConditionKeys).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static Page<EvaluationResult> Simulate(IReadOnlyList<SimulatedPolicy> identity, SimulationInput input, PrincipalInfo principal, string? marker, int? maxItems)
    {
        if (input.ActionNames.Count == 0)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("Value null at 'actionNames' failed to satisfy constraint: Member must not be null"));
        }

        var boundaries = Inputs(input.BoundaryInputs, "PermissionsBoundaryPolicyInputList");
        var resourcePolicy = input.ResourcePolicy is null ? null : new SimulatedPolicy(new LabelledPolicy("ResourcePolicy", Parse(input.ResourcePolicy, PolicyKind.Resource, "ResourcePolicy")), "ResourcePolicy", "resource");
        var keys = ContextKeyTypes.ToKeys(input.ContextEntries);
        var sources = identity.Concat(boundaries).Append(resourcePolicy).OfType<SimulatedPolicy>().ToDictionary(p => p.Policy.Label, StringComparer.Ordinal);
        var resources = input.ResourceArns.Count == 0 ? ["*"] : input.ResourceArns;

        var results = new List<EvaluationResult>();
        foreach (var action in input.ActionNames)
        {
            foreach (var resource in resources)
            {
                var context = new RequestContext(action, resource, principal, keys);
                var request = new AccessRequest(context, [.. identity.Select(p => p.Policy)], resourcePolicy?.Policy, input.ResourceOwner is null ? null : AccountOf(input.ResourceOwner));
                var result = PolicySimulator.Simulate(new SimulationRequest(request, [.. boundaries.Select(b => b.Policy)]));
                var matched = result.Decision.DecidingStatements
                    .Select(s => Matched(sources[s.PolicyLabel], s.StatementIndex))
                    .ToList();
                results.Add(new EvaluationResult(action, resource, Decision(result.Decision.Kind), matched, result.MissingContextValues));
            }
        }

        // Results keep the request's order; the marker counts how many an earlier page already gave.
        var numbered = results.Select((r, i) => (Key: i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), Result: r));
        var page = Paging.Apply(numbered, n => n.Key, marker, maxItems);
        return new Page<EvaluationResult>([.. page.Items.Select(n => n.Result)], page.IsTruncated, page.Marker);
    }

    private static MatchedStatement Matched(SimulatedPolicy policy, int statementIndex) =>
        new(policy.SourcePolicyId, policy.SourcePolicyType, policy.Policy.Document.GetSpan(statementIndex));

    private static string Decision(DecisionKind kind) => kind switch
    {
        DecisionKind.Allow => "allowed",
        DecisionKind.ExplicitDeny => "explicitDeny",
        _ => "implicitDeny",
    };

    private static List<SimulatedPolicy> Inputs(IReadOnlyList<string> documents, string listName) =>
        [.. documents.Select((d, i) =>
        {
            var id = $"{listName}.{i + 1}";
            return new SimulatedPolicy(new LabelledPolicy(id, Parse(d, PolicyKind.Identity, id)), id, null);
        })];

    // The simulator refuses what it cannot parse with InvalidInput, not the MalformedPolicyDocument of Put*Policy.
    private static PolicyDocument Parse(string document, PolicyKind kind, string id)
    {
        try
        {
            return PolicyDocument.Parse(document, kind);
        }
        catch (AwsException e) when (e.Error.Code == "MalformedPolicyDocument")
        {
            throw new AwsException(ErrorCatalogue.InvalidInput($"Invalid policy document in {id}: {e.Error.Message}"));
        }
    }

    /// <summary>A user's own and its groups' inline policies, or a role's; the source must be in the caller's account.</summary>
    private (List<SimulatedPolicy> Policies, string PrincipalArn) StoredPolicies(string accountId, string sourceArn)
    {
        var snapshot = _services.Directory.Get(accountId);
        var parts = sourceArn.Split(':', 6);
        var invalid = new AwsException(ErrorCatalogue.InvalidInput($"Invalid ARN: {sourceArn}"));
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[4] != accountId || snapshot is null)
        {
            throw invalid;
        }

        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        if (parts[5].StartsWith("user/", StringComparison.Ordinal))
        {
            var user = snapshot.FindUser(name) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The user with name {name} cannot be found."));
            var policies = Stored(snapshot, PolicyOwnerKind.User, user.Name, "user");
            foreach (var group in snapshot.GroupsOf(user.Name))
            {
                policies.AddRange(Stored(snapshot, PolicyOwnerKind.Group, group.Name, "group"));
            }

            return (policies, Arns.User(accountId, user.Path, user.Name));
        }

        if (parts[5].StartsWith("role/", StringComparison.Ordinal))
        {
            var role = snapshot.FindRole(name) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The role with name {name} cannot be found."));
            return (Stored(snapshot, PolicyOwnerKind.Role, role.Name, "role"), Arns.Role(accountId, role.Path, role.Name));
        }

        throw invalid;
    }

    private static List<SimulatedPolicy> Stored(AccountSnapshot snapshot, PolicyOwnerKind kind, string owner, string type) =>
        [.. snapshot.CompiledPoliciesOf(kind, owner).Select(p => new SimulatedPolicy(p, p.Label[(p.Label.LastIndexOf('/') + 1)..], type))];

    private static PrincipalInfo PrincipalOf(string arn, string fallbackAccount)
    {
        var account = AccountOf(arn) ?? fallbackAccount;
        return arn.EndsWith(":root", StringComparison.Ordinal) ? PrincipalInfo.ForAccountRoot(account) : PrincipalInfo.ForUser(account, arn);
    }

    // An account id, or the account field of an ARN.
    private static string? AccountOf(string text)
    {
        var parts = text.Split(':');
        return parts.Length >= 5 ? parts[4] : text;
    }
}
