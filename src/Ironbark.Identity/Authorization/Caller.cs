using Ironbark.Identity.Sessions;

namespace Ironbark.Identity.Authorization;

/// <summary>The authenticated principal of one request.</summary>
public sealed record Caller(
    CallerKind Kind,
    string AccountId,
    string Arn,
    string UserId,
    string? UserName,
    string AccessKeyId,
    SessionClaims? Session)
{
    public string? RoleName => Session is { Kind: SessionKind.Role } session ? session.PrincipalName : null;

    public bool IsTemporary => Session is not null;
}
