using System.Collections.Concurrent;
using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Identity.Sessions;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Signing;

namespace Ironbark.Identity.Authorization;

/// <summary>
/// Turns a SigV4-signed request into a <see cref="Caller"/>: finds the secret (a long-term key's, or a
/// session's derived from its token), checks the clock window and the signature. Long-term secrets are
/// kept opened in memory after first use, so the request path does not query the store.
/// </summary>
public sealed class Authenticator
{
    private readonly IdentityServices _services;
    private readonly SigV4Verifier _verifier = new();
    private readonly ConcurrentDictionary<string, (AccessKey Key, string Secret)> _keys = new(StringComparer.Ordinal);

    public Authenticator(IdentityServices services)
    {
        _services = services;
        services.Directory.AccountChanged += Forget;
    }

    public Caller Authenticate(HttpRequestData request, SigV4Authorization auth)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(auth);
        if (SigV4Clock.CheckTime(auth, _services.Time.GetUtcNow()) is { } clockError)
        {
            throw new AwsException(clockError);
        }

        return auth.AccessKeyId.StartsWith("ASIA", StringComparison.Ordinal)
            ? AuthenticateSession(request, auth)
            : AuthenticateLongTerm(request, auth);
    }

    /// <summary>Forgets cached keys of an account after its keys changed.</summary>
    public void Forget(string accountId)
    {
        foreach (var entry in _keys)
        {
            if (entry.Value.Key.AccountId == accountId)
            {
                _keys.TryRemove(entry.Key, out _);
            }
        }
    }

    private Caller AuthenticateLongTerm(HttpRequestData request, SigV4Authorization auth)
    {
        if (auth.SessionToken is not null)
        {
            throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        }

        var (key, secret) = FindKey(auth.AccessKeyId) ?? throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        if (!key.Active)
        {
            throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        }

        Verify(request, auth, secret);
        if (key.UserName is null)
        {
            return new Caller(CallerKind.Root, key.AccountId, Arns.Root(key.AccountId), key.AccountId, null, key.AccessKeyId, null);
        }

        var user = _services.Directory.Get(key.AccountId)?.FindUser(key.UserName)
            ?? throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        return new Caller(CallerKind.User, user.AccountId, Arns.User(user.AccountId, user.Path, user.Name), user.UserId, user.Name, key.AccessKeyId, null);
    }

    private Caller AuthenticateSession(HttpRequestData request, SigV4Authorization auth)
    {
        var opened = auth.SessionToken is null ? null : _services.Tokens.Open(auth.SessionToken);
        if (opened is not { } session || session.Claims.AccessKeyId != auth.AccessKeyId)
        {
            throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        }

        Verify(request, auth, session.Secret);
        var claims = session.Claims;
        if (_services.Time.GetUtcNow() >= claims.ExpiresAt)
        {
            throw new AwsException(ErrorCatalogue.ExpiredToken());
        }

        return SessionCaller(claims) ?? throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
    }

    /// <summary>
    /// Who the session acts as; null when its role or user is gone or was re-created (a new unique id),
    /// which ends the session.
    /// </summary>
    private Caller? SessionCaller(SessionClaims claims)
    {
        var account = _services.Directory.Get(claims.AccountId);
        var accountId = claims.AccountId;
        switch (claims.Kind)
        {
            case SessionKind.Role:
                var role = account?.FindRole(claims.PrincipalName);
                return role is null || role.RoleId != claims.PrincipalId ? null : new Caller(
                    CallerKind.AssumedRole, accountId, Arns.AssumedRole(accountId, role.Name, claims.SessionName),
                    $"{role.RoleId}:{claims.SessionName}", null, claims.AccessKeyId, claims);
            case SessionKind.Root:
                return account is null ? null : new Caller(CallerKind.Root, accountId, Arns.Root(accountId), accountId, null, claims.AccessKeyId, claims);
            case SessionKind.Federated when claims.PrincipalName.Length == 0:
                return account is null ? null : Federated(claims);
            default:
                var user = account?.FindUser(claims.PrincipalName);
                if (user is null || user.UserId != claims.PrincipalId)
                {
                    return null;
                }

                return claims.Kind == SessionKind.Federated
                    ? Federated(claims)
                    : new Caller(CallerKind.User, accountId, Arns.User(accountId, user.Path, user.Name), user.UserId, user.Name, claims.AccessKeyId, claims);
        }
    }

    private static Caller Federated(SessionClaims claims) => new(
        CallerKind.FederatedUser, claims.AccountId, Arns.FederatedUser(claims.AccountId, claims.SessionName),
        $"{claims.AccountId}:{claims.SessionName}", null, claims.AccessKeyId, claims);

    private void Verify(HttpRequestData request, SigV4Authorization auth, string secret)
    {
        if (!_verifier.Verify(request, auth, secret))
        {
            throw new AwsException(ErrorCatalogue.SignatureDoesNotMatch());
        }
    }

    private (AccessKey Key, string Secret)? FindKey(string accessKeyId)
    {
        if (_keys.TryGetValue(accessKeyId, out var cached))
        {
            return cached;
        }

        var key = _services.Store.FindAccessKey(accessKeyId);
        if (key is null)
        {
            return null;
        }

        var entry = (key, _services.MasterSealer.OpenString(key.SealedSecret, IdentityServices.SecretPurpose));
        _keys[accessKeyId] = entry;
        return entry;
    }
}
