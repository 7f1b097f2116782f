using Ironbark.Protocol.Signing;

namespace Ironbark.Protocol.Tests;

public sealed class SigV4CanonicalizerTests
{
    [Theory]
    [InlineData("/services/Euare/", "/services/Euare/")]
    [InlineData("/a%20b", "/a%2520b")] // non-S3 services encode the already-encoded path once more
    [InlineData("/a/./b/../c//d/", "/a/c/d/")]
    [InlineData("/..", "/")]
    [InlineData("", "/")]
    public void Canonical_uri_normalizes_then_encodes(string raw, string expected) =>
        Assert.Equal(expected, SigV4Canonicalizer.CanonicalUri(raw));

    [Theory]
    [InlineData("b=2&a=1", "a=1&b=2")]
    [InlineData("a=2&a=1", "a=1&a=2")]
    [InlineData("a=x+y", "a=x%2By")]
    [InlineData("a=%7e%2a", "a=~%2A")]
    [InlineData("a=100%", "a=100%25")]
    [InlineData("flag&&b=", "b=&flag=")]
    [InlineData("X-Amz-Signature=abc&a=1", "a=1")]
    public void Canonical_query_sorts_and_reencodes(string raw, string expected) =>
        Assert.Equal(expected, SigV4Canonicalizer.CanonicalQueryString(raw, omitParameter: "X-Amz-Signature"));
}
