namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The user and region a command runs as, each taken from the first source that names it: --region, then
/// EUCA_DEFAULT_REGION (or else AWS_DEFAULT_REGION), then [global] default-region (region only), then the
/// region's "user" option (user only).
/// </summary>
internal sealed record ResolvedProfile(string? User, string? Region)
{
    public static ResolvedProfile Resolve(string? regionOption, CliRuntime runtime, EucaConfig config)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        var fromOption = RegionSpec.Parse(regionOption);
        var user = fromOption.User;
        var region = fromOption.Region;

        // Only the first of the two variables that is set is consulted at all.
        var fromEnvironment = RegionSpec.Parse(
            runtime.GetEnvironment("EUCA_DEFAULT_REGION") ?? runtime.GetEnvironment("AWS_DEFAULT_REGION"));
        user ??= fromEnvironment.User;
        region ??= fromEnvironment.Region;

        region ??= config.GetGlobal("default-region") is { Length: > 0 } configured ? configured : null;
        user ??= config.GetRegionOption(region, "user")?.Value is { Length: > 0 } regionUser ? regionUser : null;
        return new ResolvedProfile(user, region);
    }
}
