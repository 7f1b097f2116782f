using System.Collections.Frozen;

namespace Ironbark.Policy.Conditions;

/// <summary>A parsed operator name such as <c>ForAnyValue:StringNotLikeIfExists</c>.</summary>
internal sealed record ConditionOperator(string Name, ConditionFamily Family, ConditionComparison Comparison, bool Negated, bool IfExists, SetModifier Set)
{
    private const string IfExistsSuffix = "IfExists";

    // AWS's complete operator list; anything else is rejected when the policy is stored.
    private static readonly FrozenDictionary<string, (ConditionFamily Family, ConditionComparison Comparison, bool Negated)> Base =
        new Dictionary<string, (ConditionFamily, ConditionComparison, bool)>(StringComparer.Ordinal)
        {
            ["StringEquals"] = (ConditionFamily.String, ConditionComparison.Equal, false),
            ["StringNotEquals"] = (ConditionFamily.String, ConditionComparison.Equal, true),
            ["StringEqualsIgnoreCase"] = (ConditionFamily.StringIgnoreCase, ConditionComparison.Equal, false),
            ["StringNotEqualsIgnoreCase"] = (ConditionFamily.StringIgnoreCase, ConditionComparison.Equal, true),
            ["StringLike"] = (ConditionFamily.StringLike, ConditionComparison.Equal, false),
            ["StringNotLike"] = (ConditionFamily.StringLike, ConditionComparison.Equal, true),
            ["NumericEquals"] = (ConditionFamily.Numeric, ConditionComparison.Equal, false),
            ["NumericNotEquals"] = (ConditionFamily.Numeric, ConditionComparison.Equal, true),
            ["NumericLessThan"] = (ConditionFamily.Numeric, ConditionComparison.Less, false),
            ["NumericLessThanEquals"] = (ConditionFamily.Numeric, ConditionComparison.LessOrEqual, false),
            ["NumericGreaterThan"] = (ConditionFamily.Numeric, ConditionComparison.Greater, false),
            ["NumericGreaterThanEquals"] = (ConditionFamily.Numeric, ConditionComparison.GreaterOrEqual, false),
            ["DateEquals"] = (ConditionFamily.Date, ConditionComparison.Equal, false),
            ["DateNotEquals"] = (ConditionFamily.Date, ConditionComparison.Equal, true),
            ["DateLessThan"] = (ConditionFamily.Date, ConditionComparison.Less, false),
            ["DateLessThanEquals"] = (ConditionFamily.Date, ConditionComparison.LessOrEqual, false),
            ["DateGreaterThan"] = (ConditionFamily.Date, ConditionComparison.Greater, false),
            ["DateGreaterThanEquals"] = (ConditionFamily.Date, ConditionComparison.GreaterOrEqual, false),
            ["Bool"] = (ConditionFamily.Bool, ConditionComparison.Equal, false),
            ["BinaryEquals"] = (ConditionFamily.Binary, ConditionComparison.Equal, false),
            ["IpAddress"] = (ConditionFamily.IpAddress, ConditionComparison.Equal, false),
            ["NotIpAddress"] = (ConditionFamily.IpAddress, ConditionComparison.Equal, true),
            ["ArnEquals"] = (ConditionFamily.Arn, ConditionComparison.Equal, false),
            ["ArnLike"] = (ConditionFamily.Arn, ConditionComparison.Equal, false),
            ["ArnNotEquals"] = (ConditionFamily.Arn, ConditionComparison.Equal, true),
            ["ArnNotLike"] = (ConditionFamily.Arn, ConditionComparison.Equal, true),
            ["Null"] = (ConditionFamily.Null, ConditionComparison.Equal, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ConditionOperator? TryParse(string name)
    {
        var rest = name.AsSpan();
        var set = SetModifier.None;
        if (rest.StartsWith("ForAnyValue:", StringComparison.Ordinal))
        {
            set = SetModifier.ForAnyValue;
            rest = rest["ForAnyValue:".Length..];
        }
        else if (rest.StartsWith("ForAllValues:", StringComparison.Ordinal))
        {
            set = SetModifier.ForAllValues;
            rest = rest["ForAllValues:".Length..];
        }

        var ifExists = rest.EndsWith(IfExistsSuffix, StringComparison.Ordinal);
        if (ifExists)
        {
            rest = rest[..^IfExistsSuffix.Length];
        }

        var lookup = Base.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(rest, out var entry)
            ? new ConditionOperator(name, entry.Family, entry.Comparison, entry.Negated, ifExists, set)
            : null;
    }
}
