namespace Ironbark.Identity.Model;

public sealed record InlinePolicy(string AccountId, PolicyOwnerKind OwnerKind, string OwnerName, string PolicyName, string Document);
