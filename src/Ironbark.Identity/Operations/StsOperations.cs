using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Sessions;
using Ironbark.Identity.Validation;
using Ironbark.Policy;

namespace Ironbark.Identity.Operations;

/// <summary>AssumeRole and GetCallerIdentity.</summary>
public sealed class StsOperations
{
    public const int ChainedSessionLimit = 3600;
    private readonly IdentityServices _services;

    public StsOperations(IdentityServices services)
    {
        _services = services;
    }

    public const int SessionPolicyLimit = 2048;

    /// <summary>The outcome of AssumeRole: credentials, the session principal, and how full the session-policy allowance is.</summary>
    public sealed record AssumedRole(IssuedCredentials Credentials, string AssumedRoleId, string Arn, int? PackedPolicySize);

    public AssumedRole AssumeRole(CallContext call, string? roleArn, string? roleSessionName, string? durationSeconds, string? externalId, string? sessionPolicy)
    {
        ArgumentNullException.ThrowIfNull(call);
        var arn = Validate.Length(Validate.Required(roleArn, "roleArn"), "roleArn", 20, 2048);
        var sessionName = Validate.RoleSessionName(roleSessionName, "roleSessionName");
        var duration = Validate.OptionalInt(durationSeconds, "durationSeconds", 900, 43200);
        if (externalId is not null)
        {
            Validate.Length(externalId, "externalId", 2, 1224);
        }

        ValidSessionPolicy(sessionPolicy);

        var caller = call.Caller;
        if (caller.Kind == CallerKind.Root)
        {
            throw new AwsException(ErrorCatalogue.AccessDenied("Roles may not be assumed by root accounts."));
        }

        // A role that does not exist is reported as a denial, so callers cannot probe for role names.
        var denied = new AwsException(ErrorCatalogue.AccessDenied($"User: {caller.Arn} is not authorized to perform: sts:AssumeRole on resource: {arn}"));
        var (accountId, roleName) = ParseRoleArn(arn) ?? throw denied;
        var account = _services.Directory.FindAccount(accountId) is { } found ? _services.Directory.Get(found.Id) : null;
        var role = account?.FindRole(roleName);
        if (account is null || role is null || Arns.Role(account.Account.Id, role.Path, role.Name) != NormaliseAccount(arn, account.Account.Id))
        {
            throw denied;
        }

        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["sts:RoleSessionName"] = [sessionName],
        };
        if (externalId is not null)
        {
            keys["sts:ExternalId"] = [externalId];
        }

        var roleArnText = Arns.Role(role.AccountId, role.Path, role.Name);
        var target = new AuthorizationTarget("sts:AssumeRole", roleArnText, role.AccountId, account.TrustPolicyOf(role.Name)) { ExtraKeys = keys };
        if (!Guard.IsAllowed(_services.Authorizer, call, target))
        {
            throw denied;
        }

