namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// --debug (or [global] debug) output on stderr, silent otherwise as in requestbuilder. Parameters whose
/// names mention a password or secret are shown as &lt;redacted&gt;; credentials are never passed here.
/// </summary>
internal sealed class DebugLog
{
    private readonly TextWriter? _writer;

    public DebugLog(TextWriter? writer)
    {
        _writer = writer;
    }

    public bool Enabled => _writer is not null;

    public void Write(string message) => _writer?.WriteLine("DEBUG: " + message);

    public static string Redact(string name, string value) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
            ? "<redacted>"
            : value;
}
