namespace Ironbark.Policy;

/// <summary>
/// What one policy says about one request. A value type, so evaluating a policy allocates nothing.
/// </summary>
/// <param name="Effect">Deny if any statement denies, else Allow if any allows, else NotApplicable.</param>
/// <param name="StatementIndex">The deciding statement (zero-based), or -1 when not applicable.</param>
/// <param name="Sid">The deciding statement's Sid, if it has one.</param>
/// <param name="PrincipalMatch">For an Allow from a resource-based policy, how its Principal named the caller.</param>
public readonly record struct PolicyEvaluation(PolicyEffect Effect, int StatementIndex, string? Sid, PrincipalMatch PrincipalMatch)
{
    public static PolicyEvaluation NotApplicable => new(PolicyEffect.NotApplicable, -1, null, PrincipalMatch.None);
}
