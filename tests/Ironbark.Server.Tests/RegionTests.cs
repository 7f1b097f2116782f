using System.Net;

namespace Ironbark.Server.Tests;

/// <summary>DescribeRegions and DescribeAvailabilityZones answer the region the request was signed for.</summary>
public sealed class RegionTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Version = "2016-11-15";
    private readonly Scenario _s = new(server);

    private Task<AwsClient.Reply> Call(Ironbark.Protocol.Signing.SigningCredentials who, string region, params (string, string)[] parameters) =>
        _s.Client.SendAsync("/", "ec2", who, [("Version", Version), .. parameters], region: region);

    [Fact]
    public async Task The_signing_region_is_the_one_region_with_one_zone()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var regions = await Call(admin, "eu-west-1", ("Action", "DescribeRegions"));
        Assert.Equal(HttpStatusCode.OK, regions.Status);
        Assert.Equal(["eu-west-1"], regions.Values("regionName"));
        Assert.Equal(server.Client.BaseAddress.Authority, regions.Value("regionEndpoint"));
        Assert.Equal("opt-in-not-required", regions.Value("optInStatus"));
        var zones = await Call(admin, "ap-northeast-1", ("Action", "DescribeAvailabilityZones"));
        Assert.Equal(["ap-northeast-1a"], zones.Values("zoneName"));
        Assert.Equal("available", zones.Value("zoneState"));
        Assert.Equal("ap-northeast-1", zones.Value("regionName"));
        Assert.Equal("apne1-az1", zones.Value("zoneId"));
        Assert.Equal("availability-zone", zones.Value("zoneType"));
        Assert.Equal("ap-northeast-1", zones.Value("groupName"));
        Assert.Equal("ap-northeast-1", zones.Value("networkBorderGroup"));
        var other = await Call(admin, "us-east-1", ("Action", "DescribeRegions"), ("RegionName.1", "eu-west-1"));
        Assert.Empty(other.Values("regionName"));
        var filtered = await Call(admin, "us-east-1", ("Action", "DescribeAvailabilityZones"), ("Filter.1.Name", "zone-name"), ("Filter.1.Value.1", "us-east-1*"));
        Assert.Equal(["us-east-1a"], filtered.Values("zoneName"));
        Assert.Equal("use1-az1", filtered.Value("zoneId"));
    }

    [Fact]
    public async Task Both_actions_are_authorized_on_star_and_honour_DryRun()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var nobody = await _s.NewUserAsync(admin, "nobody");
        Assert.Equal("UnauthorizedOperation", (await Call(nobody, "us-east-1", ("Action", "DescribeRegions"))).ErrorCode);
        Assert.Equal("UnauthorizedOperation", (await Call(nobody, "us-east-1", ("Action", "DescribeAvailabilityZones"))).ErrorCode);
        var allowed = await _s.NewUserAsync(admin, "reader",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeRegions","ec2:DescribeAvailabilityZones"],"Resource":"*"}]}""");
        Assert.Equal(["us-east-1"], (await Call(allowed, "us-east-1", ("Action", "DescribeRegions"))).Values("regionName"));
        Assert.Equal("DryRunOperation", (await Call(allowed, "us-east-1", ("Action", "DescribeAvailabilityZones"), ("DryRun", "true"))).ErrorCode);
    }
}
