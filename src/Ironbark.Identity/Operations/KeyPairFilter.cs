using System.Text.RegularExpressions;
using Ironbark.Core.Errors;
using Ironbark.Identity.Model;

namespace Ironbark.Identity.Operations;

/// <summary>One DescribeKeyPairs filter: a name and values that are ORed, with EC2's * and ? wildcards.</summary>
public sealed class KeyPairFilter
{
    private readonly Func<KeyPair, string> _field;
    private readonly Regex[] _values;

    public KeyPairFilter(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _field = name switch
        {
            "key-name" => k => k.Name,
            "fingerprint" => k => k.Fingerprint,
            "key-pair-id" => k => k.KeyPairId,
            "key-type" => k => k.KeyType,
            _ => throw new AwsException(ErrorCatalogue.InvalidParameterValue($"The filter '{name}' is invalid")),
        };
        _values = values.Select(Wildcard).ToArray();
    }

    public bool Matches(KeyPair keyPair)
    {
        ArgumentNullException.ThrowIfNull(keyPair);
        var value = _field(keyPair);
        return _values.Any(v => v.IsMatch(value));
    }

    private static Regex Wildcard(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
