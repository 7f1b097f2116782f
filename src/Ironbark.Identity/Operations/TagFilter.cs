using System.Text.RegularExpressions;
using Ironbark.Core.Errors;

namespace Ironbark.Identity.Operations;

/// <summary>One DescribeTags filter over (resource id, resource type, key, value) rows; values are ORed, with wildcards.</summary>
public sealed class TagFilter
{
    private readonly Func<TaggedResourceTag, string> _field;
    private readonly Regex[] _values;

    public TagFilter(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _field = name switch
        {
            "resource-id" => t => t.ResourceId,
            "resource-type" => t => t.ResourceType,
            "key" => t => t.Key,
            "value" => t => t.Value,
            _ => throw new AwsException(ErrorCatalogue.InvalidParameterValue($"The filter '{name}' is invalid")),
        };
        _values = values.Select(Ec2Wildcard.Compile).ToArray();
    }

    public bool Matches(TaggedResourceTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var value = _field(tag);
        return _values.Any(v => v.IsMatch(value));
    }
}
