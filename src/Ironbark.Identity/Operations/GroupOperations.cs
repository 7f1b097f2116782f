using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Validation;

namespace Ironbark.Identity.Operations;

/// <summary>CreateGroup, GetGroup, ListGroups, DeleteGroup, AddUserToGroup, RemoveUserFromGroup.</summary>
public sealed class GroupOperations
{
    private readonly IdentityServices _services;

    public GroupOperations(IdentityServices services)
    {
        _services = services;
    }

    public Group CreateGroup(CallContext call, string? delegateAccount, string? groupName, string? path)
    {
        var name = Validate.EntityName(groupName, "groupName", 128);
        var groupPath = Validate.Path(path, "path");
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:CreateGroup", Arns.Group(account.Account.Id, groupPath, name)));
        var group = new Group(account.Account.Id, name, groupPath, IdGenerator.UniqueId(IdPrefix.Group), _services.Now);
        if (!_services.Store.TryInsertGroup(group))
        {
            throw new AwsException(ErrorCatalogue.EntityAlreadyExists($"Group with name {name} already exists."));
        }

        _services.Directory.Changed(account.Account.Id);
        return group;
    }

    public (Group Group, Page<User> Users) GetGroup(CallContext call, string? delegateAccount, string? groupName, string? marker, int? maxItems)
    {
        var name = Validate.EntityName(groupName, "groupName", 128);
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var group = Find(account.Account.Id, name);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:GetGroup", Arns.Group(group.AccountId, group.Path, group.Name)));
        return (group, Paging.Apply(account.MembersOf(group.Name), u => u.Name.ToUpperInvariant(), marker, maxItems));
    }

    public Page<Group> ListGroups(CallContext call, string? delegateAccount, string? pathPrefix, string? marker, int? maxItems)
    {
        var prefix = Validate.PathPrefix(pathPrefix, "pathPrefix");
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:ListGroups", $"arn:aws:iam::{account.Account.Id}:group/"));
        return Paging.Apply(account.Groups.Where(g => g.Path.StartsWith(prefix, StringComparison.Ordinal)), g => g.Name.ToUpperInvariant(), marker, maxItems);
    }

    public void DeleteGroup(CallContext call, string? delegateAccount, string? groupName)
    {
        var name = Validate.EntityName(groupName, "groupName", 128);
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var group = Find(account.Account.Id, name);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:DeleteGroup", Arns.Group(group.AccountId, group.Path, group.Name)));
        if (account.MembersOf(group.Name).Count > 0)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must remove users from group first."));
        }

        if (account.PoliciesOf(PolicyOwnerKind.Group, group.Name).Count > 0)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must delete policies first."));
        }

        _services.Store.DeleteGroup(group.AccountId, group.Name);
        _services.Directory.Changed(group.AccountId);
    }

    public void AddUserToGroup(CallContext call, string? delegateAccount, string? groupName, string? userName)
    {
        var (group, user) = Resolve(call, delegateAccount, groupName, userName, "iam:AddUserToGroup");
        if (_services.Store.TryInsertMembership(new GroupMembership(group.AccountId, group.Name, user.Name)))
        {
            _services.Directory.Changed(group.AccountId);
        }
    }

    public void RemoveUserFromGroup(CallContext call, string? delegateAccount, string? groupName, string? userName)
    {
        var (group, user) = Resolve(call, delegateAccount, groupName, userName, "iam:RemoveUserFromGroup");
        if (!_services.Store.DeleteMembership(group.AccountId, group.Name, user.Name))
        {
            throw new AwsException(ErrorCatalogue.NoSuchEntity($"User {user.Name} is not in group {group.Name}."));
        }

        _services.Directory.Changed(group.AccountId);
    }

    public Group Find(string accountId, string name) =>
        _services.Directory.Get(accountId)?.FindGroup(name)
        ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The group with name {name} cannot be found."));

    private (Group Group, User User) Resolve(CallContext call, string? delegateAccount, string? groupName, string? userName, string action)
    {
        var gname = Validate.EntityName(groupName, "groupName", 128);
        var uname = Validate.EntityName(userName, "userName", 128);
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var group = Find(account.Account.Id, gname);
        var user = account.FindUser(uname) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The user with name {uname} cannot be found."));
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, action, Arns.Group(group.AccountId, group.Path, group.Name)));
        return (group, user);
    }
}
