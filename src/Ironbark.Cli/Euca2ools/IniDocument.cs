using System.Text;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The raw section/option data of every euca2ools config file, read with Python 2 ConfigParser rules because
/// that is what users' files were written against: option names are case-insensitive, '=' or ':' separates
/// key from value (whichever comes first), whole-line '#'/';' comments, " ;" inline comments, indented
/// continuation lines, and files read later overwrite options of the same section.
/// </summary>
internal sealed class IniDocument
{
    private readonly Dictionary<string, Dictionary<string, string>> _sections = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Section headers in first-seen order.</summary>
    public IReadOnlyList<string> SectionNames => _order;

    public IReadOnlyDictionary<string, string>? Section(string header) =>
        _sections.TryGetValue(header, out var options) ? options : null;

    /// <summary>Merges one file's text; <paramref name="source"/> only names the file in error messages.</summary>
    public void Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        Dictionary<string, string>? current = null;
        string? lastOption = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            // ConfigParser treats an indented line after an option as more of that option's value.
            if (char.IsWhiteSpace(line[0]) && current is not null && lastOption is not null)
            {
                current[lastOption] = current[lastOption] + "\n" + trimmed;
                continue;
            }

            if (trimmed[0] == '[')
            {
                var close = trimmed.IndexOf(']', StringComparison.Ordinal);
                if (close > 1)
                {
                    var header = trimmed[1..close];
                    if (!_sections.TryGetValue(header, out current))
                    {
                        current = new Dictionary<string, string>(StringComparer.Ordinal);
                        _sections[header] = current;
                        _order.Add(header);
                    }

                    lastOption = null;
                    continue;
                }
            }

            if (current is null)
            {
                throw new CliError($"File contains no section headers.\nfile: {source}, line: {lineNumber}\n{rawLine}");
            }

            var separator = trimmed.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new CliError($"File contains parsing errors: {source}\n\t[line {lineNumber}]: {rawLine}");
            }

            var name = trimmed[..separator].Trim().ToLowerInvariant();
            var value = trimmed[(separator + 1)..];
            var comment = value.IndexOf(';', StringComparison.Ordinal);
            if (comment > 0 && char.IsWhiteSpace(value[comment - 1]))
            {
                value = value[..comment];
            }

            value = value.Trim();
            if (value == "\"\"")
            {
                value = string.Empty;
            }

            current[name] = value;
            lastOption = name;
        }
    }

    /// <summary>
    /// SafeConfigParser's "%(name)s" interpolation, applied when a value is read: "%%" is a literal percent,
    /// "%(x)s" is option x of the same section, and any other '%' is an error, as in euca2ools.
    /// </summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> section, string sectionName, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(section);
        return Interpolate(value, section, sectionName, option, 0);
    }

    // Error texts name the option, never the value: secret-key values go through here too.
    private static string Interpolate(string value, IReadOnlyDictionary<string, string> section, string sectionName, string option, int depth)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        if (depth > 10)
        {
            throw new CliError($"Value interpolation too deeply recursive in section [{sectionName}]");
        }

        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '%')
            {
                result.Append(c);
                continue;
            }

            if (i + 1 < value.Length && value[i + 1] == '%')
            {
                result.Append('%');
                i++;
                continue;
            }

            var end = value.IndexOf(")s", i, StringComparison.Ordinal);
            if (i + 1 < value.Length && value[i + 1] == '(' && end > i + 2)
            {
                var key = value[(i + 2)..end].ToLowerInvariant();
                if (!section.TryGetValue(key, out var referenced))
                {
                    throw new CliError($"Bad value substitution: section: [{sectionName}] key: '{key}'");
                }

                result.Append(Interpolate(referenced, section, sectionName, key, depth + 1));
                i = end + 1;
                continue;
            }

            throw new CliError($"invalid interpolation syntax in option '{option}' of section [{sectionName}]: '%' must be followed by '%' or '('");
        }

        return result.ToString();
    }
}
