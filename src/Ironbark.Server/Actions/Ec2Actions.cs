using System.Collections.Frozen;
using System.Xml;
using Ironbark.Core.Errors;
using Ironbark.Core.Text;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Identity.Validation;
using Ironbark.Server.Pipeline;

namespace Ironbark.Server.Actions;

/// <summary>
/// The EC2 action table (key pairs, their tags, and the region they live in). EC2 answers in the namespace of the API version the client sent,
/// so handlers write unqualified names and the response writer supplies the namespace.
/// </summary>
internal static class Ec2Actions
{
    public static FrozenDictionary<string, ActionHandler> Build(IdentityServices services)
    {
        var keyPairs = new KeyPairOperations(services);
        var tags = new Ec2TagOperations(services);
        var regions = new RegionOperations(services);
        var table = new Dictionary<string, ActionHandler>(StringComparer.Ordinal)
        {
            ["CreateKeyPair"] = r =>
            {
                var (keyPair, material) = keyPairs.Create(r.Call, r["KeyName"], r["KeyType"], r["KeyFormat"], TagSpecifications(r), DryRun(r));
                return w =>
                {
                    Text(w, "keyName", keyPair.Name);
                    Text(w, "keyFingerprint", keyPair.Fingerprint);
                    Text(w, "keyMaterial", material);
                    Text(w, "keyPairId", keyPair.KeyPairId);
                    TagSet(w, keyPair.Tags);
                };
            },
            ["ImportKeyPair"] = r =>
            {
                var keyPair = keyPairs.Import(r.Call, r["KeyName"], r["PublicKeyMaterial"], TagSpecifications(r), DryRun(r));
                return w =>
                {
                    Text(w, "keyFingerprint", keyPair.Fingerprint);
                    Text(w, "keyName", keyPair.Name);
                    Text(w, "keyPairId", keyPair.KeyPairId);
                    TagSet(w, keyPair.Tags);
                };
            },
            ["DescribeKeyPairs"] = r =>
            {
                var includePublicKey = Validate.OptionalBool(r["IncludePublicKey"], "includePublicKey");
                var found = keyPairs.Describe(r.Call, r.Parameters.GetList("KeyName"), r.Parameters.GetList("KeyPairId"), Filters(r), DryRun(r));
                return w =>
                {
                    w.WriteStartElement("keySet");
                    foreach (var k in found)
                    {
                        KeyPairItem(w, k, includePublicKey);
                    }

                    w.WriteEndElement();
                };
            },
            ["DeleteKeyPair"] = r =>
            {
                keyPairs.Delete(r.Call, r["KeyName"], r["KeyPairId"], DryRun(r));
                return w => Text(w, "return", "true");
            },
            ["CreateTags"] = r =>
            {
                var requested = Tags(r, "Tag").Select(t => new Ec2Tag(t.Key, t.Value ?? string.Empty)).ToList();
                tags.Create(r.Call, r.Parameters.GetList("ResourceId"), requested, DryRun(r));
                return w => Text(w, "return", "true");
            },
            ["DeleteTags"] = r =>
            {
                tags.Delete(r.Call, r.Parameters.GetList("ResourceId"), Tags(r, "Tag"), DryRun(r));
                return w => Text(w, "return", "true");
            },
            ["DescribeRegions"] = r =>
            {
                var found = regions.DescribeRegions(r.Call, r.Parameters.GetList("RegionName"), ReadFilters(r), r.Host, DryRun(r));
                return w =>
                {
                    w.WriteStartElement("regionInfo");
                    foreach (var region in found)
                    {
                        w.WriteStartElement("item");
                        Text(w, "regionName", region);
                        Text(w, "regionEndpoint", r.Host);
                        Text(w, "optInStatus", "opt-in-not-required");
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                };
            },
            ["DescribeAvailabilityZones"] = r =>
            {
                var found = regions.DescribeAvailabilityZones(r.Call, r.Parameters.GetList("ZoneName"), r.Parameters.GetList("ZoneId"), ReadFilters(r), DryRun(r));
                return w =>
                {
                    w.WriteStartElement("availabilityZoneInfo");
                    foreach (var zone in found)
                    {
                        w.WriteStartElement("item");
                        Text(w, "zoneName", zone.ZoneName);
                        Text(w, "zoneState", "available");
                        Text(w, "regionName", zone.RegionName);
                        w.WriteStartElement("messageSet");
                        w.WriteEndElement();
                        Text(w, "optInStatus", "opt-in-not-required");
                        Text(w, "zoneId", zone.ZoneId);
                        Text(w, "groupName", zone.RegionName);
                        Text(w, "networkBorderGroup", zone.RegionName);
                        Text(w, "zoneType", "availability-zone");
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                };
            },
            ["DescribeTags"] = r =>
            {
                var filters = ReadFilters(r).Select(f => new TagFilter(f.Name, f.Values)).ToList();
                var found = tags.Describe(r.Call, filters, DryRun(r));
                return w =>
                {
                    w.WriteStartElement("tagSet");
                    foreach (var t in found)
                    {
                        w.WriteStartElement("item");
                        Text(w, "resourceId", t.ResourceId);
                        Text(w, "resourceType", t.ResourceType);
                        Text(w, "key", t.Key);
                        Text(w, "value", t.Value);
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                };
            },
        };
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void KeyPairItem(XmlWriter w, KeyPair k, bool includePublicKey)
    {
        w.WriteStartElement("item");
        Text(w, "keyPairId", k.KeyPairId);
        Text(w, "keyName", k.Name);
        Text(w, "keyFingerprint", k.Fingerprint);
        Text(w, "keyType", k.KeyType);
        TagSet(w, k.Tags);
        if (includePublicKey)
        {
            Text(w, "publicKey", k.PublicKey);
        }

        Text(w, "createTime", AwsTime.IsoMillis(k.CreateTime));
        w.WriteEndElement();
    }

    private static List<KeyPairFilter> Filters(ActionRequest r) =>
        ReadFilters(r).Select(f => new KeyPairFilter(f.Name, f.Values)).ToList();

    private static List<(string Name, IReadOnlyList<string> Values)> ReadFilters(ActionRequest r)
    {
        var filters = new List<(string, IReadOnlyList<string>)>();
        for (var i = 1; r[$"Filter.{i}.Name"] is { } name; i++)
        {
            filters.Add((name, r.Parameters.GetList($"Filter.{i}.Value")));
        }

        return filters;
    }

    /// <summary>PREFIX.N.Key / PREFIX.N.Value pairs; a missing value stays null (DeleteTags tells "any value" from "empty").</summary>
    private static List<(string Key, string? Value)> Tags(ActionRequest r, string prefix)
    {
        var tags = new List<(string, string?)>();
        var count = r.Parameters.CountIndexed(prefix);
        for (var i = 1; i <= count; i++)
        {
            var key = r[$"{prefix}.{i}.Key"] ?? throw new AwsException(ErrorCatalogue.MissingParameter($"{prefix}.{i}.Key"));
            tags.Add((key, r[$"{prefix}.{i}.Value"]));
        }

        return tags;
    }

    /// <summary>TagSpecification.N: only key-pair specifications apply to key-pair actions, as on EC2.</summary>
    private static List<Ec2Tag> TagSpecifications(ActionRequest r)
    {
        var tags = new List<Ec2Tag>();
        var count = r.Parameters.CountIndexed("TagSpecification");
        for (var i = 1; i <= count; i++)
        {
            var type = r[$"TagSpecification.{i}.ResourceType"] ?? throw new AwsException(ErrorCatalogue.MissingParameter($"TagSpecification.{i}.ResourceType"));
            if (type != Ec2TagOperations.KeyPairResourceType)
            {
                throw new AwsException(ErrorCatalogue.InvalidParameterValue($"'{type}' is not a valid taggable resource type for this operation."));
            }

            tags.AddRange(Tags(r, $"TagSpecification.{i}.Tag").Select(t => new Ec2Tag(t.Key, t.Value ?? string.Empty)));
        }

        return tags;
    }

    private static void TagSet(XmlWriter w, IReadOnlyList<Ec2Tag> tags)
    {
        w.WriteStartElement("tagSet");
        foreach (var tag in tags)
        {
            w.WriteStartElement("item");
            Text(w, "key", tag.Key);
            Text(w, "value", tag.Value);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static bool DryRun(ActionRequest r) => Validate.OptionalBool(r["DryRun"], "dryRun");

    private static void Text(XmlWriter w, string name, string value) => w.WriteElementString(name, value);
}
