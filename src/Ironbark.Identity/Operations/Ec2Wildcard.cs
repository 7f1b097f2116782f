using System.Text.RegularExpressions;

namespace Ironbark.Identity.Operations;

/// <summary>EC2 filter values: case-sensitive, with * for any run of characters and ? for exactly one.</summary>
public static class Ec2Wildcard
{
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
