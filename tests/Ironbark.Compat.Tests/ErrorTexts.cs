namespace Ironbark.Compat.Tests;

/// <summary>AWS's texts for the authentication errors, as the real services send them.</summary>
internal static class ErrorTexts
{
    public const string SignatureDoesNotMatch =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public const string AuthFailure = "AWS was not able to validate the provided access credentials";

    public const string Unauthorized = "You are not authorized to perform this operation.";

    /// <summary>
    /// EC2's denial, as AWS words it today: the fixed sentence, then who was refused which action and why.
    /// </summary>
    public static void AssertUnauthorizedDescribeKeyPairs(string? message, string userArn)
    {
        Assert.NotNull(message);
        Assert.StartsWith($"{Unauthorized} User: {userArn} is not authorized to perform: ec2:DescribeKeyPairs", message, StringComparison.Ordinal);
        Assert.EndsWith(" because no identity-based policy allows the ec2:DescribeKeyPairs action", message, StringComparison.Ordinal);
    }
}
