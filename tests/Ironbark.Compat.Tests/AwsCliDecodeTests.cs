using System.Text.Json;

namespace Ironbark.Compat.Tests;

/// <summary>A denied EC2 call's encoded authorization message, decoded by Debian's AWS CLI v2.</summary>
[Collection(ServerCollection.Name)]
public sealed class AwsCliDecodeTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-cli2-decode-");

    [Fact]
    public async Task Decode_authorization_message_opens_an_ec2_denial()
    {
        SystemClients.RequireAwsCli();
        var account = await server.CreateAccountAsync("cli-decode");
        var aws = new AwsCli(server.EndpointUrl, _work.FullName);
        await aws.JsonAsync(account.Admin, "iam", "create-user", "--user-name", "refused");
        var key = (await aws.JsonAsync(account.Admin, "iam", "create-access-key", "--user-name", "refused")).GetProperty("AccessKey");
        var refused = new Protocol.Signing.SigningCredentials(key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!, null);

        var denied = await aws.RunAsync(refused, "ec2", "describe-key-pairs");
        Assert.Equal(254, denied.ExitCode);
        var encoded = ErrorTexts.EncodedMessage(denied.Stderr.Trim());

        var decoded = await aws.JsonAsync(account.Admin, "sts", "decode-authorization-message", "--encoded-message", encoded);
        using var message = JsonDocument.Parse(decoded.GetProperty("DecodedMessage").GetString()!);
        var root = message.RootElement;
        Assert.False(root.GetProperty("allowed").GetBoolean());
        Assert.False(root.GetProperty("explicitDeny").GetBoolean());
        Assert.Equal($"arn:aws:iam::{account.Id}:user/refused", root.GetProperty("context").GetProperty("principal").GetProperty("arn").GetString());
        Assert.Equal("ec2:DescribeKeyPairs", root.GetProperty("context").GetProperty("action").GetString());

        var invalid = await aws.RunAsync(account.Admin, "sts", "decode-authorization-message", "--encoded-message", "bm90LWEtbWVzc2FnZQ");
        Assert.Equal(254, invalid.ExitCode);
        Assert.Equal(
            "An error occurred (InvalidAuthorizationMessageException) when calling the DecodeAuthorizationMessage operation: The message is invalid.",
            invalid.Stderr.Trim());
    }

    public void Dispose() => _work.Delete(recursive: true);
}
