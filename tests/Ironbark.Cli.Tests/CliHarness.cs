using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

/// <summary>
/// Runs commands in-process against a temp HOME, a private EUCA_CONFIG_PATH (so /etc/euca2ools never leaks
/// in), a fake HTTP server and the real SigV4 signer, capturing stdout and stderr.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 16, 5, 9, TimeSpan.Zero);

    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("ironbark-cli-tests-").FullName;
        Home = Path.Combine(Root, "home");
        Directory.CreateDirectory(Path.Combine(Home, ".euca"));
        Environment["HOME"] = Home;
        Environment["EUCA_CONFIG_PATH"] = Path.Combine(Home, ".euca", "*.ini");
    }

    public string Root { get; }

    public string Home { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public FakeHttpHandler Http { get; } = new();

    public string Stdin { get; set; } = string.Empty;

    public List<TimeSpan> Delays { get; } = [];

    /// <summary>Writes ~/.euca/NAME with the given ini text.</summary>
    public string WriteConfig(string name, string text)
    {
        var path = Path.Combine(Home, ".euca", name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A region "future" with all three endpoints and user "devops-admin" holding a key and account ID.</summary>
    public CliHarness WithFutureRegion()
    {
        WriteConfig("future.ini", """
            [global]
            default-region = future

            [region future]
            iam-url = http://127.0.0.1:8773/services/Euare/
            sts-url = http://127.0.0.1:8773/services/Tokens/
            ec2-url = http://127.0.0.1:8773/services/compute/
            user = devops-admin

            [user devops-admin]
            key-id = AKIADEVOPSADMIN
            secret-key = admin-secret-value
            account-id = 001827830003

            [user devops-user01]
            key-id = AKIADEVOPSUSER01
            secret-key = user01-secret-value
            account-id = 001827830003
            """);
        return this;
    }

    public CliRuntime Runtime(IReadOnlyList<string> invocation, TextWriter output, TextWriter error) => new()
    {
        Out = output,
        Error = error,
        In = new StringReader(Stdin),
        Environment = Environment,
        HomeDirectory = Home,
        Clock = new FixedClock(Now),
        HttpHandler = Http,
        Signer = SigV4RequestSigner.Sign,
        Invocation = invocation,
        ProcessId = 4242,
        Delay = delay =>
        {
            Delays.Add(delay);
            return Task.CompletedTask;
        },
    };

    public CliResult Run(string command, params string[] args)
    {
        var found = CommandRegistry.Find(command) ?? throw new ArgumentException($"no command {command}", nameof(command));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var runtime = Runtime(new[] { "/usr/bin/" + command }.Concat(args).ToArray(), output, error);
        var exit = CommandRunner.RunAsync(found, args, runtime).GetAwaiter().GetResult();
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Http.Dispose();
        Directory.Delete(Root, recursive: true);
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n');
}
