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
/// The EC2 action table (key pairs). EC2 answers in the namespace of the API version the client sent,
/// so handlers write unqualified names and the response writer supplies the namespace.
/// </summary>
internal static class Ec2Actions
{
    public static FrozenDictionary<string, ActionHandler> Build(IdentityServices services)
    {
        var keyPairs = new KeyPairOperations(services);
        var table = new Dictionary<string, ActionHandler>(StringComparer.Ordinal)
        {
            ["CreateKeyPair"] = r =>
            {
                var (keyPair, material) = keyPairs.Create(r.Call, r["KeyName"], r["KeyType"], r["KeyFormat"], DryRun(r));
                return w =>
                {
                    Text(w, "keyName", keyPair.Name);
                    Text(w, "keyFingerprint", keyPair.Fingerprint);
                    Text(w, "keyMaterial", material);
                    Text(w, "keyPairId", keyPair.KeyPairId);
                };
            },
            ["ImportKeyPair"] = r =>
            {
                var keyPair = keyPairs.Import(r.Call, r["KeyName"], r["PublicKeyMaterial"], DryRun(r));
                return w =>
                {
                    Text(w, "keyFingerprint", keyPair.Fingerprint);
                    Text(w, "keyName", keyPair.Name);
                    Text(w, "keyPairId", keyPair.KeyPairId);
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
        w.WriteStartElement("tagSet");
        w.WriteEndElement();
        if (includePublicKey)
        {
            Text(w, "publicKey", k.PublicKey);
        }

        Text(w, "createTime", AwsTime.IsoMillis(k.CreateTime));
        w.WriteEndElement();
    }

    private static List<KeyPairFilter> Filters(ActionRequest r)
    {
        var filters = new List<KeyPairFilter>();
        for (var i = 1; r[$"Filter.{i}.Name"] is { } name; i++)
        {
            filters.Add(new KeyPairFilter(name, r.Parameters.GetList($"Filter.{i}.Value")));
        }

        return filters;
    }

    private static bool DryRun(ActionRequest r) => Validate.OptionalBool(r["DryRun"], "dryRun");

    private static void Text(XmlWriter w, string name, string value) => w.WriteElementString(name, value);
}
