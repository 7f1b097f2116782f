using Ironbark.Identity.Model;

namespace Ironbark.Identity.Operations;

/// <summary>
/// The condition keys EC2 supplies for key-pair actions: ec2:KeyPairName and ec2:KeyPairType, the
/// existing tags as aws:ResourceTag/K, and the request's tags as aws:RequestTag/K and aws:TagKeys.
/// </summary>
public static class KeyPairConditionKeys
{
    public static Dictionary<string, IReadOnlyList<string>> For(string name, string keyType, IReadOnlyList<Ec2Tag> existingTags)
    {
        ArgumentNullException.ThrowIfNull(existingTags);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["ec2:KeyPairName"] = [name],
            ["ec2:KeyPairType"] = [keyType],
        };
        foreach (var tag in existingTags)
        {
            keys["aws:ResourceTag/" + tag.Key] = [tag.Value];
        }

        return keys;
    }

    /// <summary>Adds the request's tags; aws:TagKeys is present (possibly empty) only when the action takes tags.</summary>
    public static Dictionary<string, IReadOnlyList<string>> WithRequestTags(Dictionary<string, IReadOnlyList<string>> keys, IReadOnlyList<Ec2Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            keys["aws:RequestTag/" + tag.Key] = [tag.Value];
        }

        if (tags.Count > 0)
        {
            keys["aws:TagKeys"] = tags.Select(t => t.Key).ToList();
        }

        return keys;
    }
}
