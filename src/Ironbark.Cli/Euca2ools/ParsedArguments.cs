namespace Ironbark.Cli.Euca2ools;

/// <summary>The values argparse would put in its namespace, keyed by dest.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Set when -h/--help or --version was seen: argparse acts on those immediately and stops.</summary>
    public string? EarlyExit { get; set; }

    public bool Has(string dest) => _flags.Contains(dest) || _values.ContainsKey(dest);

    public string? Get(string dest) => _values.TryGetValue(dest, out var list) ? list[^1] : null;

    public IReadOnlyList<string> GetAll(string dest) => _values.TryGetValue(dest, out var list) ? list : [];

    public void SetFlag(string dest) => _flags.Add(dest);

    public void Add(string dest, string value)
    {
        if (!_values.TryGetValue(dest, out var list))
        {
            list = [];
            _values[dest] = list;
        }

        list.Add(value);
    }

    public void Replace(string dest, string value) => _values[dest] = [value];
}
