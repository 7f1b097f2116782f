namespace Ironbark.Policy;

/// <summary>
/// Combines policies as aws-semantics §1.8 orders it, for the policy types v1 knows: explicit deny
/// anywhere wins; a resource-based policy naming the caller specifically suffices alone in its own
/// account; anything else needs an identity-policy Allow, and across accounts both sides must allow;
/// session policies, when the session has any, must allow as well.
/// </summary>
public static class AccessDecider
{
    public static AccessDecision Decide(AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        var principal = context.Principal;

        var denies = new List<StatementRef>();
        var identityAllows = new List<StatementRef>();
        foreach (var policy in request.IdentityPolicies)
        {
            Collect(policy, PolicyEvaluator.Evaluate(policy.Document, context), denies, identityAllows);
        }

        var resourceAllows = new List<StatementRef>();
        var resourceMatch = PrincipalMatch.None;
        if (request.ResourcePolicy is { } resourcePolicy)
        {
            var evaluation = PolicyEvaluator.Evaluate(resourcePolicy.Document, context);
            Collect(resourcePolicy, evaluation, denies, resourceAllows);
            resourceMatch = evaluation.Effect == PolicyEffect.Allow ? evaluation.PrincipalMatch : PrincipalMatch.None;
        }

        var sessionAllows = new List<StatementRef>();
        var sessionPolicies = request.SessionPolicies ?? [];
        foreach (var policy in sessionPolicies)
        {
            Collect(policy, PolicyEvaluator.Evaluate(policy.Document, context), denies, sessionAllows);
        }

        if (denies.Count > 0)
        {
            return new AccessDecision(DecisionKind.ExplicitDeny, denies);
        }

        var resourceAccount = request.ResourceAccountId ?? principal.AccountId;
        var sameAccount = string.Equals(resourceAccount, principal.AccountId, StringComparison.Ordinal);

        // The root user holds every permission of its own account; an identity policy cannot narrow it.
        var identityAllowed = identityAllows.Count > 0 || principal.IsAccountRoot;

        bool allowed;
        if (request.ResourcePolicy is null)
        {
            // Without a resource policy nothing from another account can let the caller in.
            allowed = sameAccount && identityAllowed;
        }
        else if (sameAccount)
        {
            // Trust policies are AWS's exception: they must allow the caller themselves, an identity Allow is not enough.
            allowed = resourceMatch == PrincipalMatch.Specific
                || (identityAllowed && (resourceMatch == PrincipalMatch.Account || (request.ResourcePolicy.Document.Kind != PolicyKind.Trust)))
                || principal.IsAccountRoot;
        }
        else
        {
            allowed = resourceMatch != PrincipalMatch.None && identityAllowed;
        }

        // Session policies cap the session: what they do not allow, the session may not do, whatever its
        // role's policies say.
        if (!allowed)
        {
            return new AccessDecision(DecisionKind.ImplicitDeny, []);
        }

        if (sessionPolicies.Count > 0 && sessionAllows.Count == 0)
        {
            return new AccessDecision(DecisionKind.ImplicitDeny, []) { CappedBySessionPolicy = true };
        }

        return new AccessDecision(DecisionKind.Allow, [.. identityAllows, .. resourceAllows, .. sessionAllows]);
    }

    private static void Collect(LabelledPolicy policy, PolicyEvaluation evaluation, List<StatementRef> denies, List<StatementRef> allows)
    {
        if (evaluation.Effect == PolicyEffect.NotApplicable)
        {
            return;
        }

        var reference = new StatementRef(policy.Label, policy.Document.Kind, evaluation.StatementIndex, evaluation.Sid);
        (evaluation.Effect == PolicyEffect.Deny ? denies : allows).Add(reference);
    }
}
