namespace Ironbark.Identity.Model;

public sealed record Role(
    string AccountId,
    string Name,
    string Path,
    string RoleId,
    string AssumeRolePolicyDocument,
    int MaxSessionDuration,
    string? Description,
    DateTimeOffset CreateDate);
