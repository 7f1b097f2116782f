namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// euca2ools' view of the merged config files: [global], [region NAME] and [user NAME] sections, with
/// requestbuilder's lookup rules (wildcard chunks, unique suffix match, the "*" section, and "use" redirects).
/// Unknown section kinds are ignored for forward compatibility, as euca2ools does.
/// </summary>
internal sealed class EucaConfig
{
    private const int MaxRedirects = 20;

    private readonly Dictionary<string, string> _global = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _users = new(StringComparer.Ordinal);

    public static EucaConfig Empty { get; } = new(new IniDocument());

    public EucaConfig(IniDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var header in document.SectionNames)
        {
            var options = document.Section(header)!;
            var words = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1 && words[0] == "global")
            {
                Merge(_global, options);
            }
            else if (words.Length >= 2 && words[0] is "region" or "user")
            {
                var name = words[1];
                Validate(words[0], name);
                var target = words[0] == "region" ? _regions : _users;
                if (!target.TryGetValue(name, out var section))
                {
                    section = new Dictionary<string, string>(StringComparer.Ordinal);
                    target[name] = section;
                }

                Merge(section, options);
                if (words[0] == "region")
                {
                    // Every region implicitly knows its short name; it becomes the SigV4 scope region.
                    section.TryAdd("name", name[(name.LastIndexOf(':') + 1)..]);
                }
            }
        }
    }

    public IEnumerable<string> RegionNames => _regions.Keys;

    public string? GetGlobal(string option)
    {
        var key = option.ToLowerInvariant();
        return _global.TryGetValue(key, out var value) ? IniDocument.Interpolate(value, _global, "global", key) : null;
    }

    public ConfigValue? GetRegionOption(string? region, string option) => Lookup(_regions, "region", region, option);

    public ConfigValue? GetUserOption(string? user, string option) => Lookup(_users, "user", user, option);

    private static void Merge(Dictionary<string, string> target, IReadOnlyDictionary<string, string> source)
    {
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }

    private static void Validate(string kind, string name)
    {
        if (name.Contains('@', StringComparison.Ordinal))
        {
            throw new CliError($"{kind} section name '{name}' must not contain @ characters");
        }

        if (name.Split(':').Any(chunk => chunk.Length == 0))
        {
            throw new CliError($"{kind} section name '{name}' must not contain an empty namespace");
        }
    }

    private static ConfigValue? Lookup(
        Dictionary<string, Dictionary<string, string>> sections, string kind, string? name, string option)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var visited = new HashSet<(string, string)>();
        var section = name;
        var key = option.ToLowerInvariant();
        while (true)
        {
            if (!visited.Add((section, key)) || visited.Count > MaxRedirects)
            {
                throw new CliError($"{kind} '{name}': 'use' redirections for option '{option}' form a loop");
            }

            var found = FindOption(sections, kind, section, key);
            if (found is null)
            {
                return null;
            }

            // "use SECTION [OPTION]" sends the lookup to another section of the same kind.
            var words = found.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && words[0] == "use")
            {
                section = words[1];
                key = words.Length > 2 ? words[2].ToLowerInvariant() : key;
                continue;
            }

            return found;
        }
    }

    private static ConfigValue? FindOption(
        Dictionary<string, Dictionary<string, string>> sections, string kind, string name, string option)
    {
        var wildcard = FindWithWildcards(sections, name, option);
        if (wildcard is not null)
        {
            return wildcard;
        }

        // A name that is the tail of a namespaced section ("us-east-1" for "aws:us-east-1") picks the
        // shortest such section, but only when that choice is unique.
        var suffix = ":" + name;
        var candidates = sections.Keys.Where(s => s.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        if (candidates.Count > 0)
        {
            var shortest = candidates.Min(s => s.Length);
            var closest = candidates.Where(s => s.Length == shortest).Order(StringComparer.Ordinal).ToList();
            if (closest.Count > 1)
            {
                throw new CliError($"{kind} '{name}' is ambiguous; closest matches are {string.Join(", ", closest)}");
            }

            var viaSuffix = FindWithWildcards(sections, closest[0], option);
            if (viaSuffix is not null)
            {
                return viaSuffix;
            }
        }

        return sections.TryGetValue("*", out var star) && star.TryGetValue(option, out var starValue)
            ? new ConfigValue(IniDocument.Interpolate(starValue, star, "*", option), "*")
            : null;
    }

    /// <summary>Tries "a:b", "a:*", "*:b", "*:*": every literal/wildcard mix, most specific first, never bare "*".</summary>
    private static ConfigValue? FindWithWildcards(
        Dictionary<string, Dictionary<string, string>> sections, string name, string option)
    {
        var bits = name.Split(':');
        var combinations = 1 << bits.Length;
        for (var mask = 0; mask < combinations; mask++)
        {
            // Bit i of mask set means chunk i (counting from the left, high bit first) becomes a wildcard.
            var chunks = new string[bits.Length];
            for (var i = 0; i < bits.Length; i++)
            {
                var wild = (mask & (1 << (bits.Length - 1 - i))) != 0;
                chunks[i] = wild ? "*" : bits[i];
            }

            var candidate = string.Join(':', chunks);
            if (candidate == "*")
            {
                continue;
            }

            if (sections.TryGetValue(candidate, out var section) && section.TryGetValue(option, out var value))
            {
                return new ConfigValue(IniDocument.Interpolate(value, section, candidate, option), candidate);
            }
        }

        return null;
    }
}
