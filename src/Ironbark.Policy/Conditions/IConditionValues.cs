namespace Ironbark.Policy.Conditions;

/// <summary>The policy values of one condition key, typed at compile time.</summary>
internal interface IConditionValues
{
    /// <summary>Whether one context value matches at least one policy value, in the operator's positive sense.</summary>
    bool Matches(string contextValue, RequestContext context);
}
