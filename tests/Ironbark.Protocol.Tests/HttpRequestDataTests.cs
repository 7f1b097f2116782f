using Ironbark.Protocol.Http;

namespace Ironbark.Protocol.Tests;

public sealed class HttpRequestDataTests
{
    [Fact]
    public void Header_lookup_ignores_case_and_joins_repeats_with_commas()
    {
        var request = new HttpRequestData("GET", "/", "", [("My-Header", "a"), ("host", "h"), ("my-header", "b")], ReadOnlyMemory<byte>.Empty);

        Assert.Equal("a,b", request.GetHeader("MY-HEADER"));
        Assert.Equal("h", request.GetHeader("Host"));
        Assert.Null(request.GetHeader("Absent"));
    }

    [Fact]
    public void Query_keeps_no_leading_question_mark_and_an_empty_path_is_root()
    {
        var request = new HttpRequestData("GET", "", "?a=b", [], ReadOnlyMemory<byte>.Empty);

        Assert.Equal("a=b", request.RawQuery);
        Assert.Equal("/", request.RawPath);
    }
}
