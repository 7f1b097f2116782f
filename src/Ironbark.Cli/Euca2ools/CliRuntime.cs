namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Everything a command touches outside its own arguments: console streams, environment, home directory,
/// clock, HTTP transport and the argv used to start it. Commands never reach for the real process state
/// directly, so tests can run them with canned environments and a fake HTTP handler.
/// </summary>
internal sealed class CliRuntime
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public TextReader In { get; init; } = TextReader.Null;

    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    public required string HomeDirectory { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Transport for all requests; the handler is not disposed by commands.</summary>
    public required HttpMessageHandler HttpHandler { get; init; }

    /// <summary>Whether TLS certificates are checked; set from the region's verify-ssl before any request.</summary>
    public TlsPolicy Tls { get; init; } = new();

    /// <summary>Signs a request in place; production uses the protocol project's SigV4 signer.</summary>
    public required RequestSigner Signer { get; init; }

    /// <summary>The words that started this command (argv[0] first), echoed in assumerole's "eval" hint.</summary>
    public IReadOnlyList<string> Invocation { get; init; } = [];

    public int ProcessId { get; init; } = System.Environment.ProcessId;

    /// <summary>Waits between retries of 500/503 answers; tests replace it so they do not sleep.</summary>
    public Func<TimeSpan, Task> Delay { get; init; } = delay => Task.Delay(delay);

    /// <summary>Returns the variable's value, treating an empty value like Python's "if os.getenv(...)" does.</summary>
    public string? GetEnvironment(string name) =>
        Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public static CliRuntime FromProcess(IReadOnlyList<string> invocation)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                environment[key] = value;
            }
        }

        var home = environment.TryGetValue("HOME", out var h) && h.Length > 0
            ? h
            : System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        var tls = new TlsPolicy();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, errors) => tls.Validate(errors);
        return new CliRuntime
        {
            Out = Console.Out,
            Error = Console.Error,
            In = Console.In,
            Environment = environment,
            HomeDirectory = home,
            HttpHandler = handler,
            Tls = tls,
            Signer = SigV4RequestSigner.Sign,
            Invocation = invocation,
        };
    }
}
