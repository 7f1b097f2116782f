using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;
using Ironbark.Identity.Validation;
using Ironbark.Policy;

namespace Ironbark.Identity.Operations;

/// <summary>Put/Get/List/Delete of inline policies, one implementation for users, groups and roles.</summary>
public sealed class InlinePolicyOperations
{
    private readonly IdentityServices _services;

    public InlinePolicyOperations(IdentityServices services)
    {
        _services = services;
    }

    public void Put(CallContext call, string? delegateAccount, PolicyOwnerKind kind, string? ownerName, string? policyName, string? policyDocument)
    {
        var name = Validate.EntityName(policyName, "policyName", 128);
        var document = Validate.PolicyDocument(policyDocument, "policyDocument");
        var (account, owner, arn) = ResolveOwner(call, delegateAccount, kind, ownerName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, $"iam:Put{kind}Policy", arn));
        PolicyDocument.Parse(document, PolicyKind.Identity);
        var others = account.PoliciesOf(kind, owner).Where(p => p.PolicyName != name).Sum(p => PolicySize.Of(p.Document));
        var limit = SizeLimit(kind);
        if (others + PolicySize.Of(document) > limit)
        {
            throw new AwsException(ErrorCatalogue.LimitExceeded($"Maximum policy size of {limit} bytes exceeded for {kind.ToString().ToLowerInvariant()} {owner}"));
        }

        _services.Store.PutInlinePolicy(new InlinePolicy(account.Account.Id, kind, owner, name, document));
        _services.Directory.Changed(account.Account.Id);
    }

    public InlinePolicy Get(CallContext call, string? delegateAccount, PolicyOwnerKind kind, string? ownerName, string? policyName)
    {
        var name = Validate.EntityName(policyName, "policyName", 128);
        var (account, owner, arn) = ResolveOwner(call, delegateAccount, kind, ownerName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, $"iam:Get{kind}Policy", arn));
        return Find(account, kind, owner, name);
    }

    public Page<string> List(CallContext call, string? delegateAccount, PolicyOwnerKind kind, string? ownerName, string? marker, int? maxItems)
    {
        var (account, owner, arn) = ResolveOwner(call, delegateAccount, kind, ownerName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, $"iam:List{kind}Policies", arn));
        return Paging.Apply(account.PoliciesOf(kind, owner).Select(p => p.PolicyName), n => n, marker, maxItems);
    }

    public void Delete(CallContext call, string? delegateAccount, PolicyOwnerKind kind, string? ownerName, string? policyName)
    {
        var name = Validate.EntityName(policyName, "policyName", 128);
        var (account, owner, arn) = ResolveOwner(call, delegateAccount, kind, ownerName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, $"iam:Delete{kind}Policy", arn));
        var policy = Find(account, kind, owner, name);
        _services.Store.DeleteInlinePolicy(account.Account.Id, kind, policy.OwnerName, policy.PolicyName);
        _services.Directory.Changed(account.Account.Id);
    }

    private static int SizeLimit(PolicyOwnerKind kind) => kind switch
    {
        PolicyOwnerKind.User => 2048,
        PolicyOwnerKind.Group => 5120,
        _ => 10240,
    };

    private static InlinePolicy Find(AccountSnapshot account, PolicyOwnerKind kind, string owner, string name) =>
        account.PoliciesOf(kind, owner).FirstOrDefault(p => p.PolicyName == name)
        ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The {kind.ToString().ToLowerInvariant()} policy with name {name} cannot be found."));

    private (AccountSnapshot Account, string Owner, string Arn) ResolveOwner(CallContext call, string? delegateAccount, PolicyOwnerKind kind, string? ownerName)
    {
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var id = account.Account.Id;
        switch (kind)
        {
            case PolicyOwnerKind.User:
                var userName = Validate.EntityName(ownerName, "userName", 128);
                var user = account.FindUser(userName) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The user with name {userName} cannot be found."));
                return (account, user.Name, Arns.User(id, user.Path, user.Name));
            case PolicyOwnerKind.Group:
                var groupName = Validate.EntityName(ownerName, "groupName", 128);
                var group = account.FindGroup(groupName) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The group with name {groupName} cannot be found."));
                return (account, group.Name, Arns.Group(id, group.Path, group.Name));
            default:
                var roleName = Validate.EntityName(ownerName, "roleName", 64);
                var role = account.FindRole(roleName) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The role with name {roleName} cannot be found."));
                return (account, role.Name, Arns.Role(id, role.Path, role.Name));
        }
    }
}
