namespace Ironbark.Identity.Model;

/// <summary>What an inline policy is embedded in.</summary>
public enum PolicyOwnerKind
{
    User,
    Group,
    Role,
}
