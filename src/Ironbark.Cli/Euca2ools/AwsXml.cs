using System.Xml;
using System.Xml.Linq;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Reads AWS query XML the way requestbuilder does: namespaces are stripped so IAM, STS and EC2 answers
/// (each in its own xmlns) are navigated by local names only.
/// </summary>
internal static class AwsXml
{
    /// <summary>Parses and strips namespaces; returns null when the text is not XML at all.</summary>
    public static XElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return Strip(XElement.Parse(text));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static string? Text(XElement? element, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = element;
        foreach (var name in path)
        {
            current = current?.Element(name);
        }

        return current?.Value;
    }

    /// <summary>IAM lists: &lt;Users&gt;&lt;member&gt;…; EC2 lists: &lt;keySet&gt;&lt;item&gt;….</summary>
    public static IEnumerable<XElement> List(XElement? element, string listTag, string itemTag) =>
        element?.Element(listTag)?.Elements(itemTag) ?? [];

    private static XElement Strip(XElement element) =>
        new(
            element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(node => node is XElement child ? Strip(child) : node));
}
