using System.Collections.Frozen;
using Ironbark.Core.Errors;
using Ironbark.Core.Text;
using Ironbark.Identity.Operations;
using Ironbark.Server.Pipeline;

namespace Ironbark.Server.Actions;

/// <summary>The STS action table.</summary>
internal static class StsActions
{
    private const string Ns = Protocol.Xml.XmlResponses.StsNamespace;

    /// <summary>AssumeRole parameters that belong to later work; refusing them beats ignoring them.</summary>
    private static readonly string[] NotYetSupported = ["Policy", "PolicyArns.member.1.arn", "Tags.member.1.Key", "TransitiveTagKeys.member.1", "SerialNumber", "TokenCode", "SourceIdentity"];

    public static FrozenDictionary<string, ActionHandler> Build(IdentityServices services)
    {
        var sts = new StsOperations(services);
        var table = new Dictionary<string, ActionHandler>(StringComparer.Ordinal)
        {
            ["AssumeRole"] = r =>
            {
                foreach (var name in NotYetSupported)
                {
                    if (r[name] is not null)
                    {
                        throw new AwsException(ErrorCatalogue.NotImplemented($"AssumeRole with {name.Split('.')[0]}"));
                    }
                }

                var assumed = sts.AssumeRole(r.Call, r["RoleArn"], r["RoleSessionName"], r["DurationSeconds"], r["ExternalId"]);
                return w =>
                {
                    w.WriteStartElement("Credentials", Ns);
                    w.WriteElementString("AccessKeyId", Ns, assumed.Credentials.AccessKeyId);
                    w.WriteElementString("SecretAccessKey", Ns, assumed.Credentials.SecretAccessKey);
                    w.WriteElementString("SessionToken", Ns, assumed.Credentials.SessionToken);
                    w.WriteElementString("Expiration", Ns, AwsTime.Iso(assumed.Credentials.Expiration));
                    w.WriteEndElement();
                    w.WriteStartElement("AssumedRoleUser", Ns);
                    w.WriteElementString("AssumedRoleId", Ns, assumed.AssumedRoleId);
                    w.WriteElementString("Arn", Ns, assumed.Arn);
                    w.WriteEndElement();
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
}
