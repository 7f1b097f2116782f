using System.Net;

namespace Ironbark.Server.Tests;

/// <summary>
/// Every action with random combinations of awkward parameter values: whatever the input, the answer is
/// an AWS error document or a success, never a server fault. Seeded, so a failure replays.
/// </summary>
public sealed class HostileInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly (string Service, string Version, string[] Actions)[] Services =
    [
        ("iam", "2010-05-08",
        [
            "CreateAccount", "ListAccounts", "DeleteAccount", "CreateUser", "GetUser", "ListUsers", "DeleteUser", "CreateAccessKey",
            "ListAccessKeys", "UpdateAccessKey", "DeleteAccessKey", "CreateGroup", "GetGroup", "ListGroups", "DeleteGroup",
            "AddUserToGroup", "RemoveUserFromGroup", "PutUserPolicy", "GetUserPolicy", "ListUserPolicies", "DeleteUserPolicy",
            "PutGroupPolicy", "PutRolePolicy", "GetRolePolicy", "CreateRole", "GetRole", "ListRoles", "DeleteRole", "UpdateAssumeRolePolicy",
        ]),
        ("sts", "2011-06-15", ["AssumeRole", "GetCallerIdentity"]),
        ("ec2", "2016-11-15", ["CreateKeyPair", "ImportKeyPair", "DescribeKeyPairs", "DeleteKeyPair"]),
    ];

    private static readonly string[] Names =
    [
        "UserName", "GroupName", "RoleName", "PolicyName", "PolicyDocument", "AssumeRolePolicyDocument", "Path", "PathPrefix", "MaxItems",
        "Marker", "AccessKeyId", "Status", "AccountName", "DelegateAccount", "RoleArn", "RoleSessionName", "DurationSeconds", "ExternalId",
        "KeyName", "KeyName.1", "KeyPairId", "KeyPairId.1", "PublicKeyMaterial", "Filter.1.Name", "Filter.1.Value.1", "DryRun",
        "IncludePublicKey", "KeyType", "KeyFormat", "Recursive", "MaxSessionDuration", "Description",
    ];

    private static readonly string[] Values =
    [
        string.Empty, " ", "a", "ab", new string('x', 5000), "%", "\u0000", "{", "[]", "{\"Statement\":[]}", "-1", "0", "99999999999999999999",
        "1.5", "true", "TRUE", "/", "//", "/a/", "arn:aws:iam::123456789012:role/r", "arn:aws:iam:::role/", "\U0001F600", "key-", "key-0123456789abcdef0",
        "*", "?", "Active", "Inactive", "eucalyptus", "admin", "key-name", "fingerprint", "tag:x", "ed25519", "ppk", "rsa", "ssh-rsa AAAA",
        "c3NoLXJzYSBBQUFB", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\",\"Condition\":{\"Foo\":{\"a\":\"b\"}}}]}",
    ];

    [Fact]
    public async Task No_combination_of_parameters_is_a_server_fault()
    {
        var (_, admin) = await new Scenario(server).NewAccountAsync();
        var random = new Random(20261203);
        var faults = new List<string>();
        var succeeded = 0;
        foreach (var (service, version, actions) in Services)
        {
            foreach (var action in actions)
            {
                for (var round = 0; round < 12; round++)
                {
                    var parameters = new List<(string, string)> { ("Action", action), ("Version", version) };
                    for (var i = random.Next(0, 6); i > 0; i--)
                    {
                        parameters.Add((Names[random.Next(Names.Length)], Values[random.Next(Values.Length)]));
                    }

                    var reply = await server.Client.CallAsync(service, admin, [.. parameters]);
                    if ((int)reply.Status >= 500 && reply.Status != HttpStatusCode.NotImplemented)
                    {
                        faults.Add($"{action} round {round}: {(int)reply.Status} {reply.ErrorCode}");
                    }
                    else if (reply.Status == HttpStatusCode.OK)
                    {
                        succeeded++;
                    }
                    else
                    {
                        Assert.False(string.IsNullOrEmpty(reply.ErrorCode), $"{action}: an error without a code");
                        Assert.DoesNotContain("Exception", reply.Value("Message") ?? string.Empty, StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.Empty(faults);
        // The inputs must reach the operations, not all stop at the door.
        Assert.InRange(succeeded, 30, 1000);
    }
}
