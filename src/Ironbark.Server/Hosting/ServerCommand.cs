using System.Runtime.InteropServices;

namespace Ironbark.Server.Hosting;

/// <summary>`ironbark server [--listen HOST:PORT] [--data DIR]`: runs in the foreground until SIGTERM or SIGINT.</summary>
public static class ServerCommand
{
    public const string Usage = "usage: ironbark server [--listen HOST:PORT] [--data DIR] [--postgres CONNSTRING]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var listen = ServerOptions.DefaultListen;
        var data = ServerOptions.DefaultDataDirectory();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--listen" when i + 1 < args.Length:
                    listen = args[++i];
                    break;
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--postgres" when i + 1 < args.Length:
                    stderr.WriteLine("ironbark server: error: the PostgreSQL store is not available yet; run without --postgres to use the embedded store");
                    return 2;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    stderr.WriteLine(Usage);
                    stderr.WriteLine($"ironbark server: error: unrecognized argument: {args[i]}");
                    return 2;
            }
        }

        ServerOptions options;
        try
        {
            options = new ServerOptions(ServerOptions.ParseListen(listen), Path.GetFullPath(data));
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"ironbark server: error: {e.Message}");
            return 2;
        }

        return RunAsync(options, stdout).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServerOptions options, TextWriter stdout)
    {
        // Our own signal handling: the stop is graceful (in-flight requests finish, the store closes)
        // and the exit status is 0, which a supervisor reads as a clean stop.
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        var server = await IronbarkServer.StartAsync(options, stdout).ConfigureAwait(false);
        await stdout.WriteLineAsync($"ironbark: serving {server.Address} with data in {options.DataDirectory}").ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        await stop.Task.ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync("ironbark: stopped").ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return 0;
    }
}
