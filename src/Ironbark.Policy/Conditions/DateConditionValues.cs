namespace Ironbark.Policy.Conditions;

internal sealed class DateConditionValues(DateTimeOffset[] values, ConditionComparison comparison) : IConditionValues
{
    public bool Matches(string contextValue, RequestContext context)
    {
        if (!PolicyDate.TryParse(contextValue, out var actual))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (ComparisonRules.Holds(comparison, actual.CompareTo(value)))
            {
                return true;
            }
        }

        return false;
    }
}
