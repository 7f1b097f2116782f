namespace Ironbark.Server;

/// <summary>`ironbark server`: parses its options and runs the host until SIGTERM/SIGINT.</summary>
public static class ServerCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stderr.WriteLine("ironbark server: under construction");
        return 1;
    }
}
