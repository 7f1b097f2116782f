namespace Ironbark.Protocol.Signing;

/// <summary>What a client signs with. The secret never leaves the signing code.</summary>
public sealed record SigningCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    // A record prints its members; keep the secret and token out of logs and assertion messages.
    public override string ToString() => $"SigningCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
