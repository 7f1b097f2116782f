namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// A looked-up config value and the section it finally came from; the section matters because a region URL
/// reached through "use" takes its SigV4 region name from the target section.
/// </summary>
internal sealed record ConfigValue(string Value, string Section);
