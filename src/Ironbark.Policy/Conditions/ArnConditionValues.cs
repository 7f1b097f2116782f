using Ironbark.Policy.Matching;

namespace Ironbark.Policy.Conditions;

internal sealed class ArnConditionValues(ArnPattern[] patterns) : IConditionValues
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
