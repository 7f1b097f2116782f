using System.Text.RegularExpressions;
using Ironbark.Core.Errors;
using Ironbark.Identity.Authorization;

namespace Ironbark.Identity.Operations;

/// <summary>
/// DescribeRegions and DescribeAvailabilityZones. There is one region, the one the request was signed
/// for, with one zone "&lt;region&gt;a"; euca2ools set-ups call these to discover where they are. Neither
/// action has resource-level permissions, so both are authorized on "*".
/// </summary>
public sealed partial class RegionOperations
{
    private readonly IdentityServices _services;

    public RegionOperations(IdentityServices services)
    {
        _services = services;
    }

    /// <summary>The region's name if it passes the names and filters (region-name, endpoint); else nothing.</summary>
    public IReadOnlyList<string> DescribeRegions(CallContext call, IReadOnlyList<string> regionNames, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> filters, string endpoint, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(regionNames);
        Authorize(call, "ec2:DescribeRegions", dryRun);
        var region = call.Request.Region;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["region-name"] = region, ["endpoint"] = endpoint };
        var shown = (regionNames.Count == 0 || regionNames.Contains(region)) && Passes(fields, filters);
        return shown ? [region] : [];
    }

    public IReadOnlyList<AvailabilityZone> DescribeAvailabilityZones(CallContext call, IReadOnlyList<string> zoneNames, IReadOnlyList<string> zoneIds, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> filters, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(zoneNames);
        ArgumentNullException.ThrowIfNull(zoneIds);
        Authorize(call, "ec2:DescribeAvailabilityZones", dryRun);
        var region = call.Request.Region;
        var zone = new AvailabilityZone(region + "a", ZoneId(region), region);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["zone-name"] = zone.ZoneName,
            ["zone-id"] = zone.ZoneId,
            ["region-name"] = region,
            ["state"] = "available",
            ["zone-type"] = "availability-zone",
            ["group-name"] = region,
            ["network-border-group"] = region,
            ["opt-in-status"] = "opt-in-not-required",
        };
        var shown = (zoneNames.Count == 0 || zoneNames.Contains(zone.ZoneName)) && (zoneIds.Count == 0 || zoneIds.Contains(zone.ZoneId)) && Passes(fields, filters);
        return shown ? [zone] : [];
    }

    /// <summary>AWS's zone-id style: "us-east-1" → "use1-az1", "ap-northeast-1" → "apne1-az1"; other names get "-az1".</summary>
    public static string ZoneId(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var match = AwsRegionName().Match(region);
        if (!match.Success)
        {
            return region + "-az1";
        }

        var direction = match.Groups[2].Value
            .Replace("north", "n", StringComparison.Ordinal).Replace("south", "s", StringComparison.Ordinal)
            .Replace("east", "e", StringComparison.Ordinal).Replace("west", "w", StringComparison.Ordinal)
            .Replace("central", "c", StringComparison.Ordinal);
        return $"{match.Groups[1].Value}{direction}{match.Groups[3].Value}-az1";
    }

    private static bool Passes(Dictionary<string, string> fields, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        foreach (var (name, values) in filters)
        {
            if (!fields.TryGetValue(name, out var value))
            {
                throw new AwsException(ErrorCatalogue.InvalidParameterValue($"The filter '{name}' is invalid"));
            }

            if (!values.Any(v => Ec2Wildcard.Compile(v).IsMatch(value)))
            {
                return false;
            }
        }

        return true;
    }

    private void Authorize(CallContext call, string action, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        Guard.RequireEc2(_services.Authorizer, call, new AuthorizationTarget(action, "*", call.Caller.AccountId));
        if (dryRun)
        {
            throw new AwsException(ErrorCatalogue.DryRunOperation());
        }
    }

    [GeneratedRegex("^([a-z]{2})-([a-z]+)-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AwsRegionName();
}
