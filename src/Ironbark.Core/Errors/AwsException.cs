namespace Ironbark.Core.Errors;

/// <summary>Carries an <see cref="AwsError"/> from wherever it is detected to the response writer.</summary>
public sealed class AwsException : Exception
{
    public AwsException(AwsError error)
        : base(error.Message)
    {
        Error = error;
    }

    public AwsException()
        : this(ErrorCatalogue.InternalFailure())
    {
    }

    public AwsException(string message)
        : this(ErrorCatalogue.InternalFailure(message))
    {
    }

    public AwsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = ErrorCatalogue.InternalFailure(message);
    }

    public AwsError Error { get; }
}
