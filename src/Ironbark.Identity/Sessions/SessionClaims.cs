namespace Ironbark.Identity.Sessions;

/// <summary>
/// What a session token asserts. Everything needed to authenticate and authorize the session is here,
/// so any node can check a token without a lookup; the principal is still re-read so that deleting or
/// re-creating it (a new unique id) ends the session.
/// </summary>
/// <param name="PrincipalName">The role (Role), or the user the session stands for (User, Federated); empty for root.</param>
/// <param name="PrincipalId">The unique id of that role or user; the account id for root.</param>
/// <param name="SessionName">The role session name, or the federated user's name.</param>
public sealed record SessionClaims(
    string AccessKeyId,
    string AccountId,
    SessionKind Kind,
    string PrincipalName,
    string PrincipalId,
    string SessionName,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    string SourceIdentityArn,
    bool Chained,
    string? SessionPolicy = null);