        var chained = caller.Kind == CallerKind.AssumedRole;
        var seconds = duration ?? 3600;
        if (chained && seconds > ChainedSessionLimit)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."));
        }

        if (seconds > role.MaxSessionDuration)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
        }

        var now = _services.Now;
        var claims = new SessionClaims(
            SessionTokenService.NewAccessKeyId(), role.AccountId, SessionKind.Role, role.Name, role.RoleId, sessionName,
            now, now.AddSeconds(seconds), caller.Arn, chained, sessionPolicy);

        return new AssumedRole(_services.Tokens.Issue(claims), $"{role.RoleId}:{sessionName}", Arns.AssumedRole(role.AccountId, role.Name, sessionName), PackedSize(sessionPolicy));
    }

    /// <summary>
    /// GetSessionToken: temporary credentials acting as the calling IAM user (or root) itself. Users get
    /// 900 to 129,600 seconds (default 43,200); root at most an hour, longer requests are cut to one.
    /// </summary>
    public IssuedCredentials GetSessionToken(CallContext call, string? durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(call);
        var caller = LongTermCaller(call, "GetSessionToken");
        var root = caller.Kind == CallerKind.Root;
        var seconds = Math.Min(Validate.OptionalInt(durationSeconds, "durationSeconds", 900, 129600) ?? (root ? 3600 : 43200), root ? 3600 : 129600);
        var now = _services.Now;
        var claims = new SessionClaims(
            SessionTokenService.NewAccessKeyId(), caller.AccountId, root ? SessionKind.Root : SessionKind.User,
            caller.UserName ?? string.Empty, caller.UserId, caller.UserName ?? "root", now, now.AddSeconds(seconds), caller.Arn, Chained: false);
        return _services.Tokens.Issue(claims);
    }

    /// <summary>The outcome of GetFederationToken.</summary>
    public sealed record FederatedUser(IssuedCredentials Credentials, string FederatedUserId, string Arn, int? PackedPolicySize);

    /// <summary>
    /// GetFederationToken: a federated user holding the caller's permissions intersected with the
    /// session policy; without a policy it holds none. Durations as for GetSessionToken.
    /// </summary>
    public FederatedUser GetFederationToken(CallContext call, string? name, string? durationSeconds, string? sessionPolicy)
    {
        ArgumentNullException.ThrowIfNull(call);
        var federatedName = Validate.FederatedName(name, "name");
        ValidSessionPolicy(sessionPolicy);
        var caller = LongTermCaller(call, "GetFederationToken");
        var root = caller.Kind == CallerKind.Root;
        var seconds = Math.Min(Validate.OptionalInt(durationSeconds, "durationSeconds", 900, 129600) ?? (root ? 3600 : 43200), root ? 3600 : 129600);
        var now = _services.Now;
        var claims = new SessionClaims(
            SessionTokenService.NewAccessKeyId(), caller.AccountId, SessionKind.Federated, caller.UserName ?? string.Empty, caller.UserId,
            federatedName, now, now.AddSeconds(seconds), caller.Arn, Chained: false, sessionPolicy);
        return new FederatedUser(
            _services.Tokens.Issue(claims), $"{caller.AccountId}:{federatedName}", Arns.FederatedUser(caller.AccountId, federatedName), PackedSize(sessionPolicy));
    }

    /// <summary>Both token calls need long-term credentials; session credentials cannot make more sessions.</summary>
    private static Caller LongTermCaller(CallContext call, string action) =>
        call.Caller.IsTemporary
            ? throw new AwsException(ErrorCatalogue.AccessDenied($"Cannot call {action} with session credentials"))
            : call.Caller;

    private static void ValidSessionPolicy(string? sessionPolicy)
    {
        if (sessionPolicy is not null)
        {
            Validate.Length(sessionPolicy, "policy", 1, SessionPolicyLimit);
            PolicyDocument.Parse(sessionPolicy, PolicyKind.Identity);
        }
    }

    /// <summary>AWS reports the session policy's share of its allowance; whitespace does not count.</summary>
    private static int? PackedSize(string? sessionPolicy) =>
        sessionPolicy is null ? null : (int)Math.Ceiling(100.0 * PolicySize.Of(sessionPolicy) / SessionPolicyLimit);

    /// <summary>Never denied: AWS answers GetCallerIdentity for every valid credential.</summary>
    public static (string Arn, string UserId, string Account) GetCallerIdentity(CallContext call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return (call.Caller.Arn, call.Caller.UserId, call.Caller.AccountId);
    }

    /// <summary>Opens an EC2 encoded authorization message; the caller needs sts:DecodeAuthorizationMessage, which has no resource.</summary>
    public string DecodeAuthorizationMessage(CallContext call, string? encodedMessage)
    {
        ArgumentNullException.ThrowIfNull(call);
        var encoded = Validate.Length(Validate.Required(encodedMessage, "encodedMessage"), "encodedMessage", 1, 10240);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("sts:DecodeAuthorizationMessage", "*"));
        return _services.Authorizer.Messages.Decode(encoded)
            ?? throw new AwsException(ErrorCatalogue.InvalidAuthorizationMessage());
    }

    /// <summary>arn:aws:iam::ACCOUNT:role/PATH/NAME → (ACCOUNT, NAME); ACCOUNT may be an alias (Eucalyptus).</summary>
    private static (string Account, string RoleName)? ParseRoleArn(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[1] != "aws" || parts[2] != "iam" || parts[3].Length != 0
            || !parts[5].StartsWith("role/", StringComparison.Ordinal))
        {
            return null;
        }

        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        return name.Length == 0 ? null : (parts[4], name);
    }

    private static string NormaliseAccount(string arn, string accountId)
    {
        var parts = arn.Split(':', 6);
        parts[4] = accountId;
        return string.Join(':', parts);
    }
}
