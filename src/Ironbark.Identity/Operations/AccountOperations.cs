using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;
using Ironbark.Identity.Validation;

namespace Ironbark.Identity.Operations;

/// <summary>
/// Eucalyptus' account management: CreateAccount, ListAccounts, DeleteAccount. Only principals of the
/// cloud administrator's account may call them, and their policies must allow it.
/// </summary>
public sealed class AccountOperations
{
    /// <summary>The inline policy that makes an account's <c>admin</c> its administrator, as in Eucalyptus.</summary>
    public const string AdminPolicyName = "AdministratorAccess";
    public const string AdminPolicyDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";
    public const string AdminUserName = "admin";

    private readonly IdentityServices _services;

    public AccountOperations(IdentityServices services)
    {
        _services = services;
    }

    public Account CreateAccount(CallContext call, string? accountName)
    {
        var system = RequireSystemCaller(call);
        var name = Validate.AccountName(accountName, "accountName");
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:CreateAccount", Arns.Account(system.Account.Id, name)));
        return Create(name) ?? throw new AwsException(ErrorCatalogue.EntityAlreadyExists($"Account with name {name} already exists."));
    }

    /// <summary>Creates an account with its <c>admin</c> user, in one transaction; null when the name is taken.</summary>
    public Account? Create(string name)
    {
        var now = _services.Now;
        Account account;
        while (true)
        {
            account = new Account(IdGenerator.AccountId(), name, now);
            var admin = new User(account.Id, AdminUserName, "/", IdGenerator.UniqueId(IdPrefix.User), now);
            if (_services.Store.TryInsertAccount(account, admin, new InlinePolicy(account.Id, PolicyOwnerKind.User, AdminUserName, AdminPolicyName, AdminPolicyDocument)))
            {
                break;
            }

            // Refused: either the name is taken, or (rarely) the random id clashed and another is drawn.
            if (_services.Store.ListAccounts().Any(a => string.Equals(a.Alias, name, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        _services.Directory.Changed(account.Id);
        return account;
    }

    public Page<Account> ListAccounts(CallContext call, string? marker, int? maxItems)
    {
        var system = RequireSystemCaller(call);
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:ListAccounts", Arns.Account(system.Account.Id, "*")));
        return Paging.Apply(_services.Directory.Accounts, a => a.Alias, marker, maxItems);
    }

    public void DeleteAccount(CallContext call, string? accountName, bool recursive)
    {
        var system = RequireSystemCaller(call);
        var name = Validate.Required(accountName, "accountName");
        var target = _services.Directory.FindAccount(name)
            ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"Can not find account {name}"));
        Guard.RequireIam(_services.Authorizer, call, new AuthorizationTarget("iam:DeleteAccount", Arns.Account(system.Account.Id, target.Alias)));
        if (target.IsSystem)
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete the cloud administrator's account."));
        }

        var snapshot = _services.Directory.Get(target.Id)!;
        if (!recursive && HasResources(snapshot))
        {
            throw new AwsException(ErrorCatalogue.DeleteConflict("Cannot delete account with resources. Delete them first or delete recursively."));
        }

        _services.Store.DeleteAccount(target.Id);
        _services.Directory.Changed(target.Id);
    }

    /// <summary>Everything but the admin user that every account starts with.</summary>
    private static bool HasResources(AccountSnapshot s) =>
        s.Users.Count > 1 || s.Groups.Count > 0 || s.Roles.Count > 0 || s.KeyPairs.Count > 0 || s.AccessKeys.Count > 0;

    private AccountSnapshot RequireSystemCaller(CallContext call)
    {
        var own = _services.Directory.Get(call.Caller.AccountId);
        if (own is null || !own.Account.IsSystem)
        {
            throw new AwsException(ErrorCatalogue.AccessDenied(
                $"User: {call.Caller.Arn} is not authorized to manage accounts; only the cloud administrator's account is."));
        }

        return own;
    }
}
