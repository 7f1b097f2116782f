namespace Ironbark.Policy;

/// <summary>
/// What the IAM simulator adds to <see cref="AccessDecider"/>: permissions boundaries, which cap an Allow
/// (a boundary Deny denies explicitly, a boundary without an Allow denies implicitly), and the context
/// keys the request left out.
/// </summary>
public static class PolicySimulator
{
    public static SimulationResult Simulate(SimulationRequest simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var request = simulation.Request;
        var decision = AccessDecider.Decide(request);
        var boundaries = simulation.PermissionsBoundaries;
        if (boundaries.Count > 0 && decision.Kind != DecisionKind.ExplicitDeny)
        {
            decision = WithinBoundaries(decision, boundaries, request.Context);
        }

        var policies = request.IdentityPolicies.Concat(boundaries);
        if (request.ResourcePolicy is { } resourcePolicy)
        {
            policies = policies.Append(resourcePolicy);
        }

        var missing = policies.SelectMany(p => p.Document.MissingKeys(request.Context)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new SimulationResult(decision, missing);
    }

    private static AccessDecision WithinBoundaries(AccessDecision decision, IReadOnlyList<LabelledPolicy> boundaries, RequestContext context)
    {
        var allows = new List<StatementRef>();
        foreach (var boundary in boundaries)
        {
            var evaluation = PolicyEvaluator.Evaluate(boundary.Document, context);
            var reference = new StatementRef(boundary.Label, boundary.Document.Kind, evaluation.StatementIndex, evaluation.Sid);
            if (evaluation.Effect == PolicyEffect.Deny)
            {
                return new AccessDecision(DecisionKind.ExplicitDeny, [reference]);
            }

            if (evaluation.Effect == PolicyEffect.Allow)
            {
                allows.Add(reference);
            }
        }

        if (!decision.Allowed)
        {
            return decision;
        }

        return allows.Count == 0 ? new AccessDecision(DecisionKind.ImplicitDeny, []) : decision;
    }
}
