namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Adds SigV4 headers to a fully built request. A delegate rather than a direct call so tests can observe
/// what would be signed without depending on the signer's output.
/// </summary>
internal delegate void RequestSigner(
    HttpRequestMessage request, byte[] body, AccessCredentials credentials, string region, string service, DateTimeOffset now);
