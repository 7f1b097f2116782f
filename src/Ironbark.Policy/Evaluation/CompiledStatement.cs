using Ironbark.Policy.Conditions;
using Ironbark.Policy.Matching;

namespace Ironbark.Policy.Evaluation;

/// <summary>A statement ready to evaluate: every string it needs was parsed and typed when the policy was stored.</summary>
internal sealed class CompiledStatement(
    int index,
    string? sid,
    bool isDeny,
    ActionMatcher[] actions,
    bool notAction,
    GlobPattern[]? resources,
    bool notResource,
    PrincipalMatcher? principal,
    ConditionClause[] conditions)
{
    public int Index { get; } = index;

    public string? Sid { get; } = sid;

    public bool IsDeny { get; } = isDeny;

    public ConditionClause[] Conditions { get; } = conditions;

    /// <summary>Whether this statement takes part in the decision, and through which kind of principal match.</summary>
    /// <returns><see cref="PrincipalMatch.None"/> when it does not apply; <see cref="PrincipalMatch.Specific"/> for identity statements.</returns>
    public PrincipalMatch Applies(RequestContext context)
    {
        if (MatchesAnyAction(context) == notAction)
        {
            return PrincipalMatch.None;
        }

        if (resources is not null && MatchesAnyResource(context) == notResource)
        {
            return PrincipalMatch.None;
        }

        var match = principal?.Match(context.Principal) ?? PrincipalMatch.Specific;
        if (match == PrincipalMatch.None)
        {
            return PrincipalMatch.None;
        }

        return ConditionsHold(context) ? match : PrincipalMatch.None;
    }

    /// <summary>Whether the statement is about this action and resource, before its principal and conditions are considered.</summary>
    public bool Concerns(RequestContext context) =>
        MatchesAnyAction(context) != notAction && (resources is null || MatchesAnyResource(context) != notResource);

    private bool MatchesAnyAction(RequestContext context)
    {
        foreach (var action in actions)
        {
            if (action.IsMatch(context))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesAnyResource(RequestContext context)
    {
        foreach (var resource in resources!)
        {
            if (resource.IsMatch(context.Resource, context))
            {
                return true;
            }
        }

        return false;
    }

    // Conditions combine with AND in three-valued logic: one false clause settles it, otherwise a
    // clause the engine cannot evaluate fails closed, which keeps an Allow out and lets a Deny apply.
    private bool ConditionsHold(RequestContext context)
    {
        var unevaluable = false;
        foreach (var condition in Conditions)
        {
            switch (condition.Evaluate(context))
            {
                case ConditionOutcome.False:
                    return false;
                case ConditionOutcome.Unevaluable:
                    unevaluable = true;
                    break;
            }
        }

        return !unevaluable || IsDeny;
    }
}
