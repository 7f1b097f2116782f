using Ironbark.Core.Errors;
using Ironbark.Policy;

namespace Ironbark.Identity.Authorization;

/// <summary>Turns a denial into the error of the calling service: AccessDenied (IAM, STS) or UnauthorizedOperation (EC2).</summary>
public static class Guard
{
    public static void RequireIam(Authorizer authorizer, CallContext call, AuthorizationTarget target)
    {
        var detail = Denial(authorizer, call, target, out _, out _);
        if (detail is not null)
        {
            throw new AwsException(ErrorCatalogue.AccessDenied(detail));
        }
    }

    /// <summary>EC2 appends an encoded authorization message that STS DecodeAuthorizationMessage opens.</summary>
    public static void RequireEc2(Authorizer authorizer, CallContext call, AuthorizationTarget target)
    {
        var detail = Denial(authorizer, call, target, out var decision, out var context);
        if (detail is not null)
        {
            var encoded = authorizer.Messages.Encode(AuthorizationMessageJson.Write(call.Caller, decision!, context!));
            throw new AwsException(ErrorCatalogue.UnauthorizedOperation(ErrorCatalogue.EncodedDenial(detail, encoded)));
        }
    }

    public static bool IsAllowed(Authorizer authorizer, CallContext call, AuthorizationTarget target) =>
        Denial(authorizer, call, target, out _, out _) is null;

    private static string? Denial(Authorizer authorizer, CallContext call, AuthorizationTarget target, out AccessDecision? decision, out RequestContext? context)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(target);
        (decision, context) = authorizer.Explain(call, target);
        if (decision.Allowed)
        {
            return null;
        }

        var explicitDeny = decision.Kind == DecisionKind.ExplicitDeny;
        var policyType = explicitDeny ? DecidingPolicyType(decision) : decision.CappedBySessionPolicy ? "session" : "identity-based";
        var reason = target.ResourcePolicy is not null && !explicitDeny && !decision.CappedBySessionPolicy
            ? string.Empty
            : " " + ErrorCatalogue.DenialReason(target.Action, explicitDeny, policyType);
        // Actions without resource-level permissions (authorized on "*") name no resource, as AWS words it.
        var resource = target.ResourceArn == "*" ? string.Empty : $" on resource: {target.ResourceArn}";
        return $"User: {call.Caller.Arn} is not authorized to perform: {target.Action}{resource}{reason}";
    }

    private static string DecidingPolicyType(AccessDecision decision) =>
        decision.DecidingStatements.All(s => s.PolicyKind == PolicyKind.Trust) ? "resource-based"
        : decision.DecidingStatements.All(s => s.PolicyLabel == Authorizer.SessionPolicyLabel) ? "session"
        : "identity-based";
}
