namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The key pair (and optional session token) a command signs with. ToString is overridden so a secret can
/// never reach a log line or error message by accident through string formatting.
/// </summary>
internal sealed record AccessCredentials(string AccessKeyId, string SecretKey, string? SessionToken)
{
    public override string ToString() => $"AccessCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
