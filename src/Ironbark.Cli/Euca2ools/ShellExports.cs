using System.Text;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The shell snippets euare-assumerole and euare-releaserole print for eval: Bourne "NAME=value; export NAME;"
/// or csh "setenv NAME value;", values unquoted (euca2ools prints them raw), an empty value becomes an unset,
/// and a trailing hint telling a human reader to wrap the command in eval.
/// </summary>
internal static class ShellExports
{
    public const string CshDest = "csh";
    public const string ShDest = "sh";

    public static void AddShellOptions(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var csh = spec.Flag(["-c"], CshDest, help: "generate C-shell commands on stdout");
        var sh = spec.Flag(["-s"], ShDest, help: "generate Bourne shell commands on stdout");
        spec.Exclusive(false, csh, sh);
    }

    /// <summary>csh syntax with -c, or when -s is absent and $SHELL ends in "csh" (which covers tcsh).</summary>
    public static bool UseCsh(ParsedArguments args, CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(runtime);
        return args.Has(CshDest)
            || (!args.Has(ShDest) && (runtime.GetEnvironment("SHELL")?.EndsWith("csh", StringComparison.Ordinal) ?? false));
    }

    public static string Set(bool csh, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Unset(csh, name);
        }

        return csh ? $"setenv {name} {value};" : $"{name}={value}; export {name};";
    }

    public static string Unset(bool csh, string name) => csh ? $"unsetenv {name};" : $"unset {name};";

    public static void WriteEvalHint(TextWriter output, IReadOnlyList<string> invocation)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(invocation);
        output.WriteLine();
        output.WriteLine("# If you can read this, rerun this program with eval:");
        output.WriteLine($"#     eval `{string.Join(' ', invocation.Select(Quote))}`");
    }

    /// <summary>Python's pipes.quote: words made only of safe characters stay bare, others get single quotes.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return "''";
        }

        if (word.All(c => char.IsAsciiLetterOrDigit(c) || "@%_-+=:,./".Contains(c, StringComparison.Ordinal)))
        {
            return word;
        }

        return new StringBuilder("'").Append(word.Replace("'", "'\"'\"'", StringComparison.Ordinal)).Append('\'').ToString();
    }
}
