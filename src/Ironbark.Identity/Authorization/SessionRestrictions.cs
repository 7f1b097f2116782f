using Ironbark.Core.Errors;
using Ironbark.Identity.Sessions;

namespace Ironbark.Identity.Authorization;

/// <summary>
/// What each kind of temporary credentials may call at all, before any policy is read
/// (aws-semantics §1.9): GetSessionToken credentials (no MFA here) call no IAM and, in STS, only
/// AssumeRole and GetCallerIdentity; federated users call no IAM and, in STS, only GetCallerIdentity.
/// </summary>
public static class SessionRestrictions
{
    public static void Check(Caller caller, string service, string action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Session is not { } session || session.Kind == SessionKind.Role)
        {
            return;
        }

        var federated = session.Kind == SessionKind.Federated;
        var allowed = service switch
        {
            "iam" => false,
            "sts" => action == "GetCallerIdentity" || (!federated && action == "AssumeRole"),
            _ => true,
        };
        if (!allowed)
        {
            throw new AwsException(ErrorCatalogue.AccessDenied(service == "iam"
                ? $"Cannot call IAM action {action} with credentials from {(federated ? "GetFederationToken" : "GetSessionToken without MFA")}"
                : $"Cannot call {action} with session credentials"));
        }
    }
}
