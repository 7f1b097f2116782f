namespace Ironbark.Core.Errors;

/// <summary>Who is to blame for an error, as the Query protocol's <c>Type</c> element says.</summary>
public enum ErrorFault
{
    Sender,
    Receiver,
}

/// <summary>One AWS error as a client sees it: code, HTTP status and message text.</summary>
public sealed record AwsError(string Code, int HttpStatus, string Message, ErrorFault Fault = ErrorFault.Sender);
