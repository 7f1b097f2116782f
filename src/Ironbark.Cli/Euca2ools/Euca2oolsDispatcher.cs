namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Public entry point for the euca2ools-compatible commands, used by Program for both "ironbark
/// euare-rolecreate ARGS" and for symlinks named after a command (argv[0] dispatch).
/// </summary>
public static class Euca2oolsDispatcher
{
    /// <summary>The command names this build implements (what install-links links).</summary>
    public static IReadOnlyList<string> CommandNames => CommandRegistry.Names;

    /// <summary>
    /// Runs <paramref name="commandName"/> (a bare name or a path whose file name is the command) with the real
    /// console, environment and network. Returns false, without side effects, when no such command exists.
    /// </summary>
    /// <param name="invocation">The full argv (argv[0] first), echoed in assumerole's "rerun with eval" hint.</param>
    public static bool TryRun(string commandName, string[] args, IReadOnlyList<string> invocation, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(commandName);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(invocation);
        var command = CommandRegistry.Find(Path.GetFileName(commandName));
        if (command is null)
        {
            exitCode = 2;
            return false;
        }

        var runtime = CliRuntime.FromProcess(invocation);
        try
        {
            exitCode = CommandRunner.RunAsync(command, args, runtime).GetAwaiter().GetResult();
        }
        finally
        {
            runtime.HttpHandler.Dispose();
            runtime.Out.Flush();
        }

        return true;
    }

    /// <summary>`ironbark install-links DIR`: symlinks every command name in DIR to the running executable.</summary>
    public static int InstallLinks(string[] args, TextWriter stdout, TextWriter stderr) =>
        LinkInstaller.Run(args, Environment.ProcessPath, stdout, stderr);

    /// <summary>The program name the shell used (argv[0], not the symlink-resolved executable path).</summary>
    public static string InvokedAs() => ProcessInvocation.Argv0();
}
