using Ironbark.Policy.Matching;

namespace Ironbark.Policy.Conditions;

/// <summary>String and Like operators; Equals operators compile to patterns without wildcards so variables work the same.</summary>
internal sealed class StringConditionValues(GlobPattern[] patterns) : IConditionValues
{
    public bool Matches(string contextValue, RequestContext context)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(contextValue, context))
            {
                return true;
            }
        }

        return false;
    }
}
