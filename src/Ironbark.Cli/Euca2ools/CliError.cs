namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// A client-side failure (bad config, missing credentials, unreadable file, connection error).
/// euca2ools prints these as "PROG: error: MESSAGE" and exits 1, so the message must never carry secrets.
/// </summary>
internal sealed class CliError : Exception
{
    public CliError(string message)
        : base(message)
    {
    }

    public CliError(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliError()
    {
    }
}
