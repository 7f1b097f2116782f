using System.Net.Security;
using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

public sealed class TlsPolicyTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("on", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("off", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    public void Verify_ssl_uses_configparser_booleans_and_defaults_to_off(string? value, bool expected)
    {
        Assert.Equal(expected, TlsPolicy.ParseBoolean(value, "verify-ssl"));
    }

    [Fact]
    public void Invalid_booleans_are_errors()
    {
        Assert.Throws<CliError>(() => TlsPolicy.ParseBoolean("maybe", "verify-ssl"));
    }

    [Fact]
    public void Certificate_errors_only_matter_when_verification_is_on()
    {
        var policy = new TlsPolicy();
        Assert.True(policy.Validate(SslPolicyErrors.RemoteCertificateChainErrors));

        policy.VerifyCertificates = true;
        Assert.False(policy.Validate(SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.True(policy.Validate(SslPolicyErrors.None));
    }

    [Fact]
    public async Task The_runner_applies_the_regions_verify_ssl()
    {
        _cli.WriteConfig("zz-tls.ini", "[region future]\nverify-ssl = true\n");
        _cli.Http.Respond(AwsResponses.Ec2("DescribeKeyPairs", "<keySet/>"));
        var runtime = _cli.Runtime(["euca-describe-keypairs"], TextWriter.Null, TextWriter.Null);

        var exit = await CommandRunner.RunAsync(CommandRegistry.Find("euca-describe-keypairs")!, [], runtime);

        Assert.Equal(0, exit);
        Assert.True(runtime.Tls.VerifyCertificates);
    }
}
