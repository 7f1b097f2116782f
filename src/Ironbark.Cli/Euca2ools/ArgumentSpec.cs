using System.Text;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// A command's argument grammar, built the way euca2ools declares its ARGS lists, plus argparse-style usage
/// and help text so "-h" and argument errors look familiar to euca2ools users.
/// </summary>
internal sealed class ArgumentSpec
{
    private readonly List<OptionDefinition> _options = [];
    private readonly List<PositionalDefinition> _positionals = [];
    private readonly List<ExclusiveGroup> _groups = [];

    public ArgumentSpec(string prog, string description)
    {
        Prog = prog;
        Description = description;
    }

    public string Prog { get; }

    public string Description { get; }

    public IReadOnlyList<OptionDefinition> Options => _options;

    public IReadOnlyList<PositionalDefinition> Positionals => _positionals;

    public IReadOnlyList<ExclusiveGroup> Groups => _groups;

    public OptionDefinition Flag(IReadOnlyList<string> names, string dest, bool hidden = false, string? help = null) =>
        AddOption(new OptionDefinition(names, dest, null, false, false, hidden, help));

    public OptionDefinition Value(
        IReadOnlyList<string> names, string dest, string metavar, bool required = false, bool append = false,
        bool hidden = false, string? help = null) =>
        AddOption(new OptionDefinition(names, dest, metavar, required, append, hidden, help));

    public void Positional(string dest, string metavar, PositionalArity arity = PositionalArity.One, string? help = null) =>
        _positionals.Add(new PositionalDefinition(dest, metavar, arity, help));

    public void Exclusive(bool required, params OptionDefinition[] members) => _groups.Add(new ExclusiveGroup(required, members));

    public string Usage()
    {
        var parts = new List<string>();
        var grouped = new HashSet<OptionDefinition>();
        foreach (var option in _options.Where(o => !o.Hidden))
        {
            var group = _groups.FirstOrDefault(g => g.Members.Contains(option));
            if (group is not null)
            {
                if (grouped.Add(group.Members[0]))
                {
                    var visible = group.Members.Where(m => !m.Hidden).Select(m => m.UsageText);
                    var joined = string.Join(" | ", visible);
                    parts.Add(group.Required ? $"({joined})" : $"[{joined}]");
                }

                continue;
            }

            parts.Add(option.Required ? option.UsageText : $"[{option.UsageText}]");
        }

        parts.AddRange(_positionals.Select(p => p.UsageText));
        return $"usage: {Prog} {string.Join(' ', parts)}";
    }

    public string Help()
    {
        var text = new StringBuilder();
        text.Append(Usage()).Append('\n').Append('\n').Append(Description).Append('\n');
        if (_positionals.Count > 0)
        {
            text.Append('\n').Append("positional arguments:").Append('\n');
            foreach (var positional in _positionals)
            {
                AppendEntry(text, positional.Metavar, positional.Help);
            }
        }

        text.Append('\n').Append("optional arguments:").Append('\n');
        foreach (var option in _options.Where(o => !o.Hidden))
        {
            // Names ending in '_' are kept only to accept old typos (--service_); help does not advertise them.
            var names = string.Join(", ", option.Names
                .Where(n => !n.EndsWith('_'))
                .Select(n => option.TakesValue ? $"{n} {option.Metavar}" : n));
            AppendEntry(text, names, option.Help);
        }

        return text.ToString();
    }

    private static void AppendEntry(StringBuilder text, string name, string? help)
    {
        text.Append("  ").Append(name);
        if (!string.IsNullOrEmpty(help))
        {
            if (name.Length <= 20)
            {
                text.Append(' ', 22 - name.Length).Append(help);
            }
            else
            {
                text.Append('\n').Append(' ', 24).Append(help);
            }
        }

        text.Append('\n');
    }

    private OptionDefinition AddOption(OptionDefinition option)
    {
        _options.Add(option);
        return option;
    }
}
