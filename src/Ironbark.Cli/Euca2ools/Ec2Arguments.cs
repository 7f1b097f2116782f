namespace Ironbark.Cli.Euca2ools;

/// <summary>Options every EC2 command has (TabifyingMixin's --show-empty-fields) and its field formatting.</summary>
internal static class Ec2Arguments
{
    public const string ShowEmptyFields = "show_empty_fields";

    public static void AddShowEmptyFields(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Flag(["--show-empty-fields"], ShowEmptyFields, help: "show empty values as \"(nil)\"");
    }

    /// <summary>
    /// TabifyingMixin.tabify: fields joined by one tab; an empty field keeps its column, printed as "" or,
    /// with --show-empty-fields, as "(nil)".
    /// </summary>
    public static string Tabify(bool showEmpty, params string?[] fields) =>
        string.Join('\t', fields.Select(f => string.IsNullOrEmpty(f) ? (showEmpty ? "(nil)" : string.Empty) : f));
}
