using Ironbark.Protocol.Signing;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Production signing through the shared protocol signer. euca2ools (requestbuilder HmacV4Auth) always sends
/// X-Amz-Content-SHA256, so the header is requested here.
/// </summary>
internal static class SigV4RequestSigner
{
    public static void Sign(
        HttpRequestMessage request, byte[] body, AccessCredentials credentials, string region, string service, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var signing = new SigningCredentials(credentials.AccessKeyId, credentials.SecretKey, credentials.SessionToken);
        SigV4Signer.Sign(request, body, signing, region, service, now, includeContentSha256Header: true);
    }
}
