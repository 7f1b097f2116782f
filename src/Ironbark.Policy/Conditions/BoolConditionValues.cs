namespace Ironbark.Policy.Conditions;

internal sealed class BoolConditionValues(bool[] values) : IConditionValues
{
    public static bool TryParse(ReadOnlySpan<char> text, out bool value) => bool.TryParse(text.Trim(), out value);

    public bool Matches(string contextValue, RequestContext context) =>
        TryParse(contextValue, out var actual) && Array.IndexOf(values, actual) >= 0;
}
