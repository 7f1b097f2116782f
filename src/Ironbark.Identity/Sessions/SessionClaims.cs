namespace Ironbark.Identity.Sessions;

/// <summary>
/// What a session token asserts. Everything needed to authenticate and authorize the session is here,
/// so any node can check a token without a lookup; the role is still re-read so that deleting or
/// re-creating it (a new RoleId) ends the session.
/// </summary>
public sealed record SessionClaims(
    string AccessKeyId,
    string AccountId,
    string RoleName,
    string RoleId,
    string SessionName,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    string SourceIdentityArn,
    bool Chained,
    string? SessionPolicy = null);
