using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Validation;

namespace Ironbark.Identity.Operations;

/// <summary>CreateUser, GetUser, ListUsers, DeleteUser.</summary>
public sealed class UserOperations
{
    private readonly IdentityServices _services;

    public UserOperations(IdentityServices services)
    {
        _services = services;
    }

    public User CreateUser(CallContext call, string? delegateAccount, string? userName, string? path)
    {
        var name = Validate.EntityName(userName, "userName", 64);
        var userPath = Validate.Path(path, "path");
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, Target(call, "iam:CreateUser", Arns.User(account.Account.Id, userPath, name)));
        var user = new User(account.Account.Id, name, userPath, IdGenerator.UniqueId(IdPrefix.User), _services.Now);
        if (!_services.Store.TryInsertUser(user))
        {
            throw new AwsException(ErrorCatalogue.EntityAlreadyExists($"User with name {name} already exists."));
        }

        _services.Directory.Changed(account.Account.Id);
        return user;
    }

    /// <summary>Without a name, the caller itself (an IAM user) is meant.</summary>
    public User GetUser(CallContext call, string? delegateAccount, string? userName)
    {
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var name = userName is null ? CallerUserName(call) : Validate.EntityName(userName, "userName", 128);
        var user = Find(account.Account.Id, name);
        Guard.RequireIam(_services.Authorizer, call, Target(call, "iam:GetUser", Arns.User(user.AccountId, user.Path, user.Name)));
        return user;
    }

    public Page<User> ListUsers(CallContext call, string? delegateAccount, string? pathPrefix, string? marker, int? maxItems)
    {
        var prefix = Validate.PathPrefix(pathPrefix, "pathPrefix");
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        Guard.RequireIam(_services.Authorizer, call, Target(call, "iam:ListUsers", $"arn:aws:iam::{account.Account.Id}:user/"));
        return Paging.Apply(account.Users.Where(u => u.Path.StartsWith(prefix, StringComparison.Ordinal)), u => u.Name.ToUpperInvariant(), marker, maxItems);
    }

    public void DeleteUser(CallContext call, string? delegateAccount, string? userName)
    {
        var name = Validate.EntityName(userName, "userName", 128);
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        var user = Find(account.Account.Id, name);
        Guard.RequireIam(_services.Authorizer, call, Target(call, "iam:DeleteUser", Arns.User(user.AccountId, user.Path, user.Name)));
        if (account.KeysOf(user.Name).Any())
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must delete access keys first."));
        }

        if (account.PoliciesOf(PolicyOwnerKind.User, user.Name).Count > 0)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must delete policies first."));
        }

        if (account.GroupsOf(user.Name).Count > 0)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete entity, must remove users from group first."));
        }

        _services.Store.DeleteUser(user.AccountId, user.Name);
        _services.Directory.Changed(user.AccountId);
    }

    public User Find(string accountId, string name) =>
        _services.Directory.Get(accountId)?.FindUser(name)
        ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The user with name {name} cannot be found."));

    internal static string CallerUserName(CallContext call) => call.Caller.UserName
        ?? throw new AwsException(ErrorCatalogue.ValidationError("Must specify userName when calling with non-User credentials"));

    /// <summary>A delegating cloud administrator is judged on its own account's policies.</summary>
    internal static AuthorizationTarget Target(CallContext call, string action, string resourceArn) =>
        new(action, resourceArn, call.Caller.AccountId);
}
