namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Parses argv the way Python 2.7 argparse does for euca2ools' declarations: options and positionals may be
/// interleaved, "--opt=value" and "-oVALUE" forms, clustered short flags, unique prefixes of long options,
/// "--" ends options, and argparse's error texts, raised as <see cref="UsageError"/> (exit 2).
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(ArgumentSpec spec, IReadOnlyList<string> argv)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(argv);
        var result = new ParsedArguments();
        var positionalWords = new List<(int Index, string Word)>();
        var unrecognized = new List<(int Index, string Word)>();
        var seen = new List<OptionDefinition>();
        var optionsEnded = false;

        for (var i = 0; i < argv.Count; i++)
        {
            var word = NormalizeDashes(argv[i]);
            if (optionsEnded || !LooksLikeOption(word))
            {
                positionalWords.Add((i, argv[i]));
                continue;
            }

            if (word == "--")
            {
                optionsEnded = true;
                continue;
            }

            string? attached = null;
            OptionDefinition? option;
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = word.IndexOf('=', StringComparison.Ordinal);
                var name = eq >= 0 ? word[..eq] : word;
                attached = eq >= 0 ? word[(eq + 1)..] : null;
                option = FindLong(spec, name);
            }
            else
            {
                option = spec.Options.FirstOrDefault(o => o.Names.Contains(word));
                if (option is null && word.Length > 2)
                {
                    option = spec.Options.FirstOrDefault(o => o.Names.Contains(word[..2]));
                    if (option is not null)
                    {
                        if (option.TakesValue)
                        {
                            attached = word[2..];
                        }
                        else
                        {
                            // "-vk": every letter must be a flag of its own.
                            foreach (var letter in word[2..])
                            {
                                var clustered = spec.Options.FirstOrDefault(o => o.Names.Contains("-" + letter));
                                if (clustered is null || clustered.TakesValue)
                                {
                                    throw new UsageError($"argument {option.DisplayName}: ignored explicit argument '{word[2..]}'");
                                }

                                Record(spec, result, seen, clustered, null);
                                if (result.EarlyExit is not null)
                                {
                                    return result;
                                }
                            }
                        }
                    }
                }
            }

            if (option is null)
            {
                unrecognized.Add((i, argv[i]));
                continue;
            }

            string? value = null;
            if (option.TakesValue)
            {
                if (attached is not null)
                {
                    value = attached;
                }
                else if (i + 1 < argv.Count && !LooksLikeOption(NormalizeDashes(argv[i + 1])))
                {
                    value = argv[++i];
                }
                else
                {
                    throw new UsageError($"argument {option.DisplayName}: expected one argument");
                }
            }
            else if (attached is not null && word.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageError($"argument {option.DisplayName}: ignored explicit argument '{attached}'");
            }

            Record(spec, result, seen, option, value);
            if (result.EarlyExit is not null)
            {
                return result;
            }
        }

        AssignPositionals(spec, result, positionalWords, unrecognized);

        foreach (var option in spec.Options.Where(o => o.Required && !result.Has(o.Dest)))
        {
            throw new UsageError($"argument {option.DisplayName} is required");
        }

        foreach (var group in spec.Groups.Where(g => g.Required && !g.Members.Any(m => seen.Contains(m))))
        {
            var names = string.Join(' ', group.Members.Where(m => !m.Hidden).Select(m => m.DisplayName));
            throw new UsageError($"one of the arguments {names} is required");
        }

        // parse_args reports leftovers only after parse_known_args' own checks pass.
        if (unrecognized.Count > 0)
        {
            throw new UsageError($"unrecognized arguments: {string.Join(' ', unrecognized.OrderBy(u => u.Index).Select(u => u.Word))}");
        }

        return result;
    }

    /// <summary>
    /// Copy-pasted documentation (including the seed walkthrough) often turns "--region" into "–region";
    /// an en or em dash prefix is read as "--" so such commands still run as written.
    /// </summary>
    private static string NormalizeDashes(string word) =>
        word.Length > 1 && word[0] is '\u2013' or '\u2014' && word[1] != '-' ? "--" + word[1..] : word;

    private static bool LooksLikeOption(string word) =>
        word.Length > 1 && word[0] == '-' && !(word.Length > 1 && (char.IsDigit(word[1]) || word[1] == '.'));

    private static OptionDefinition? FindLong(ArgumentSpec spec, string name)
    {
        var exact = spec.Options.FirstOrDefault(o => o.Names.Contains(name));
        if (exact is not null)
        {
            return exact;
        }

        var matches = spec.Options
            .SelectMany(o => o.Names.Where(n => n.StartsWith("--", StringComparison.Ordinal) && n.StartsWith(name, StringComparison.Ordinal)).Select(n => (o, n)))
            .ToList();
        if (matches.Count > 1 && matches.Select(m => m.o).Distinct().Count() > 1)
        {
            throw new UsageError($"ambiguous option: {name} could match {string.Join(", ", matches.Select(m => m.n))}");
        }

        return matches.Count > 0 ? matches[0].o : null;
    }

    private static void Record(ArgumentSpec spec, ParsedArguments result, List<OptionDefinition> seen, OptionDefinition option, string? value)
    {
        if (option.Dest is CommonOptions.Help or CommonOptions.Version)
        {
            result.EarlyExit = option.Dest;
            return;
        }

        var group = spec.Groups.FirstOrDefault(g => g.Members.Contains(option));
        if (group is not null)
        {
            var other = group.Members.FirstOrDefault(m => m != option && seen.Contains(m));
            if (other is not null)
            {
                throw new UsageError($"argument {option.DisplayName}: not allowed with argument {other.DisplayName}");
            }
        }

        seen.Add(option);
        if (value is null)
        {
            result.SetFlag(option.Dest);
        }
        else if (option.Append)
        {
            result.Add(option.Dest, value);
        }
        else
        {
            result.Replace(option.Dest, value);
        }
    }

    private static void AssignPositionals(
        ArgumentSpec spec, ParsedArguments result, List<(int Index, string Word)> words, List<(int Index, string Word)> unrecognized)
    {
        var required = spec.Positionals.Count(p => p.Arity == PositionalArity.One);
        if (words.Count < required)
        {
            throw new UsageError("too few arguments");
        }

        var index = 0;
        var optionalBudget = words.Count - required;
        foreach (var positional in spec.Positionals)
        {
            switch (positional.Arity)
            {
                case PositionalArity.One:
                    result.Add(positional.Dest, words[index++].Word);
                    break;
                case PositionalArity.Optional when optionalBudget > 0:
                    result.Add(positional.Dest, words[index++].Word);
                    optionalBudget--;
                    break;
                case PositionalArity.Many:
                    while (optionalBudget > 0)
                    {
                        result.Add(positional.Dest, words[index++].Word);
                        optionalBudget--;
                    }

                    break;
                default:
                    break;
            }
        }

        unrecognized.AddRange(words.Skip(index));
    }
}
