using Ironbark.Identity.Authorization;
using Ironbark.Identity.Crypto;
using Ironbark.Identity.Sessions;
using Ironbark.Identity.Snapshots;
using Ironbark.Identity.Store;

namespace Ironbark.Identity.Operations;

/// <summary>The shared pieces every operation works with.</summary>
public sealed class IdentityServices
{
    public IdentityServices(IIdentityStore store, SecretSealer masterSealer, TimeProvider time, IdentityLimits? limits = null)
    {
        Limits = limits ?? IdentityLimits.Aws;
        Store = store;
        MasterSealer = masterSealer;
        Time = time;
        Directory = new IdentityDirectory(store);
        var ring = TokenKeyRing.Load(store, masterSealer);
        Tokens = new SessionTokenService(ring);
        Authorizer = new Authorizer(Directory, new AuthorizationMessages(ring));
    }

    public IIdentityStore Store { get; }

    public IdentityLimits Limits { get; }

    public SecretSealer MasterSealer { get; }

    public TimeProvider Time { get; }

    public IdentityDirectory Directory { get; }

    public SessionTokenService Tokens { get; }

    public Authorizer Authorizer { get; }

    public const string SecretPurpose = "access-key-secret";

    public DateTimeOffset Now => Core.Text.AwsTime.Truncate(Time.GetUtcNow());
}
