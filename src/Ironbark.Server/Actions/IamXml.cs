using System.Globalization;
using System.Xml;
using Ironbark.Core.Ids;
using Ironbark.Core.Text;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Protocol.Xml;

namespace Ironbark.Server.Actions;

/// <summary>IAM's XML elements for its entities. Policy documents are URL-encoded, as AWS sends them.</summary>
internal static class IamXml
{
    private const string Ns = XmlResponses.IamNamespace;

    public static void Element(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString(name, Ns, value);
        }
    }

    public static string EncodePolicy(string document) => Uri.EscapeDataString(document);

    public static void User(XmlWriter w, User u, string element = "User")
    {
        w.WriteStartElement(element, Ns);
        Element(w, "Path", u.Path);
        Element(w, "UserName", u.Name);
        Element(w, "UserId", u.UserId);
        Element(w, "Arn", Arns.User(u.AccountId, u.Path, u.Name));
        Element(w, "CreateDate", AwsTime.Iso(u.CreateDate));
        w.WriteEndElement();
    }

    public static void Group(XmlWriter w, Group g, string element = "Group")
    {
        w.WriteStartElement(element, Ns);
        Element(w, "Path", g.Path);
        Element(w, "GroupName", g.Name);
        Element(w, "GroupId", g.GroupId);
        Element(w, "Arn", Arns.Group(g.AccountId, g.Path, g.Name));
        Element(w, "CreateDate", AwsTime.Iso(g.CreateDate));
        w.WriteEndElement();
    }

    public static void Role(XmlWriter w, Role r, string element = "Role")
    {
        w.WriteStartElement(element, Ns);
        Element(w, "Path", r.Path);
        Element(w, "RoleName", r.Name);
        Element(w, "RoleId", r.RoleId);
        Element(w, "Arn", Arns.Role(r.AccountId, r.Path, r.Name));
        Element(w, "CreateDate", AwsTime.Iso(r.CreateDate));
        Element(w, "AssumeRolePolicyDocument", EncodePolicy(r.AssumeRolePolicyDocument));
        Element(w, "Description", r.Description);
        Element(w, "MaxSessionDuration", r.MaxSessionDuration.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    public static void AccessKeyMetadata(XmlWriter w, AccessKey k, string? userName)
    {
        w.WriteStartElement("member", Ns);
        Element(w, "UserName", userName);
        Element(w, "AccessKeyId", k.AccessKeyId);
        Element(w, "Status", k.Active ? "Active" : "Inactive");
        Element(w, "CreateDate", AwsTime.Iso(k.CreateDate));
        w.WriteEndElement();
    }

    public static void Account(XmlWriter w, Account a, string element)
    {
        w.WriteStartElement(element, Ns);
        Element(w, "AccountName", a.Alias);
        Element(w, "AccountId", a.Id);
        w.WriteEndElement();
    }

    /// <summary>A &lt;List&gt; of members followed by IsTruncated and, when truncated, Marker.</summary>
    public static void List<T>(XmlWriter w, string listName, Page<T> page, Action<XmlWriter, T> member)
    {
        w.WriteStartElement(listName, Ns);
        foreach (var item in page.Items)
        {
            member(w, item);
        }

        w.WriteEndElement();
        Truncation(w, page);
    }

    public static void Truncation<T>(XmlWriter w, Page<T> page)
    {
        Element(w, "IsTruncated", page.IsTruncated ? "true" : "false");
        Element(w, "Marker", page.Marker);
    }
}
