namespace Ironbark.Cli.Euca2ools;

/// <summary>An argparse mutually exclusive group: at most one member may be given, exactly one when required.</summary>
internal sealed record ExclusiveGroup(bool Required, IReadOnlyList<OptionDefinition> Members);
