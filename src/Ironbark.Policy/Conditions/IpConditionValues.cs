namespace Ironbark.Policy.Conditions;

internal sealed class IpConditionValues(IpNetwork[] networks) : IConditionValues
{
    public bool Matches(string contextValue, RequestContext context)
    {
        if (!IpNetwork.TryToNumber(contextValue.AsSpan().Trim(), out var address, out var isV4))
        {
            return false;
        }

        foreach (var network in networks)
        {
            if (network.Contains(address, isV4))
            {
                return true;
            }
        }

        return false;
    }
}
