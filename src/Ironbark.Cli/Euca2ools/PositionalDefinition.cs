namespace Ironbark.Cli.Euca2ools;

/// <summary>How many words a positional argument takes: exactly one, zero or one ('?'), or any number ('*').</summary>
internal enum PositionalArity
{
    One,
    Optional,
    Many,
}

/// <summary>One positional argument of a command, in the order argparse fills them.</summary>
internal sealed record PositionalDefinition(string Dest, string Metavar, PositionalArity Arity, string? Help)
{
    public string UsageText => Arity switch
    {
        PositionalArity.Optional => $"[{Metavar}]",
        PositionalArity.Many => $"[{Metavar} [{Metavar} ...]]",
        _ => Metavar,
    };
}
