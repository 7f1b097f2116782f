namespace Ironbark.Identity.Model;

/// <summary>An account: 12-digit id and its alias (the Eucalyptus account name).</summary>
public sealed record Account(string Id, string Alias, DateTimeOffset CreateDate)
{
    /// <summary>The cloud administrator's account, created on first start.</summary>
    public const string SystemAlias = "eucalyptus";

    public bool IsSystem => Alias == SystemAlias;
}
