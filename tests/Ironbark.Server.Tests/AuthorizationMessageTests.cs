using System.Net;
using System.Text.Json;

namespace Ironbark.Server.Tests;

/// <summary>EC2 denials carry an encoded authorization message that STS DecodeAuthorizationMessage opens.</summary>
public sealed class AuthorizationMessageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Ec2 = "2016-11-15";
    private const string Sts = "2011-06-15";
    private const string Marker = ". Encoded authorization failure message: ";
    private readonly Scenario _s = new(server);

    private static string Encoded(AwsClient.Reply denied)
    {
        var message = denied.Value("Message")!;
        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at > 0, "the denial carries no encoded authorization message");
        return message[(at + Marker.Length)..];
    }

    [Fact]
    public async Task An_implicit_denial_decodes_to_the_request_that_was_refused()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var nobody = await _s.NewUserAsync(admin, "nobody");
        var denied = await _s.Client.CallAsync("ec2", nobody, ("Action", "DescribeKeyPairs"), ("Version", Ec2));
        Assert.Equal("UnauthorizedOperation", denied.ErrorCode);
        Assert.StartsWith(
            $"You are not authorized to perform this operation. User: arn:aws:iam::{accountId}:user/nobody is not authorized to perform: ec2:DescribeKeyPairs because no identity-based policy allows the ec2:DescribeKeyPairs action{Marker}",
            denied.Value("Message"),
            StringComparison.Ordinal);

        var decoded = await _s.Ok("sts", admin, ("Action", "DecodeAuthorizationMessage"), ("Version", Sts), ("EncodedMessage", Encoded(denied)));
        using var json = JsonDocument.Parse(decoded.Value("DecodedMessage")!);
        var root = json.RootElement;
        Assert.False(root.GetProperty("allowed").GetBoolean());
        Assert.False(root.GetProperty("explicitDeny").GetBoolean());
        Assert.Equal(0, root.GetProperty("matchedStatements").GetProperty("items").GetArrayLength());
        Assert.Equal(0, root.GetProperty("failures").GetProperty("items").GetArrayLength());
        var context = root.GetProperty("context");
        Assert.Equal($"arn:aws:iam::{accountId}:user/nobody", context.GetProperty("principal").GetProperty("arn").GetString());
        Assert.StartsWith("AIDA", context.GetProperty("principal").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("ec2:DescribeKeyPairs", context.GetProperty("action").GetString());
        Assert.Equal("*", context.GetProperty("resource").GetString());
        var conditions = context.GetProperty("conditions").GetProperty("items").EnumerateArray()
            .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("values").GetProperty("items")[0].GetProperty("value").GetString());
        Assert.Equal("nobody", conditions["aws:username"]);
        Assert.Equal(accountId, conditions["aws:PrincipalAccount"]);
    }

    [Fact]
    public async Task An_explicit_denial_names_the_deny_statement()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var denier = await _s.NewUserAsync(admin, "denier",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"},{"Sid":"NoKeys","Effect":"Deny","Action":"ec2:CreateKeyPair","Resource":"*"}]}""");
        var denied = await _s.Client.CallAsync("ec2", denier, ("Action", "CreateKeyPair"), ("Version", Ec2), ("KeyName", "k"));
        Assert.Contains("with an explicit deny in an identity-based policy" + Marker, denied.Value("Message"), StringComparison.Ordinal);

        var decoded = await _s.Ok("sts", admin, ("Action", "DecodeAuthorizationMessage"), ("Version", Sts), ("EncodedMessage", Encoded(denied)));
        using var json = JsonDocument.Parse(decoded.Value("DecodedMessage")!);
        Assert.True(json.RootElement.GetProperty("explicitDeny").GetBoolean());
        var statement = Assert.Single(json.RootElement.GetProperty("matchedStatements").GetProperty("items").EnumerateArray());
        Assert.Equal("NoKeys", statement.GetProperty("statementId").GetString());
        Assert.Equal("DENY", statement.GetProperty("effect").GetString());
    }

    [Fact]
    public async Task Decoding_needs_permission_and_a_genuine_message()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var nobody = await _s.NewUserAsync(admin, "nobody");
        var denied = await _s.Client.CallAsync("ec2", nobody, ("Action", "DescribeKeyPairs"), ("Version", Ec2));
        var encoded = Encoded(denied);

        var refused = await _s.Client.CallAsync("sts", nobody, ("Action", "DecodeAuthorizationMessage"), ("Version", Sts), ("EncodedMessage", encoded));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(
            $"User: arn:aws:iam::{accountId}:user/nobody is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action",
            refused.Value("Message"));

        var decoder = await _s.NewUserAsync(admin, "decoder",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:DecodeAuthorizationMessage","Resource":"*"}]}""");
        await _s.Ok("sts", decoder, ("Action", "DecodeAuthorizationMessage"), ("Version", Sts), ("EncodedMessage", encoded));

        // A changed character in the middle alters whole bytes of the sealed text, so the seal must fail.
        var middle = encoded.Length / 2;
        var tampered = encoded[..middle] + (encoded[middle] == 'A' ? 'B' : 'A') + encoded[(middle + 1)..];
        foreach (var bad in new[] { tampered, "not a message", "AAAA" })
        {
            var invalid = await _s.Client.CallAsync("sts", decoder, ("Action", "DecodeAuthorizationMessage"), ("Version", Sts), ("EncodedMessage", bad));
            Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
            Assert.Equal("InvalidAuthorizationMessageException", invalid.ErrorCode);
            Assert.Equal("The message is invalid.", invalid.Value("Message"));
        }
    }
}
