using System.Text;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Signing;
using ProtocolQuery = Ironbark.Protocol.Query.QueryParameters;

namespace Ironbark.Cli.Tests;

/// <summary>
/// What the CLI puts on the wire must pass the server's own SigV4 parser and verifier, and its form body
/// must decode to the parameters the command meant to send.
/// </summary>
public sealed class SignatureInteropTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    private static HttpRequestData AsServerSees(RecordedRequest recorded)
    {
        var headers = new List<(string, string)> { ("Host", recorded.Url.Authority) };
        headers.AddRange(recorded.Headers.Select(h => (h.Key, h.Value)));
        return new HttpRequestData("POST", recorded.Url.AbsolutePath, recorded.Url.Query, headers, Encoding.UTF8.GetBytes(recorded.Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("session-token/with+odd=chars")]
    public void Server_verifier_accepts_cli_signatures(string? token)
    {
        if (token is not null)
        {
            _cli.Environment["AWS_ACCESS_KEY_ID"] = "ASIATEMP";
            _cli.Environment["AWS_SECRET_ACCESS_KEY"] = "temp-secret";
            _cli.Environment["AWS_SECURITY_TOKEN"] = token;
        }

        _cli.Http.Respond(AwsResponses.IamEmpty("PutGroupPolicy"));
        Assert.Equal(0, _cli.Run("euare-groupuploadpolicy", "Key-Managers", "-p", "p", "-o", "{\"Statement\": [{\"Resource\": \"*\"}]}").ExitCode);

        var request = AsServerSees(_cli.Http.Requests[0]);
        var parameters = ProtocolQuery.FromRequest(request);
        var auth = SigV4Parser.Parse(request, parameters);

        Assert.NotNull(auth);
        Assert.Equal(token is null ? "AKIADEVOPSADMIN" : "ASIATEMP", auth.AccessKeyId);
        Assert.Equal("future", auth.Region);
        Assert.Equal("iam", auth.Service);
        Assert.True(new SigV4Verifier().Verify(request, auth, token is null ? "admin-secret-value" : "temp-secret"));
        Assert.False(new SigV4Verifier().Verify(request, auth, "wrong-secret"));
        Assert.Equal("PutGroupPolicy", parameters.Get("Action"));
        Assert.Equal("{\"Statement\": [{\"Resource\": \"*\"}]}", parameters.Get("PolicyDocument"));
    }
}
