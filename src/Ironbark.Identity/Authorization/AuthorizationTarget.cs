using Ironbark.Policy;

namespace Ironbark.Identity.Authorization;

/// <summary>What is being authorized: the action, the resource as AWS's Service Authorization Reference names it, and any resource-based policy.</summary>
public sealed record AuthorizationTarget(
    string Action,
    string ResourceArn,
    string? ResourceAccountId = null,
    LabelledPolicy? ResourcePolicy = null)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraKeys { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
