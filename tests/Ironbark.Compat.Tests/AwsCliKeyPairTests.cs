namespace Ironbark.Compat.Tests;

/// <summary>Key pairs through Debian's AWS CLI v2: ed25519 creation, tags on creation, filters, tag commands, DryRun, regions.</summary>
[Collection(ServerCollection.Name)]
public sealed class AwsCliKeyPairTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-cli2-keys-");

    [Fact]
    public async Task Ed25519_keys_tags_filters_and_DryRun_through_the_aws_cli_v2()
    {
        SystemClients.RequireAwsCli();
        var account = await server.CreateAccountAsync("cli-keypairs");
        var admin = account.Admin;
        var aws = new AwsCli(server.EndpointUrl, _work.FullName);

        var created = await aws.JsonAsync(admin, "ec2", "create-key-pair", "--key-name", "cli-ed", "--key-type", "ed25519",
            "--tag-specifications", "ResourceType=key-pair,Tags=[{Key=env,Value=ci},{Key=owner,Value=cli}]");
        var material = created.GetProperty("KeyMaterial").GetString()!;
        Assert.True(material.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----", StringComparison.Ordinal), "the CLI did not get an OpenSSH private key");
        Assert.Equal(await SshKeygen.Ed25519FingerprintAsync(material, _work.FullName), created.GetProperty("KeyFingerprint").GetString());
        Assert.Equal(["env=ci", "owner=cli"], created.GetProperty("Tags").EnumerateArray().Select(t => $"{t.GetProperty("Key").GetString()}={t.GetProperty("Value").GetString()}").Order(StringComparer.Ordinal));
        var id = created.GetProperty("KeyPairId").GetString()!;
        await aws.JsonAsync(admin, "ec2", "create-key-pair", "--key-name", "cli-rsa");

        var byTag = await aws.JsonAsync(admin, "ec2", "describe-key-pairs", "--filters", "Name=tag:env,Values=ci");
        var listed = Assert.Single(byTag.GetProperty("KeyPairs").EnumerateArray());
        Assert.Equal("cli-ed", listed.GetProperty("KeyName").GetString());
        Assert.Equal("ed25519", listed.GetProperty("KeyType").GetString());
        var byType = await aws.JsonAsync(admin, "ec2", "describe-key-pairs", "--filters", "Name=key-type,Values=rsa", "Name=key-name,Values=cli-*");
        Assert.Equal(["cli-rsa"], byType.GetProperty("KeyPairs").EnumerateArray().Select(k => k.GetProperty("KeyName").GetString()));

        await aws.SilentAsync(admin, "ec2", "create-tags", "--resources", id, "--tags", "Key=stage,Value=two");
        await aws.SilentAsync(admin, "ec2", "delete-tags", "--resources", id, "--tags", "Key=owner");
        var tags = await aws.JsonAsync(admin, "ec2", "describe-tags", "--filters", $"Name=resource-id,Values={id}");
        Assert.Equal(
            ["env=ci", "stage=two"],
            tags.GetProperty("Tags").EnumerateArray().Select(t => $"{t.GetProperty("Key").GetString()}={t.GetProperty("Value").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(tags.GetProperty("Tags").EnumerateArray(), t => Assert.Equal("key-pair", t.GetProperty("ResourceType").GetString()));

        var dry = await aws.RunAsync(admin, "ec2", "create-key-pair", "--key-name", "cli-dry", "--dry-run");
        Assert.NotEqual(0, dry.ExitCode);
        Assert.Contains("DryRunOperation", dry.Stderr, StringComparison.Ordinal);

        var regions = await aws.JsonAsync(admin, "ec2", "describe-regions");
        Assert.Equal([QueryClient.Region], regions.GetProperty("Regions").EnumerateArray().Select(r => r.GetProperty("RegionName").GetString()));
        var zones = await aws.JsonAsync(admin, "ec2", "describe-availability-zones");
        Assert.Equal([QueryClient.Region + "a"], zones.GetProperty("AvailabilityZones").EnumerateArray().Select(z => z.GetProperty("ZoneName").GetString()));

        await aws.SilentAsync(admin, "ec2", "delete-key-pair", "--key-pair-id", id);
        var left = await aws.JsonAsync(admin, "ec2", "describe-key-pairs");
        Assert.Equal(["cli-rsa"], left.GetProperty("KeyPairs").EnumerateArray().Select(k => k.GetProperty("KeyName").GetString()));
    }

    public void Dispose() => _work.Delete(recursive: true);
}
