using System.Globalization;

namespace Ironbark.Policy.Conditions;

internal sealed class NumericConditionValues(decimal[] values, ConditionComparison comparison) : IConditionValues
{
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public bool Matches(string contextValue, RequestContext context)
    {
        if (!TryParse(contextValue, out var actual))
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
