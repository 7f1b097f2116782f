namespace Ironbark.Compat.Tests;

/// <summary>AWS's texts for the authentication errors, as the real services send them.</summary>
internal static class ErrorTexts
{
    public const string SignatureDoesNotMatch =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public const string AuthFailure = "AWS was not able to validate the provided access credentials";

    public const string Unauthorized = "You are not authorized to perform this operation.";

    /// <summary>
    /// EC2's denial, as AWS words it today: the fixed sentence, who was refused which action and why, then
    /// the encoded authorization message.
    /// </summary>
    public static void AssertUnauthorizedDescribeKeyPairs(string? message, string userArn)
    {
        Assert.NotNull(message);
        Assert.StartsWith($"{Unauthorized} User: {userArn} is not authorized to perform: ec2:DescribeKeyPairs", message, StringComparison.Ordinal);
        Assert.Matches(" because no identity-based policy allows the ec2:DescribeKeyPairs action\\. Encoded authorization failure message: [A-Za-z0-9_-]+$", message);
    }

    /// <summary>The encoded authorization message at the end of an EC2 denial.</summary>
    public static string EncodedMessage(string message)
    {
        const string marker = ". Encoded authorization failure message: ";
        var at = message.LastIndexOf(marker, StringComparison.Ordinal);
        Assert.True(at > 0, "the denial carries no encoded authorization message");
        return message[(at + marker.Length)..];
    }
}
