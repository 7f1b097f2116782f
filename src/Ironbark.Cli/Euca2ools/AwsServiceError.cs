namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// An error answer from the server. euca2ools prints "PROG: error (CODE): MESSAGE" and exits 1; when the body
/// has no Code the HTTP status number stands in, and when it has no Message the reason phrase does.
/// </summary>
internal sealed class AwsServiceError : Exception
{
    public AwsServiceError(string code, string message, int statusCode)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public AwsServiceError(string message)
        : this(string.Empty, message, 0)
    {
    }

    public AwsServiceError(string message, Exception inner)
        : base(message, inner)
    {
        Code = string.Empty;
    }

    public AwsServiceError()
        : this(string.Empty, string.Empty, 0)
    {
    }

    public string Code { get; }

    public int StatusCode { get; }
}
