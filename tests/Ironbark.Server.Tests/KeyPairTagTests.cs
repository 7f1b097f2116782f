using System.Net;

namespace Ironbark.Server.Tests;

/// <summary>Tags on key pairs: on creation, CreateTags/DeleteTags/DescribeTags, filters and tag-based authorization.</summary>
public sealed class KeyPairTagTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Version = "2016-11-15";
    private readonly Scenario _s = new(server);

    [Fact]
    public async Task Tags_given_on_create_and_import_are_stored_and_filterable()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var created = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "tagged"),
            ("TagSpecification.1.ResourceType", "key-pair"), ("TagSpecification.1.Tag.1.Key", "env"), ("TagSpecification.1.Tag.1.Value", "prod"),
            ("TagSpecification.1.Tag.2.Key", "Name"), ("TagSpecification.1.Tag.2.Value", ""));
        Assert.Equal(["Name", "env"], created.Values("key"));
        Assert.Equal(["", "prod"], created.Values("value"));
        await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "plain"));
        var imported = await _s.Ok("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", "imported"),
            ("PublicKeyMaterial", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEoWW1IBONj7IEO3bqdZVJQ3USp+1dh1fn5YZVQhb4UB"),
            ("TagSpecification.1.ResourceType", "key-pair"), ("TagSpecification.1.Tag.1.Key", "env"), ("TagSpecification.1.Tag.1.Value", "dev"));
        Assert.Equal(["env"], imported.Values("key"));
        var prod = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "tag:env"), ("Filter.1.Value.1", "pr*"));
        Assert.Equal(["tagged"], prod.Values("keyName"));
        var anyName = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "tag-key"), ("Filter.1.Value.1", "Name"));
        Assert.Equal(["tagged"], anyName.Values("keyName"));
        var withEnv = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "tag-key"), ("Filter.1.Value.1", "env"));
        Assert.Equal(["imported", "tagged"], withEnv.Values("keyName"));
        var described = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "tagged"));
        Assert.Equal(["Name", "env"], described.Values("key"));
        var wrongType = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "x"),
            ("TagSpecification.1.ResourceType", "instance"), ("TagSpecification.1.Tag.1.Key", "a"));
        Assert.Equal("InvalidParameterValue", wrongType.ErrorCode);
        var reserved = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "x"),
            ("TagSpecification.1.ResourceType", "key-pair"), ("TagSpecification.1.Tag.1.Key", "aws:x"));
        Assert.Equal("InvalidParameterValue", reserved.ErrorCode);
    }

    [Fact]
    public async Task CreateTags_DeleteTags_and_DescribeTags_work_on_key_pair_ids()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var a = (await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "a"))).Value("keyPairId")!;
        var b = (await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "b"))).Value("keyPairId")!;
        await _s.Ok("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", a), ("ResourceId.2", b),
            ("Tag.1.Key", "team"), ("Tag.1.Value", "blue"), ("Tag.2.Key", "empty"));
        await _s.Ok("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", b), ("Tag.1.Key", "team"), ("Tag.1.Value", "red"));
        var all = await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version));
        var rows = all.Xml.Descendants().Where(e => e.Name.LocalName == "item")
            .Select(e => string.Join('|', e.Elements().Select(c => c.Value))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { $"{a}|key-pair|empty|", $"{a}|key-pair|team|blue", $"{b}|key-pair|empty|", $"{b}|key-pair|team|red" }.Order(StringComparer.Ordinal),
            rows);
        var red = await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version), ("Filter.1.Name", "value"), ("Filter.1.Value.1", "red"),
            ("Filter.2.Name", "resource-type"), ("Filter.2.Value.1", "key-pair"));
        Assert.Equal([b], red.Values("resourceId"));
        var ofA = await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version), ("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", a),
            ("Filter.2.Name", "key"), ("Filter.2.Value.1", "te?m"));
        Assert.Equal(["blue"], ofA.Values("value"));

        // A value that does not match keeps the tag; no value deletes whatever it holds.
        await _s.Ok("ec2", admin, ("Action", "DeleteTags"), ("Version", Version), ("ResourceId.1", b), ("Tag.1.Key", "team"), ("Tag.1.Value", "blue"));
        Assert.Equal(["empty", "team"], (await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "b"))).Values("key"));
        await _s.Ok("ec2", admin, ("Action", "DeleteTags"), ("Version", Version), ("ResourceId.1", b), ("Tag.1.Key", "team"));
        Assert.Equal(["empty"], (await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "b"))).Values("key"));
        await _s.Ok("ec2", admin, ("Action", "DeleteTags"), ("Version", Version), ("ResourceId.1", a));
        Assert.Empty((await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "a"))).Values("key"));

        var missing = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", "key-00000000000000000"), ("Tag.1.Key", "k"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("InvalidKeyPair.NotFound", missing.ErrorCode);
        var invalid = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", "i-1234"), ("Tag.1.Key", "k"));
        Assert.Equal("InvalidID", invalid.ErrorCode);
        var dry = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", a), ("Tag.1.Key", "k"), ("DryRun", "true"));
        Assert.Equal("DryRunOperation", dry.ErrorCode);
        Assert.Empty((await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version), ("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", a))).Values("key"));
    }

    [Fact]
    public async Task Fifty_tags_fit_and_the_fifty_first_is_TagLimitExceeded()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var id = (await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "full"))).Value("keyPairId")!;
        (string, string)[] fifty = [.. Enumerable.Range(1, 50).SelectMany(i => new[] { ($"Tag.{i}.Key", $"k{i:00}"), ($"Tag.{i}.Value", "v") })];
        await _s.Ok("ec2", admin, [("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), .. fifty]);
        await _s.Ok("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), ("Tag.1.Key", "k01"), ("Tag.1.Value", "overwritten"));
        var over = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), ("Tag.1.Key", "k51"));
        Assert.Equal("TagLimitExceeded", over.ErrorCode);
        var tags = await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version), ("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", id));
        Assert.Equal(50, tags.Values("key").Count());
        Assert.Equal(["overwritten"], (await _s.Ok("ec2", admin, ("Action", "DescribeTags"), ("Version", Version), ("Filter.1.Name", "key"), ("Filter.1.Value.1", "k01"))).Values("value"));
        var tooLong = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), ("Tag.1.Key", new string('k', 129)));
        Assert.Equal("InvalidParameterValue", tooLong.ErrorCode);
    }

    [Fact]
    public async Task Tag_condition_keys_and_key_pair_keys_drive_authorization()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var policy = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":"ec2:CreateKeyPair","Resource":"*","Condition":{"StringEquals":{"aws:RequestTag/team":"blue","ec2:KeyPairType":"ed25519"}}},
              {"Effect":"Allow","Action":"ec2:CreateTags","Resource":"arn:aws:ec2:*:ACCOUNT:key-pair/*",
               "Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team","note"]},"StringEquals":{"aws:ResourceTag/team":"blue"}}},
              {"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"StringEquals":{"ec2:CreateAction":"CreateKeyPair"}}},
              {"Effect":"Allow","Action":"ec2:DeleteKeyPair","Resource":"*","Condition":{"StringLike":{"ec2:KeyPairName":"blue-*"}}}]}
            """.Replace("ACCOUNT", accountId, StringComparison.Ordinal);
        var user = await _s.NewUserAsync(admin, "tagger", policy);
        (string, string)[] Create(string name, string type, string team) =>
        [
            ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", name), ("KeyType", type),
            ("TagSpecification.1.ResourceType", "key-pair"), ("TagSpecification.1.Tag.1.Key", "team"), ("TagSpecification.1.Tag.1.Value", team),
        ];
        var blue = await _s.Ok("ec2", user, Create("blue-1", "ed25519", "blue"));
        Assert.Equal("UnauthorizedOperation", (await _s.Client.CallAsync("ec2", user, Create("red-1", "ed25519", "red"))).ErrorCode);
        Assert.Equal("UnauthorizedOperation", (await _s.Client.CallAsync("ec2", user, Create("blue-2", "rsa", "blue"))).ErrorCode);
        var untagged = await _s.Client.CallAsync("ec2", user, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "bare"), ("KeyType", "ed25519"));
        Assert.Equal("UnauthorizedOperation", untagged.ErrorCode);

        var id = blue.Value("keyPairId")!;
        await _s.Ok("ec2", user, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), ("Tag.1.Key", "note"), ("Tag.1.Value", "x"));
        var otherKey = await _s.Client.CallAsync("ec2", user, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", id), ("Tag.1.Key", "owner"), ("Tag.1.Value", "x"));
        Assert.Equal("UnauthorizedOperation", otherKey.ErrorCode);
        var adminOwned = (await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "blue-admin"))).Value("keyPairId")!;
        var notBlue = await _s.Client.CallAsync("ec2", user, ("Action", "CreateTags"), ("Version", Version), ("ResourceId.1", adminOwned), ("Tag.1.Key", "note"));
        Assert.Equal("UnauthorizedOperation", notBlue.ErrorCode);

        await _s.Ok("ec2", user, ("Action", "DeleteKeyPair"), ("Version", Version), ("KeyPairId", id));
        await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "red-admin"));
        var red = await _s.Client.CallAsync("ec2", user, ("Action", "DeleteKeyPair"), ("Version", Version), ("KeyName", "red-admin"));
        Assert.Equal("UnauthorizedOperation", red.ErrorCode);
    }
}
