using System.Text.RegularExpressions;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Finds and reads euca2ools config files in euca2ools' order: /etc/euca2ools/euca2ools.ini,
/// /etc/euca2ools/conf.d/*.ini, ~/.euca/*.ini, each glob's matches sorted. $EUCA_CONFIG_PATH, when set,
/// replaces that list with its own colon-separated globs (each with $VAR and ~ expanded first).
/// </summary>
internal static partial class ConfigLoader
{
    private static readonly string[] DefaultPaths =
    [
        "/etc/euca2ools/euca2ools.ini",
        "/etc/euca2ools/conf.d/*.ini",
        "~/.euca/*.ini",
    ];

    public static EucaConfig Load(CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var document = new IniDocument();
        foreach (var path in ListFiles(runtime))
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Python's ConfigParser.read silently skips files it cannot open.
                continue;
            }

            document.Read(text, path);
        }

        return new EucaConfig(document);
    }

    public static IReadOnlyList<string> ListFiles(CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var configured = runtime.GetEnvironment("EUCA_CONFIG_PATH");
        var globs = configured is not null ? configured.Split(':') : DefaultPaths;
        var files = new List<string>();
        foreach (var glob in globs)
        {
            if (glob.Length == 0)
            {
                continue;
            }

            files.AddRange(ExpandGlob(ExpandUser(ExpandVariables(glob, runtime), runtime)));
        }

        return files;
    }

    /// <summary>Python os.path.expandvars: $NAME and ${NAME} are replaced when set and left alone when not.</summary>
    public static string ExpandVariables(string path, CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return VariablePattern().Replace(path, match =>
        {
            var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            return runtime.GetEnvironment(name) ?? match.Value;
        });
    }

    /// <summary>Python os.path.expanduser for the current user: a leading "~" or "~/" becomes $HOME.</summary>
    public static string ExpandUser(string path, CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(runtime);
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            return runtime.HomeDirectory + path[1..];
        }

        return path;
    }

    /// <summary>Python glob.glob for '*', '?' and '[...]' in the file-name part, matches sorted like euca2ools.</summary>
    private static IEnumerable<string> ExpandGlob(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?', '[']) < 0)
        {
            return File.Exists(pattern) ? [pattern] : [];
        }

        var directory = Path.GetDirectoryName(pattern);
        var namePattern = Path.GetFileName(pattern);
        if (string.IsNullOrEmpty(directory))
        {
            directory = ".";
        }

        if (directory.IndexOfAny(['*', '?', '[']) >= 0 || !Directory.Exists(directory))
        {
            return [];
        }

        var regex = new Regex("^" + GlobToRegex(namePattern) + "$", RegexOptions.CultureInvariant);
        var prefix = Path.GetDirectoryName(pattern) is { Length: > 0 } ? directory + "/" : string.Empty;
        return Directory.EnumerateFileSystemEntries(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => regex.IsMatch(name) && (namePattern.StartsWith('.') || !name.StartsWith('.')))
            .Select(name => prefix + name)
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string GlobToRegex(string glob)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    result.Append(".*");
                    break;
                case '?':
                    result.Append('.');
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        result.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..close];
                    result.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                default:
                    result.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePattern();
}
