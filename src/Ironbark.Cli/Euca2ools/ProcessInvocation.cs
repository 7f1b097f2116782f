using System.Text;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The argv[0] the shell used. .NET does not expose it: Environment.GetCommandLineArgs()[0] is the managed
/// ironbark.dll and Environment.ProcessPath is the symlink-resolved apphost, so a link named
/// "euare-assumerole" would be invisible. On Linux /proc/self/cmdline still holds the original argv[0].
/// </summary>
internal static class ProcessInvocation
{
    public static string Argv0()
    {
        try
        {
            var raw = File.ReadAllBytes("/proc/self/cmdline");
            var end = Array.IndexOf(raw, (byte)0);
            var first = Encoding.UTF8.GetString(raw, 0, end < 0 ? raw.Length : end);
            if (first.Length > 0)
            {
                return first;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Not Linux (or /proc hidden): fall back to what .NET knows.
        }

        return Environment.ProcessPath ?? Environment.GetCommandLineArgs()[0];
    }
}
