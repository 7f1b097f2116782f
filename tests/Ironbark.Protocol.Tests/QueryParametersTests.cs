using System.Text;
using Ironbark.Core.Errors;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;

namespace Ironbark.Protocol.Tests;

public sealed class QueryParametersTests
{
    private static QueryParameters Form(string body, string contentType = "application/x-www-form-urlencoded; charset=utf-8", string rawQuery = "") =>
        QueryParameters.FromRequest(new HttpRequestData("POST", "/", rawQuery, [("Content-Type", contentType)], Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("a+b%2Bc~d%2Ae%2F%C3%A9+%26+%C3%BC%3D1")] // botocore and CLI
    [InlineData("a%20b%2Bc~d%2Ae%2F%C3%A9%20%26%20%C3%BC%3D1")] // JS and .NET
    public void Description_from_every_client_decodes_to_the_same_text(string encoded)
    {
        var p = Form("Action=CreateRole&Description=" + encoded);

        Assert.Equal("a b+c~d*e/é & ü=1", p.Get("Description"));
    }

    [Fact]
    public void Plus_is_a_space_and_percent_2B_is_a_plus()
    {
        var p = Form("A=x+y&B=x%2By&C=x%20y");

        Assert.Equal("x y", p.Get("A"));
        Assert.Equal("x+y", p.Get("B"));
        Assert.Equal("x y", p.Get("C"));
    }

    [Fact]
    public void Utf8_in_names_and_values_decodes_and_raw_utf8_is_accepted()
    {
        var p = Form("%E1%88%B4=%F0%9F%98%80&caf\u00e9=ok");

        Assert.Equal("\U0001F600", p.Get("\u1234"));
        Assert.Equal("ok", p.Get("caf\u00e9"));
    }

    [Theory]
    [InlineData("A=%zz")]
    [InlineData("A=%4")]
    [InlineData("A=abc%")]
    [InlineData("%G1=x")]
    public void Malformed_percent_escape_is_a_400(string body)
    {
        var error = Assert.Throws<AwsException>(() => Form(body)).Error;

        Assert.Equal("MalformedQueryString", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.StartsWith("The query string or form body has an invalid percent-encoding at offset ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A=%C3%28")]
    [InlineData("A=%FF")]
    [InlineData("A=%ED%A0%80")] // an encoded UTF-16 surrogate is not UTF-8
    public void Escapes_that_decode_to_invalid_utf8_are_a_400(string body)
    {
        var error = Assert.Throws<AwsException>(() => Form(body)).Error;

        Assert.Equal("MalformedQueryString", error.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    [Fact]
    public void Raw_invalid_utf8_bytes_in_the_body_are_a_400()
    {
        var body = new byte[] { (byte)'A', (byte)'=', 0xC3, (byte)'(' };
        var request = new HttpRequestData("POST", "/", "", [("Content-Type", "application/x-www-form-urlencoded")], body);

        Assert.Equal(400, Assert.Throws<AwsException>(() => QueryParameters.FromRequest(request)).Error.HttpStatus);
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        var p = Form("Action=ListRoles");

        Assert.Equal("ListRoles", p.Get("Action"));
        Assert.Null(p.Get("action"));
        Assert.False(p.TryGet("ACTION", out _));
    }

    [Fact]
    public void Empty_values_and_names_without_equals_are_empty_strings_and_empty_segments_are_skipped()
    {
        var p = Form("Tags.member.2.Value=&Flag&&Action=X");

        Assert.True(p.TryGet("Tags.member.2.Value", out var value));
        Assert.Equal(string.Empty, value);
        Assert.Equal(string.Empty, p.Get("Flag"));
        Assert.Equal(3, p.Count);
    }

    [Fact]
    public void Numbered_list_stops_at_the_first_gap()
    {
        var p = Form("KeyName.1=capture-key&KeyName.2=other+key&KeyName.4=unreachable&KeyPairId.1=key-0123456789abcdef0");

        Assert.Equal(["capture-key", "other key"], p.GetList("KeyName"));
        Assert.Equal(["key-0123456789abcdef0"], p.GetList("KeyPairId"));
        Assert.Empty(p.GetList("Missing"));
    }

    [Fact]
    public void Member_lists_and_structure_lists_read_iam_style_parameters()
    {
        var p = Form("TransitiveTagKeys.member.1=team&TransitiveTagKeys.member.2=env"
            + "&Tags.member.1.Key=team&Tags.member.1.Value=a&Tags.member.2.Key=env&Tags.member.2.Value="
            + "&Filter.1.Name=key-name&Filter.1.Value.1=a&Filter.1.Value.2=b&Filter.2.Name=key-pair-id&Filter.10.Name=x");

        Assert.Equal(["team", "env"], p.GetMemberList("TransitiveTagKeys"));
        Assert.Equal(2, p.CountIndexed("Tags.member"));
        Assert.Equal(2, p.CountIndexed("Filter"));
        Assert.Equal(["a", "b"], p.GetList("Filter.1.Value"));
        Assert.Equal(0, p.CountIndexed("Tags"));
    }

    [Fact]
    public void Query_string_and_form_body_merge_with_the_query_string_first()
    {
        var p = Form("Version=2010-05-08&RoleName=body", rawQuery: "Action=ListRoles&RoleName=query");

        Assert.Equal("ListRoles", p.Get("Action"));
        Assert.Equal("2010-05-08", p.Get("Version"));
        Assert.Equal("query", p.Get("RoleName"));
        Assert.Equal(
            [new("Action", "ListRoles"), new("RoleName", "query"), new("Version", "2010-05-08"), new("RoleName", "body")],
            p.Pairs);
    }

    [Fact]
    public void Get_request_reads_the_query_string_alone()
    {
        var request = new HttpRequestData("GET", "/", "?Action=GetCallerIdentity&Version=2011-06-15", [], ReadOnlyMemory<byte>.Empty);

        var p = QueryParameters.FromRequest(request);

        Assert.Equal("GetCallerIdentity", p.Get("Action"));
        Assert.Equal(2, p.Count);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", true)]
    [InlineData("application/x-www-form-urlencoded; charset=utf-8", true)]
    [InlineData("Application/X-WWW-Form-Urlencoded ;charset=UTF-8", true)]
    [InlineData("application/json", false)]
    [InlineData("text/plain", false)]
    public void Body_is_read_only_for_form_content(string contentType, bool read)
    {
        var p = Form("Action=ListRoles", contentType);

        Assert.Equal(read ? "ListRoles" : null, p.Get("Action"));
    }

    [Fact]
    public void Body_without_content_type_is_not_read()
    {
        var request = new HttpRequestData("POST", "/", "", [], "Action=ListRoles"u8.ToArray());

        Assert.Equal(0, QueryParameters.FromRequest(request).Count);
    }

    [Fact]
    public void Ten_thousand_parameters_are_accepted_and_one_more_is_a_400()
    {
        var limit = string.Join('&', Enumerable.Range(0, QueryParameters.MaxParameters).Select(i => "p" + i + "=v"));

        Assert.Equal(QueryParameters.MaxParameters, Form(limit).Count);
        var error = Assert.Throws<AwsException>(() => Form(limit + "&one=more")).Error;
        Assert.Equal("MalformedQueryString", error.Code);
        Assert.Equal("The request has more than 10000 parameters.", error.Message);
    }

    [Fact]
    public void Parameter_limit_counts_query_string_and_body_together()
    {
        var half = string.Join('&', Enumerable.Range(0, 5001).Select(i => "p" + i + "=v"));

        Assert.Throws<AwsException>(() => Form(half, rawQuery: half));
    }

    [Fact]
    public void Long_bodies_decode_through_pooled_buffers()
    {
        var document = new string('x', 20_000) + "\u00e9";
        var p = Form("PolicyDocument=" + Uri.EscapeDataString(document));

        Assert.Equal(document, p.Get("PolicyDocument"));
    }
}
