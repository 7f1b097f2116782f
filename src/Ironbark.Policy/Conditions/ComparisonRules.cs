namespace Ironbark.Policy.Conditions;

internal static class ComparisonRules
{
    /// <summary>Applies the operator to the sign of <c>context.CompareTo(policy)</c>.</summary>
    public static bool Holds(ConditionComparison comparison, int order) => comparison switch
    {
        ConditionComparison.Equal => order == 0,
        ConditionComparison.Less => order < 0,
        ConditionComparison.LessOrEqual => order <= 0,
        ConditionComparison.Greater => order > 0,
        ConditionComparison.GreaterOrEqual => order >= 0,
        _ => false,
    };
}
