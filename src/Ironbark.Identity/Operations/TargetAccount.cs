using Ironbark.Core.Errors;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Snapshots;

namespace Ironbark.Identity.Operations;

/// <summary>
/// Which account an IAM call acts on: the caller's own, or with DelegateAccount (a Eucalyptus extension)
/// any account, for principals of the cloud administrator's account only.
/// </summary>
public static class TargetAccount
{
    public static AccountSnapshot Resolve(IdentityServices services, CallContext call, string? delegateAccount)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(call);
        var own = services.Directory.Get(call.Caller.AccountId)
            ?? throw new AwsException(ErrorCatalogue.InvalidClientTokenId());
        if (delegateAccount is null)
        {
            return own;
        }

        if (!own.Account.IsSystem)
        {
            throw new AwsException(ErrorCatalogue.AccessDenied("Only the cloud administrator's account may use DelegateAccount."));
        }

        var target = services.Directory.FindAccount(delegateAccount)
            ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"Can not find account {delegateAccount}"));
        return services.Directory.Get(target.Id) ?? throw new AwsException(ErrorCatalogue.NoSuchEntity($"Can not find account {delegateAccount}"));
    }
}
