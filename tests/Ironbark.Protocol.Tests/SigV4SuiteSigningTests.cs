using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

public sealed class SigV4SuiteSigningTests
{
    public static TheoryData<string> Cases() => new(SuiteCase.Names());

    [Fact]
    public void The_suite_is_present_in_the_output_folder()
    {
        Assert.True(SuiteCase.Names().Count() >= 38, $"expected the AWS suite under {SuiteCase.Root}");
        Assert.True(File.Exists(Path.Combine(SuiteCase.Root, "README.md")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_signing_reproduces_every_intermediate_value(string name)
    {
        var c = SuiteCase.Load(name);
        var result = SigV4Signer.Sign(c.Request("request.txt"), c.SigningCredentials, c.Region, c.Service, c.Timestamp, includeContentSha256Header: c.SignBody, normalizePath: c.Normalize);

        Assert.Equal(c.Expected("header-canonical-request.txt"), result.CanonicalRequest);
        Assert.Equal(c.Expected("header-string-to-sign.txt"), result.StringToSign);
        Assert.Equal(c.Expected("header-signature.txt"), result.Signature);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_signing_reproduces_every_intermediate_value(string name)
    {
        var c = SuiteCase.Load(name);
        var result = SigV4Signer.Presign(c.Request("request.txt"), c.SigningCredentials, c.Region, c.Service, c.Timestamp, c.ExpiresSeconds, normalizePath: c.Normalize);

        Assert.Equal(c.Expected("query-canonical-request.txt"), result.CanonicalRequest);
        Assert.Equal(c.Expected("query-string-to-sign.txt"), result.StringToSign);
        Assert.Equal(c.Expected("query-signature.txt"), result.Signature);
    }
}
