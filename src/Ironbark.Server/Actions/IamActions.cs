using System.Collections.Frozen;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Identity.Validation;
using Ironbark.Server.Pipeline;

namespace Ironbark.Server.Actions;

/// <summary>The IAM action table: binds Query parameters to operations and writes their results.</summary>
internal static class IamActions
{
    private const string Ns = Protocol.Xml.XmlResponses.IamNamespace;

    public static FrozenDictionary<string, ActionHandler> Build(IdentityServices services)
    {
        var accounts = new AccountOperations(services);
        var users = new UserOperations(services);
        var keys = new AccessKeyOperations(services);
        var groups = new GroupOperations(services);
        var roles = new RoleOperations(services);
        var policies = new InlinePolicyOperations(services);
        var simulator = new Identity.Simulation.SimulationOperations(services);

        var table = new Dictionary<string, ActionHandler>(StringComparer.Ordinal)
        {
            ["SimulateCustomPolicy"] = r =>
            {
                var page = simulator.SimulateCustomPolicy(r.Call, SimulationXml.Input(r.Parameters), r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "EvaluationResults", page, SimulationXml.Result);
            },
            ["SimulatePrincipalPolicy"] = r =>
            {
                var page = simulator.SimulatePrincipalPolicy(r.Call, r["PolicySourceArn"], SimulationXml.Input(r.Parameters), r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "EvaluationResults", page, SimulationXml.Result);
            },
            ["GetContextKeysForCustomPolicy"] = r =>
            {
                var keys = simulator.GetContextKeysForCustomPolicy(r.Call, r.Parameters.GetMemberList("PolicyInputList"));
                return w => SimulationXml.Keys(w, keys);
            },
            ["GetContextKeysForPrincipalPolicy"] = r =>
            {
                var keys = simulator.GetContextKeysForPrincipalPolicy(r.Call, r["PolicySourceArn"], r.Parameters.GetMemberList("PolicyInputList"));
                return w => SimulationXml.Keys(w, keys);
            },
            ["CreateAccount"] = r =>
            {
                var account = accounts.CreateAccount(r.Call, r["AccountName"]);
                return w => IamXml.Account(w, account, "Account");
            },
            ["ListAccounts"] = r =>
            {
                var page = accounts.ListAccounts(r.Call, r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "Accounts", page, (x, a) => IamXml.Account(x, a, "member"));
            },
            ["DeleteAccount"] = r =>
            {
                accounts.DeleteAccount(r.Call, r["AccountName"], Validate.OptionalBool(r["Recursive"], "recursive"));
                return null;
            },
            ["CreateUser"] = r =>
            {
                var user = users.CreateUser(r.Call, Delegate(r), r["UserName"], r["Path"]);
                return w => IamXml.User(w, user);
            },
            ["GetUser"] = r =>
            {
                var user = users.GetUser(r.Call, Delegate(r), r["UserName"]);
                return w => IamXml.User(w, user);
            },
            ["ListUsers"] = r =>
            {
                var page = users.ListUsers(r.Call, Delegate(r), r["PathPrefix"], r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "Users", page, (x, u) => IamXml.User(x, u, "member"));
            },
            ["DeleteUser"] = r =>
            {
                users.DeleteUser(r.Call, Delegate(r), r["UserName"]);
                return null;
            },
            ["CreateAccessKey"] = r =>
            {
                var (key, secret) = keys.CreateAccessKey(r.Call, Delegate(r), r["UserName"]);
                return w =>
                {
                    w.WriteStartElement("AccessKey", Ns);
                    IamXml.Element(w, "UserName", key.UserName);
                    IamXml.Element(w, "AccessKeyId", key.AccessKeyId);
                    IamXml.Element(w, "Status", "Active");
                    IamXml.Element(w, "SecretAccessKey", secret);
                    IamXml.Element(w, "CreateDate", Core.Text.AwsTime.Iso(key.CreateDate));
                    w.WriteEndElement();
                };
            },
            ["ListAccessKeys"] = r =>
            {
                var page = keys.ListAccessKeys(r.Call, Delegate(r), r["UserName"], r["Marker"], MaxItems(r));
                return w =>
                {
                    IamXml.List(w, "AccessKeyMetadata", page, (x, k) => IamXml.AccessKeyMetadata(x, k, k.UserName));
                    IamXml.Element(w, "UserName", page.Items.FirstOrDefault()?.UserName ?? r["UserName"] ?? r.Call.Caller.UserName);
                };
            },
            ["UpdateAccessKey"] = r =>
            {
                keys.UpdateAccessKey(r.Call, Delegate(r), r["UserName"], r["AccessKeyId"], r["Status"]);
                return null;
            },
            ["DeleteAccessKey"] = r =>
            {
                keys.DeleteAccessKey(r.Call, Delegate(r), r["UserName"], r["AccessKeyId"]);
                return null;
            },
            ["CreateGroup"] = r =>
            {
                var group = groups.CreateGroup(r.Call, Delegate(r), r["GroupName"], r["Path"]);
                return w => IamXml.Group(w, group);
            },
            ["GetGroup"] = r =>
            {
                var (group, members) = groups.GetGroup(r.Call, Delegate(r), r["GroupName"], r["Marker"], MaxItems(r));
                return w =>
                {
                    IamXml.Group(w, group);
                    IamXml.List(w, "Users", members, (x, u) => IamXml.User(x, u, "member"));
                };
            },
            ["ListGroups"] = r =>
            {
                var page = groups.ListGroups(r.Call, Delegate(r), r["PathPrefix"], r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "Groups", page, (x, g) => IamXml.Group(x, g, "member"));
            },
            ["DeleteGroup"] = r =>
            {
                groups.DeleteGroup(r.Call, Delegate(r), r["GroupName"]);
                return null;
            },
            ["AddUserToGroup"] = r =>
            {
                groups.AddUserToGroup(r.Call, Delegate(r), r["GroupName"], r["UserName"]);
                return null;
            },
            ["RemoveUserFromGroup"] = r =>
            {
                groups.RemoveUserFromGroup(r.Call, Delegate(r), r["GroupName"], r["UserName"]);
                return null;
            },
            ["CreateRole"] = r =>
            {
                var role = roles.CreateRole(r.Call, Delegate(r), r["RoleName"], r["Path"], r["AssumeRolePolicyDocument"], r["Description"], r["MaxSessionDuration"]);
                return w => IamXml.Role(w, role);
            },
            ["GetRole"] = r =>
            {
                var role = roles.GetRole(r.Call, Delegate(r), r["RoleName"]);
                return w => IamXml.Role(w, role);
            },
            ["ListRoles"] = r =>
            {
                var page = roles.ListRoles(r.Call, Delegate(r), r["PathPrefix"], r["Marker"], MaxItems(r));
                return w => IamXml.List(w, "Roles", page, (x, role) => IamXml.Role(x, role, "member"));
            },
            ["DeleteRole"] = r =>
            {
                roles.DeleteRole(r.Call, Delegate(r), r["RoleName"]);
                return null;
            },
            ["UpdateAssumeRolePolicy"] = r =>
            {
                roles.UpdateAssumeRolePolicy(r.Call, Delegate(r), r["RoleName"], r["PolicyDocument"]);
                return null;
            },
        };

        AddInlinePolicyActions(table, policies, PolicyOwnerKind.User, "UserName");
        AddInlinePolicyActions(table, policies, PolicyOwnerKind.Group, "GroupName");
        AddInlinePolicyActions(table, policies, PolicyOwnerKind.Role, "RoleName");
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddInlinePolicyActions(Dictionary<string, ActionHandler> table, InlinePolicyOperations policies, PolicyOwnerKind kind, string ownerParameter)
    {
        table[$"Put{kind}Policy"] = r =>
        {
            policies.Put(r.Call, Delegate(r), kind, r[ownerParameter], r["PolicyName"], r["PolicyDocument"]);
            return null;
        };
        table[$"Get{kind}Policy"] = r =>
        {
            var policy = policies.Get(r.Call, Delegate(r), kind, r[ownerParameter], r["PolicyName"]);
            return w =>
            {
                IamXml.Element(w, ownerParameter, policy.OwnerName);
                IamXml.Element(w, "PolicyName", policy.PolicyName);
                IamXml.Element(w, "PolicyDocument", IamXml.EncodePolicy(policy.Document));
            };
        };
        table[$"List{kind}Policies"] = r =>
        {
            var page = policies.List(r.Call, Delegate(r), kind, r[ownerParameter], r["Marker"], MaxItems(r));
            return w => IamXml.List(w, "PolicyNames", page, (x, name) => IamXml.Element(x, "member", name));
        };
        table[$"Delete{kind}Policy"] = r =>
        {
            policies.Delete(r.Call, Delegate(r), kind, r[ownerParameter], r["PolicyName"]);
            return null;
        };
    }

    private static string? Delegate(ActionRequest r) => r["DelegateAccount"];

    private static int? MaxItems(ActionRequest r) => Validate.OptionalInt(r["MaxItems"], "maxItems", 1, 1000);
}
