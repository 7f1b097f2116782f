using Ironbark.Core.Errors;
using Ironbark.Identity.Model;

namespace Ironbark.Identity.Operations;

/// <summary>EC2's limits on tags: keys of 1 to 128 characters not starting with "aws:", values up to 256, 50 per resource.</summary>
public static class Ec2TagRules
{
    public const int TagsPerResource = 50;

    public static void RequireValid(IReadOnlyList<Ec2Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            RequireValidKey(tag.Key);
            if (tag.Value.Length > 256)
            {
                throw new AwsException(ErrorCatalogue.InvalidParameterValue("Tag value exceeds the maximum length of 256 characters"));
            }
        }

        var duplicate = tags.GroupBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue($"Duplicate tag key '{duplicate.Key}' specified."));
        }

        if (tags.Count > TagsPerResource)
        {
            throw new AwsException(ErrorCatalogue.TagLimitExceeded());
        }
    }

    public static void RequireValidKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue("Tag key cannot be empty"));
        }

        if (key.Length > 128)
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue("Tag key exceeds the maximum length of 128 characters"));
        }

        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use"));
        }
    }
}
