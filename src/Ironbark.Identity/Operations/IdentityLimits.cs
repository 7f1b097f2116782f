namespace Ironbark.Identity.Operations;

/// <summary>Per-account quotas, AWS's values by default; tests lower them to reach them quickly.</summary>
public sealed record IdentityLimits(int KeyPairsPerAccount = 5000)
{
    public static IdentityLimits Aws { get; } = new();
}
