namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// One dash-option of a command. A null metavar makes it a store_true flag; hidden options parse normally but
/// stay out of usage and help, like the legacy Java-tool flags (-g, -u, -r...) euca2ools keeps accepting.
/// </summary>
internal sealed record OptionDefinition(
    IReadOnlyList<string> Names, string Dest, string? Metavar, bool Required, bool Append, bool Hidden, string? Help)
{
    public bool TakesValue => Metavar is not null;

    /// <summary>The "-p/--policy-name" form argparse uses in error messages (typo aliases such as --service_ left out).</summary>
    public string DisplayName => string.Join('/', Names.Where(n => !n.EndsWith('_')));

    public string UsageText => TakesValue ? $"{Names[0]} {Metavar}" : Names[0];
}
