using System.Net;
using Ironbark.Protocol.Signing;

namespace Ironbark.Server.Tests;

/// <summary>Builds accounts, users and keys through the API, asserting each step succeeded.</summary>
public sealed class Scenario(ServerFixture server)
{
    public AwsClient Client => server.Client;

    /// <summary>A new account (unique name) and its admin's credentials, made by the cloud administrator.</summary>
    public async Task<(string AccountId, SigningCredentials Admin)> NewAccountAsync()
    {
        var name = "acct-" + Guid.NewGuid().ToString("N")[..10];
        var created = await Ok("iam", server.Admin, ("Action", "CreateAccount"), ("Version", "2010-05-08"), ("AccountName", name));
        var accountId = created.Value("AccountId")!;
        var key = await Ok("iam", server.Admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("UserName", "admin"), ("DelegateAccount", accountId));
        return (accountId, new SigningCredentials(key.Value("AccessKeyId")!, key.Value("SecretAccessKey")!, null));
    }

    public async Task<SigningCredentials> NewUserAsync(SigningCredentials admin, string userName, string? policy = null)
    {
        await Ok("iam", admin, ("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", userName));
        if (policy is not null)
        {
            await Ok("iam", admin, ("Action", "PutUserPolicy"), ("Version", "2010-05-08"), ("UserName", userName), ("PolicyName", "p"), ("PolicyDocument", policy));
        }

        var key = await Ok("iam", admin, ("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("UserName", userName));
        return new SigningCredentials(key.Value("AccessKeyId")!, key.Value("SecretAccessKey")!, null);
    }

    public async Task<SigningCredentials> AssumeAsync(SigningCredentials caller, string roleArn, string sessionName = "s1")
    {
        var reply = await Ok("sts", caller, ("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", roleArn), ("RoleSessionName", sessionName));
        return new SigningCredentials(reply.Value("AccessKeyId")!, reply.Value("SecretAccessKey")!, reply.Value("SessionToken"));
    }

    public async Task<AwsClient.Reply> Ok(string service, SigningCredentials credentials, params (string, string)[] parameters)
    {
        var reply = await Client.CallAsync(service, credentials, parameters);
        Assert.True(reply.Status == HttpStatusCode.OK, $"{parameters[0].Item2} answered {(int)reply.Status} {reply.ErrorCode}: {reply.Value("Message")}");
        return reply;
    }

    public static string TrustAccount(string accountId) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"sts:AssumeRole"}]}""";

    public const string AllowKeyPairs = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:CreateKeyPair","ec2:DescribeKeyPairs","ec2:DeleteKeyPair","ec2:ImportKeyPair"],"Resource":"*"}]}""";
}
