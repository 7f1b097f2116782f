using System.Globalization;
using Ironbark.Core.Ids;
using Ironbark.Core.Text;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;
using Ironbark.Policy;

namespace Ironbark.Identity.Authorization;

/// <summary>
/// Puts one authorization question to the policy engine: gathers the caller's identity policies from
/// the snapshot (a user's own and its groups', or a session's role policies), the global condition
/// keys of the request, and an optional resource-based policy.
/// </summary>
public sealed class Authorizer
{
    public const string SessionPolicyLabel = "session-policy";
    private const int CompiledSessionPolicyCapacity = 4096;
    private readonly IdentityDirectory _directory;

    // Sessions carry their policy as text; many requests of one session share one compiled copy.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LabelledPolicy> _sessionPolicies = new(StringComparer.Ordinal);

    public Authorizer(IdentityDirectory directory, AuthorizationMessages messages)
    {
        _directory = directory;
        Messages = messages;
    }

    /// <summary>Seals denial explanations for EC2's encoded authorization messages.</summary>
    public AuthorizationMessages Messages { get; }

    public AccessDecision Decide(CallContext call, AuthorizationTarget target) => Explain(call, target).Decision;

    /// <summary>The decision together with the request context it was made in, for messages that report both.</summary>
    public (AccessDecision Decision, RequestContext Context) Explain(CallContext call, AuthorizationTarget target)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(target);
        var caller = call.Caller;
        var snapshot = _directory.Get(caller.AccountId);
        var identityPolicies = snapshot is null ? [] : IdentityPolicies(snapshot, caller);
        var context = new RequestContext(target.Action, target.ResourceArn, Principal(caller, snapshot), ContextKeys(call, target, snapshot));
        // A federated user without a session policy has no permissions at all (aws-semantics §1.8 step 8).
        if (caller.Kind == CallerKind.FederatedUser && caller.Session!.SessionPolicy is null)
        {
            return (new AccessDecision(DecisionKind.ImplicitDeny, []) { CappedBySessionPolicy = true }, context);
        }

        var sessionPolicies = caller.Session?.SessionPolicy is { } text ? [SessionPolicy(text)] : (IReadOnlyList<LabelledPolicy>?)null;
        return (AccessDecider.Decide(new AccessRequest(context, identityPolicies, target.ResourcePolicy, target.ResourceAccountId, sessionPolicies)), context);
    }

    private LabelledPolicy SessionPolicy(string text)
    {
        if (_sessionPolicies.TryGetValue(text, out var compiled))
        {
            return compiled;
        }

        if (_sessionPolicies.Count >= CompiledSessionPolicyCapacity)
        {
            _sessionPolicies.Clear();
        }

        return _sessionPolicies.GetOrAdd(text, t => new LabelledPolicy(SessionPolicyLabel, PolicyDocument.Parse(t, PolicyKind.Identity)));
    }

    private static IReadOnlyList<LabelledPolicy> IdentityPolicies(AccountSnapshot snapshot, Caller caller)
    {
        switch (caller.Kind)
        {
            case CallerKind.User:
                var policies = new List<LabelledPolicy>(snapshot.CompiledPoliciesOf(PolicyOwnerKind.User, caller.UserName!));
                foreach (var group in snapshot.GroupsOf(caller.UserName!))
                {
                    policies.AddRange(snapshot.CompiledPoliciesOf(PolicyOwnerKind.Group, group.Name));
                }

                return policies;
            case CallerKind.AssumedRole:
                return snapshot.CompiledPoliciesOf(PolicyOwnerKind.Role, caller.RoleName!);
            case CallerKind.FederatedUser when caller.Session!.PrincipalName.Length > 0:
                // A federated user holds what the user who federated holds, capped by its session policy.
                return IdentityPolicies(snapshot, caller with { Kind = CallerKind.User, UserName = caller.Session.PrincipalName });
            default:
                return [];
        }
    }

    private static PrincipalInfo Principal(Caller caller, AccountSnapshot? snapshot) => caller.Kind switch
    {
        CallerKind.Root => PrincipalInfo.ForAccountRoot(caller.AccountId),
        CallerKind.AssumedRole => PrincipalInfo.ForRoleSession(caller.AccountId, RoleArn(caller, snapshot), caller.Arn),
        // Federated by the root user: the root's permissions, capped by the session policy.
        CallerKind.FederatedUser => new PrincipalInfo(caller.AccountId, caller.Arn, [caller.Arn], isAccountRoot: caller.Session!.PrincipalName.Length == 0),
        _ => PrincipalInfo.ForUser(caller.AccountId, caller.Arn),
    };

    private static string RoleArn(Caller caller, AccountSnapshot? snapshot)
    {
        var role = snapshot?.FindRole(caller.RoleName!);
        return Arns.Role(caller.AccountId, role?.Path ?? "/", caller.RoleName!);
    }

    private static Dictionary<string, IReadOnlyList<string>> ContextKeys(CallContext call, AuthorizationTarget target, AccountSnapshot? snapshot)
    {
        var caller = call.Caller;
        var request = call.Request;
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:CurrentTime"] = [AwsTime.Iso(request.Now)],
            ["aws:EpochTime"] = [request.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            ["aws:SecureTransport"] = [request.SecureTransport ? "true" : "false"],
            ["aws:SourceIp"] = [request.SourceIp],
            ["aws:RequestedRegion"] = [request.Region],
            ["aws:PrincipalAccount"] = [caller.AccountId],
            ["aws:userid"] = [caller.UserId],
        };
        switch (caller.Kind)
        {
            case CallerKind.Root:
                keys["aws:PrincipalArn"] = [caller.Arn];
                keys["aws:PrincipalType"] = ["Account"];
                break;
            case CallerKind.User:
                keys["aws:PrincipalArn"] = [caller.Arn];
                keys["aws:PrincipalType"] = ["User"];
                keys["aws:username"] = [caller.UserName!];
                break;
            case CallerKind.FederatedUser:
                keys["aws:PrincipalArn"] = [caller.Arn];
                keys["aws:PrincipalType"] = ["FederatedUser"];
                break;
            case CallerKind.AssumedRole:
                // For a role session, aws:PrincipalArn is the role, not the session.
                keys["aws:PrincipalArn"] = [RoleArn(caller, snapshot)];
                keys["aws:PrincipalType"] = ["AssumedRole"];
                break;
        }

        if (caller.Session is { } session)
        {
            keys["aws:TokenIssueTime"] = [AwsTime.Iso(session.IssuedAt)];
            keys["aws:MultiFactorAuthPresent"] = ["false"];
        }

        foreach (var (key, values) in target.ExtraKeys)
        {
            keys[key] = values;
        }

        return keys;
    }
}
