using System.Text.RegularExpressions;
using Ironbark.Core.Errors;
using Ironbark.Identity.Model;

namespace Ironbark.Identity.Operations;

/// <summary>
/// One DescribeKeyPairs filter: a name and values that are ORed, with EC2's * and ? wildcards. Tag
/// filters are multi-valued fields: tag:KEY matches the value of that tag, tag-key any tag's key.
/// </summary>
public sealed class KeyPairFilter
{
    private readonly Func<KeyPair, IEnumerable<string>> _field;
    private readonly Regex[] _values;

    public KeyPairFilter(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        _field = name switch
        {
            "key-name" => k => [k.Name],
            "fingerprint" => k => [k.Fingerprint],
            "key-pair-id" => k => [k.KeyPairId],
            "key-type" => k => [k.KeyType],
            "tag-key" => k => k.Tags.Select(t => t.Key),
            _ when name.StartsWith("tag:", StringComparison.Ordinal) && name.Length > 4 =>
                k => k.Tags.Where(t => t.Key == name[4..]).Select(t => t.Value),
            _ => throw new AwsException(ErrorCatalogue.InvalidParameterValue($"The filter '{name}' is invalid")),
        };
        _values = values.Select(Ec2Wildcard.Compile).ToArray();
    }

    public bool Matches(KeyPair keyPair)
    {
        ArgumentNullException.ThrowIfNull(keyPair);
        return _field(keyPair).Any(value => _values.Any(v => v.IsMatch(value)));
    }
}
