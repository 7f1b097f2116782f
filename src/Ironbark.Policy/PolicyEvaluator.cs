namespace Ironbark.Policy;

public static class PolicyEvaluator
{
    /// <summary>
    /// Evaluates every statement of one policy. The first applicable Deny decides at once; among Allows
    /// the first that names the caller specifically is preferred, because only that kind of grant in a
    /// resource-based policy can stand alone.
    /// </summary>
    public static PolicyEvaluation Evaluate(PolicyDocument policy, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        var allow = PolicyEvaluation.NotApplicable;
        foreach (var statement in policy.Statements)
        {
            var match = statement.Applies(context);
            if (match == PrincipalMatch.None)
            {
                continue;
            }

            if (statement.IsDeny)
            {
                return new PolicyEvaluation(PolicyEffect.Deny, statement.Index, statement.Sid, match);
            }

            if (allow.Effect == PolicyEffect.NotApplicable || (match == PrincipalMatch.Specific && allow.PrincipalMatch != PrincipalMatch.Specific))
            {
                allow = new PolicyEvaluation(PolicyEffect.Allow, statement.Index, statement.Sid, match);
            }
        }

        return allow;
    }
}
