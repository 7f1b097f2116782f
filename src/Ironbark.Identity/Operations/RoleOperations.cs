using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Validation;
using Ironbark.Policy;

namespace Ironbark.Identity.Operations;

/// <summary>CreateRole, GetRole, ListRoles, DeleteRole, UpdateAssumeRolePolicy.</summary>
public sealed class RoleOperations
{
    public const int TrustPolicySizeLimit = 2048;
    private readonly IdentityServices _services;

    public RoleOperations(IdentityServices services)
    {
        _services = services;
    }

    public Role CreateRole(CallContext call, string? delegateAccount, string? roleName, string? path, string? trustPolicy, string? description, string? maxSessionDuration)
    {
        var name = Validate.EntityName(roleName, "roleName", 64);
        var rolePath = Validate.Path(path, "path");
        var document = ValidTrustPolicy(trustPolicy);
        var duration = Validate.OptionalInt(maxSessionDuration, "maxSessionDuration", 3600, 43200) ?? 3600;
        if (description is not null)
        {
            Validate.Length(description, "description", 0, 1000);
        }

        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:CreateRole", Arns.Role(account.Account.Id, rolePath, name)));
        var role = new Role(account.Account.Id, name, rolePath, IdGenerator.UniqueId(IdPrefix.Role), document, duration, description, _services.Now);
        if (!_services.Store.TryInsertRole(role))
        {
            throw new AwsException(ErrorCatalogue.EntityAlreadyExists($"Role with name {name} already exists."));
        }

        _services.Directory.Changed(account.Account.Id);
        return role;
    }

    public Role GetRole(CallContext call, string? delegateAccount, string? roleName)
    {
        var role = Resolve(call, delegateAccount, roleName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:GetRole", Arns.Role(role.AccountId, role.Path, role.Name)));
        return role;
    }

    public Page<Role> ListRoles(CallContext call, string? delegateAccount, string? pathPrefix, string? marker, int? maxItems)
    {
        var prefix = Validate.PathPrefix(pathPrefix, "pathPrefix");
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:ListRoles", $"arn:aws:iam::{account.Account.Id}:role/"));
        return Paging.Apply(account.Roles.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)), r => r.Name.ToUpperInvariant(), marker, maxItems);
    }

    public void DeleteRole(CallContext call, string? delegateAccount, string? roleName)
    {
        var role = Resolve(call, delegateAccount, roleName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:DeleteRole", Arns.Role(role.AccountId, role.Path, role.Name)));
        if (_services.Directory.Get(role.AccountId)!.PoliciesOf(PolicyOwnerKind.Role, role.Name).Count > 0)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must delete policies first."));
        }

        _services.Store.DeleteRole(role.AccountId, role.Name);
        _services.Directory.Changed(role.AccountId);
    }

    public void UpdateAssumeRolePolicy(CallContext call, string? delegateAccount, string? roleName, string? policyDocument)
    {
        var document = ValidTrustPolicy(policyDocument);
        var role = Resolve(call, delegateAccount, roleName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:UpdateAssumeRolePolicy", Arns.Role(role.AccountId, role.Path, role.Name)));
        _services.Store.UpdateAssumeRolePolicy(role.AccountId, role.Name, document);
        _services.Directory.Changed(role.AccountId);
    }

    public Role Find(string accountId, string name) =>
        _services.Directory.Get(accountId)?.FindRole(name)
        ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The role with name {name} cannot be found."));

    private Role Resolve(CallContext call, string? delegateAccount, string? roleName)
    {
        var name = Validate.EntityName(roleName, "roleName", 64);
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        return Find(account.Account.Id, name);
    }

    private static string ValidTrustPolicy(string? text)
    {
        var document = Validate.PolicyDocument(text, "assumeRolePolicyDocument");
        PolicyDocument.Parse(document, PolicyKind.Trust);
        if (PolicySize.Of(document) > TrustPolicySizeLimit)
        {
            throw new AwsException(ErrorCatalogue.LimitExceeded($"Cannot exceed quota for ACLSizePerRole: {TrustPolicySizeLimit}"));
        }

        return document;
    }
}
