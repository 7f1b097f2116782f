namespace Ironbark.Cli.Tests;

/// <summary>A clock frozen at one instant so session names, X-Amz-Date and expiry checks are deterministic.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
