namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// `ironbark install-links DIR`: one symlink per implemented command, DIR/&lt;command&gt; → the ironbark apphost,
/// so euca2ools-style scripts can call "euare-rolecreate" directly; the program dispatches on the link name.
/// Existing links are replaced; other files are left alone and reported, so nothing real is ever clobbered.
/// </summary>
internal static class LinkInstaller
{
    public static int Run(IReadOnlyList<string> args, string? executablePath, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Count != 1 || args[0].StartsWith('-'))
        {
            stderr.WriteLine("usage: ironbark install-links DIR");
            stderr.WriteLine("ironbark install-links: error: expected exactly one argument, the directory to create links in");
            return 2;
        }

        if (string.IsNullOrEmpty(executablePath)
            || Path.GetFileNameWithoutExtension(executablePath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine("ironbark install-links: error: links need the ironbark executable; run the built apphost, not 'dotnet ironbark.dll'");
            return 1;
        }

        var directory = Path.GetFullPath(args[0]);
        var failures = 0;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"ironbark install-links: error: {FileArguments.StrError(e)}: {directory}");
            return 1;
        }

        foreach (var name in CommandRegistry.Names)
        {
            var link = Path.Combine(directory, name);
            try
            {
                var existing = new FileInfo(link);
                if (existing.LinkTarget is not null)
                {
                    existing.Delete();
                }
                else if (existing.Exists || Directory.Exists(link))
                {
                    stderr.WriteLine($"ironbark install-links: error: {link} exists and is not a symlink; left unchanged");
                    failures++;
                    continue;
                }

                File.CreateSymbolicLink(link, executablePath);
                stdout.WriteLine($"{link} -> {executablePath}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"ironbark install-links: error: {FileArguments.StrError(e)}: {link}");
                failures++;
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
