using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;
using Ironbark.Identity.Validation;

namespace Ironbark.Identity.Operations;

/// <summary>
/// CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey. Without UserName the caller's own
/// keys are meant; for the account root (or the cloud administrator delegating without a user name)
/// that is the root's keys, as on AWS.
/// </summary>
public sealed class AccessKeyOperations
{
    public const int KeysPerUser = 2;
    private readonly IdentityServices _services;

    public AccessKeyOperations(IdentityServices services)
    {
        _services = services;
    }

    public (AccessKey Key, string Secret) CreateAccessKey(CallContext call, string? delegateAccount, string? userName)
    {
        var (account, owner, ownerArn) = ResolveOwner(call, delegateAccount, userName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:CreateAccessKey", ownerArn));
        if (account.KeysOf(owner).Count() >= KeysPerUser)
        {
            throw new AwsException(ErrorCatalogue.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {KeysPerUser}"));
        }

        return Issue(account.Account.Id, owner);
    }

    /// <summary>Creates a key without authorization; for bootstrap and tests of the store.</summary>
    public (AccessKey Key, string Secret) Issue(string accountId, string? owner)
    {
        var secret = IdGenerator.SecretAccessKey();
        AccessKey key;
        do
        {
            key = new AccessKey(IdGenerator.AccessKeyId(temporary: false), accountId, owner, true, _services.Now,
                _services.MasterSealer.SealString(secret, IdentityServices.SecretPurpose));
        }
        while (!_services.Store.TryInsertAccessKey(key));

        _services.Directory.Changed(accountId);
        return (key, secret);
    }

    public Page<AccessKey> ListAccessKeys(CallContext call, string? delegateAccount, string? userName, string? marker, int? maxItems)
    {
        var (account, owner, ownerArn) = ResolveOwner(call, delegateAccount, userName);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:ListAccessKeys", ownerArn));
        return Paging.Apply(account.KeysOf(owner), k => k.AccessKeyId, marker, maxItems);
    }

    public void UpdateAccessKey(CallContext call, string? delegateAccount, string? userName, string? accessKeyId, string? status)
    {
        var id = Validate.Length(Validate.Required(accessKeyId, "accessKeyId"), "accessKeyId", 16, 128);
        var active = Validate.Required(status, "status") switch
        {
            "Active" => true,
            "Inactive" => false,
            _ => throw new AwsException(ErrorCatalogue.ValidationError(
                $"1 validation error detected: Value '{status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]")),
        };
        var (account, owner, ownerArn) = ResolveOwner(call, delegateAccount, userName);
        var key = FindKey(account, owner, id);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:UpdateAccessKey", ownerArn));
        _services.Store.UpdateAccessKeyStatus(key.AccessKeyId, active);
        _services.Directory.Changed(account.Account.Id);
    }

    public void DeleteAccessKey(CallContext call, string? delegateAccount, string? userName, string? accessKeyId)
    {
        var id = Validate.Length(Validate.Required(accessKeyId, "accessKeyId"), "accessKeyId", 16, 128);
        var (account, owner, ownerArn) = ResolveOwner(call, delegateAccount, userName);
        var key = FindKey(account, owner, id);
        Guard.RequireIam(_services.Authorizer, call, UserOperations.Target(call, "iam:DeleteAccessKey", ownerArn));
        _services.Store.DeleteAccessKey(key.AccessKeyId);
        _services.Directory.Changed(account.Account.Id);
    }

    private static AccessKey FindKey(AccountSnapshot account, string? owner, string id) =>
        account.KeysOf(owner).FirstOrDefault(k => k.AccessKeyId == id)
        ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The Access Key with id {id} cannot be found."));

    /// <summary>The key owner: a named user, the calling user, or (null) the account root.</summary>
    private (AccountSnapshot Account, string? Owner, string OwnerArn) ResolveOwner(CallContext call, string? delegateAccount, string? userName)
    {
        var account = TargetAccount.Resolve(_services, call, delegateAccount);
        if (userName is not null)
        {
            var user = account.FindUser(Validate.EntityName(userName, "userName", 128))
                ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"The user with name {userName} cannot be found."));
            return (account, user.Name, Arns.User(user.AccountId, user.Path, user.Name));
        }

        if (delegateAccount is null && call.Caller.Kind == CallerKind.User)
        {
            return (account, call.Caller.UserName, call.Caller.Arn);
        }

        if (delegateAccount is null && call.Caller.Kind == CallerKind.AssumedRole)
        {
            throw new AwsException(ErrorCatalogue.ValidationError("Must specify userName when calling with non-User credentials"));
        }

        return (account, null, Arns.Root(account.Account.Id));
    }
}
