using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Sessions;
using Ironbark.Identity.Validation;

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

    /// <summary>The outcome of AssumeRole: credentials and the session principal.</summary>
    public sealed record AssumedRole(IssuedCredentials Credentials, string AssumedRoleId, string Arn);

    public AssumedRole AssumeRole(CallContext call, string? roleArn, string? roleSessionName, string? durationSeconds, string? externalId)
    {
        ArgumentNullException.ThrowIfNull(call);
        var arn = Validate.Length(Validate.Required(roleArn, "roleArn"), "roleArn", 20, 2048);
        var sessionName = Validate.RoleSessionName(roleSessionName, "roleSessionName");
        var duration = Validate.OptionalInt(durationSeconds, "durationSeconds", 900, 43200);
        if (externalId is not null)
        {
            Validate.Length(externalId, "externalId", 2, 1224);
        }

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
            SessionTokenService.NewAccessKeyId(), role.AccountId, role.Name, role.RoleId, sessionName,
            now, now.AddSeconds(seconds), caller.Arn, chained);
        return new AssumedRole(_services.Tokens.Issue(claims), $"{role.RoleId}:{sessionName}", Arns.AssumedRole(role.AccountId, role.Name, sessionName));
    }

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
