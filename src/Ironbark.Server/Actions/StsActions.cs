using System.Collections.Frozen;
using System.Xml;
using Ironbark.Core.Errors;
using Ironbark.Core.Text;
using Ironbark.Identity.Operations;
using Ironbark.Identity.Sessions;
using Ironbark.Server.Pipeline;

namespace Ironbark.Server.Actions;

/// <summary>The STS action table.</summary>
internal static class StsActions
{
    private const string Ns = Protocol.Xml.XmlResponses.StsNamespace;

    /// <summary>Parameters that belong to later work (managed policies, tags, MFA); refusing them beats ignoring them.</summary>
    private static readonly string[] NotYetSupported = ["PolicyArns.member.1.arn", "Tags.member.1.Key", "TransitiveTagKeys.member.1", "SerialNumber", "TokenCode", "SourceIdentity"];

    public static FrozenDictionary<string, ActionHandler> Build(IdentityServices services)
    {
        var sts = new StsOperations(services);
        var table = new Dictionary<string, ActionHandler>(StringComparer.Ordinal)
        {
            ["AssumeRole"] = r =>
            {
                RefuseUnsupported(r, "AssumeRole");
                var assumed = sts.AssumeRole(r.Call, r["RoleArn"], r["RoleSessionName"], r["DurationSeconds"], r["ExternalId"], r["Policy"]);
                return w =>
                {
                    Credentials(w, assumed.Credentials);
                    w.WriteStartElement("AssumedRoleUser", Ns);
                    w.WriteElementString("AssumedRoleId", Ns, assumed.AssumedRoleId);
                    w.WriteElementString("Arn", Ns, assumed.Arn);
                    w.WriteEndElement();
                    PackedPolicySize(w, assumed.PackedPolicySize);
                };
            },
            ["GetSessionToken"] = r =>
            {
                RefuseUnsupported(r, "GetSessionToken");
                var credentials = sts.GetSessionToken(r.Call, r["DurationSeconds"]);
                return w => Credentials(w, credentials);
            },
            ["GetFederationToken"] = r =>
            {
                RefuseUnsupported(r, "GetFederationToken");
                var federated = sts.GetFederationToken(r.Call, r["Name"], r["DurationSeconds"], r["Policy"]);
                return w =>
                {
                    Credentials(w, federated.Credentials);
                    w.WriteStartElement("FederatedUser", Ns);
                    w.WriteElementString("FederatedUserId", Ns, federated.FederatedUserId);
                    w.WriteElementString("Arn", Ns, federated.Arn);
                    w.WriteEndElement();
                    PackedPolicySize(w, federated.PackedPolicySize);
                };
            },
            ["DecodeAuthorizationMessage"] = r =>
            {
                var decoded = sts.DecodeAuthorizationMessage(r.Call, r["EncodedMessage"]);
                return w => w.WriteElementString("DecodedMessage", Ns, decoded);
            },
            ["GetCallerIdentity"] = r =>
            {
                var (arn, userId, account) = StsOperations.GetCallerIdentity(r.Call);
                return w =>
                {
                    w.WriteElementString("Arn", Ns, arn);
                    w.WriteElementString("UserId", Ns, userId);
                    w.WriteElementString("Account", Ns, account);
                };
            },
        };
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void RefuseUnsupported(ActionRequest r, string action)
    {
        foreach (var name in NotYetSupported)
        {
            if (r[name] is not null)
            {
                throw new AwsException(ErrorCatalogue.NotImplemented($"{action} with {name.Split('.')[0]}"));
            }
        }
    }

    private static void Credentials(XmlWriter w, IssuedCredentials credentials)
    {
        w.WriteStartElement("Credentials", Ns);
        w.WriteElementString("AccessKeyId", Ns, credentials.AccessKeyId);
        w.WriteElementString("SecretAccessKey", Ns, credentials.SecretAccessKey);
        w.WriteElementString("SessionToken", Ns, credentials.SessionToken);
        w.WriteElementString("Expiration", Ns, AwsTime.Iso(credentials.Expiration));
        w.WriteEndElement();
    }

    private static void PackedPolicySize(XmlWriter w, int? packed)
    {
        if (packed is { } value)
        {
            w.WriteElementString("PackedPolicySize", Ns, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
