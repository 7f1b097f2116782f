namespace Ironbark.Core.Ids;

/// <summary>AWS unique-id prefixes (IAM User Guide, "Understanding unique ID prefixes").</summary>
public enum IdPrefix
{
    User,
    Group,
    Role,
    ManagedPolicy,
    InstanceProfile,
}

public static class IdPrefixExtensions
{
    public static string Text(this IdPrefix prefix) => prefix switch
    {
        IdPrefix.User => "AIDA",
        IdPrefix.Group => "AGPA",
        IdPrefix.Role => "AROA",
        IdPrefix.ManagedPolicy => "ANPA",
        IdPrefix.InstanceProfile => "AIPA",
        _ => throw new ArgumentOutOfRangeException(nameof(prefix)),
    };
}
