using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;

namespace Ironbark.Compat.Tests;

/// <summary>Key pairs through AWSSDK.EC2: ed25519 and ppk creation, tags on creation, tag filters, tag operations, DryRun, regions.</summary>
[Collection(ServerCollection.Name)]
public sealed class DotnetSdkKeyPairTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-dotnet-keys-");

    [Fact]
    public async Task Ed25519_ppk_tags_and_DryRun_through_the_dotnet_sdk()
    {
        var account = await server.CreateAccountAsync("dotnet-keypairs");
        using var ec2 = new AmazonEC2Client(new BasicAWSCredentials(account.Admin.AccessKeyId, account.Admin.SecretAccessKey), new AmazonEC2Config
        {
            ServiceURL = server.EndpointUrl + "/",
            AuthenticationRegion = QueryClient.Region,
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(20),
        });

        var created = await ec2.CreateKeyPairAsync(new CreateKeyPairRequest
        {
            KeyName = "sdk-ed",
            KeyType = KeyType.Ed25519,
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.KeyPair, Tags = [new Tag("env", "sdk")] }],
        });
        Assert.Equal(await SshKeygen.Ed25519FingerprintAsync(created.KeyPair.KeyMaterial, _work.FullName), created.KeyPair.KeyFingerprint);
        Assert.Equal(["env=sdk"], (created.KeyPair.Tags ?? []).Select(t => $"{t.Key}={t.Value}"));

        var ppk = await ec2.CreateKeyPairAsync(new CreateKeyPairRequest { KeyName = "sdk-ppk", KeyFormat = KeyFormat.Ppk });
        Assert.True(ppk.KeyPair.KeyMaterial.StartsWith("PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\n", StringComparison.Ordinal), "the ppk material has the wrong header");

        var tagged = (await ec2.DescribeKeyPairsAsync(new DescribeKeyPairsRequest { Filters = [new Filter("tag:env", ["sdk"])] })).KeyPairs ?? [];
        var only = Assert.Single(tagged);
        Assert.Equal("sdk-ed", only.KeyName);
        Assert.Equal(KeyType.Ed25519, only.KeyType);
        Assert.Equal(created.KeyPair.KeyFingerprint, only.KeyFingerprint);

        await ec2.CreateTagsAsync(new CreateTagsRequest { Resources = [ppk.KeyPair.KeyPairId], Tags = [new Tag("env", "putty")] });
        var tags = (await ec2.DescribeTagsAsync(new DescribeTagsRequest { Filters = [new Filter("key", ["env"])] })).Tags ?? [];
        Assert.Equal(
            new[] { (created.KeyPair.KeyPairId, "sdk"), (ppk.KeyPair.KeyPairId, "putty") }.OrderBy(t => t.Item1, StringComparer.Ordinal),
            tags.Select(t => (t.ResourceId, t.Value)).OrderBy(t => t.Item1, StringComparer.Ordinal));
        Assert.All(tags, t => Assert.Equal(ResourceType.KeyPair, t.ResourceType));
        await ec2.DeleteTagsAsync(new DeleteTagsRequest { Resources = [ppk.KeyPair.KeyPairId], Tags = [new Tag("env")] });
        Assert.Single((await ec2.DescribeTagsAsync(new DescribeTagsRequest())).Tags ?? []);

        var dry = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.CreateKeyPairAsync(new CreateKeyPairRequest { KeyName = "sdk-dry", DryRun = true }));
        Assert.Equal("DryRunOperation", dry.ErrorCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, dry.StatusCode);

        var region = Assert.Single((await ec2.DescribeRegionsAsync(new DescribeRegionsRequest())).Regions ?? []);
        Assert.Equal(QueryClient.Region, region.RegionName);
        var zone = Assert.Single((await ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest())).AvailabilityZones ?? []);
        Assert.Equal(QueryClient.Region + "a", zone.ZoneName);
        Assert.Equal(AvailabilityZoneState.Available, zone.State);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
