namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// An argparse-style argument error. euca2ools prints the usage line, then "PROG: error: MESSAGE", and exits 2;
/// it is also what configure-time ArgumentErrors (e.g. assumerole's missing account ID) turn into.
/// </summary>
internal sealed class UsageError : Exception
{
    public UsageError(string message)
        : base(message)
    {
    }

    public UsageError(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UsageError()
    {
    }
}
