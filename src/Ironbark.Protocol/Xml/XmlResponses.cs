using System.Text;
using System.Xml;
using Ironbark.Core.Errors;

namespace Ironbark.Protocol.Xml;

/// <summary>
/// The two XML response shapes: AWS Query (IAM, STS: a Result wrapper and ResponseMetadata) and EC2 Query
/// (members directly under the response, lower-camel names, requestId), plus their error documents.
/// </summary>
public static class XmlResponses
{
    public const string IamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";
    public const string StsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        OmitXmlDeclaration = false,
    };

    public static string Ec2Namespace(string version) => $"http://ec2.amazonaws.com/doc/{version}/";

    /// <summary>&lt;ActionResponse&gt;&lt;ActionResult&gt;…&lt;/ActionResult&gt;&lt;ResponseMetadata/&gt;; no Result element for actions without output.</summary>
    public static byte[] Query(string action, string ns, string requestId, Action<XmlWriter>? result) => Write(w =>
    {
        w.WriteStartElement(action + "Response", ns);
        if (result is not null)
        {
            w.WriteStartElement(action + "Result", ns);
            result(w);
            w.WriteEndElement();
        }

        w.WriteStartElement("ResponseMetadata", ns);
        w.WriteElementString("RequestId", ns, requestId);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    public static byte[] Ec2(string action, string ns, string requestId, Action<XmlWriter> body) => Write(w =>
    {
        w.WriteStartElement(action + "Response", ns);
        w.WriteElementString("requestId", ns, requestId);
        body(w);
        w.WriteEndElement();
    });

    public static byte[] QueryError(AwsError error, string ns, string requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Write(w =>
        {
            w.WriteStartElement("ErrorResponse", ns);
            w.WriteStartElement("Error", ns);
            w.WriteElementString("Type", ns, error.Fault.ToString());
            w.WriteElementString("Code", ns, error.Code);
            w.WriteElementString("Message", ns, error.Message);
            w.WriteEndElement();
            w.WriteElementString("RequestId", ns, requestId);
            w.WriteEndElement();
        });
    }

    /// <summary>EC2's error document has no namespace and spells RequestID in upper case.</summary>
    public static byte[] Ec2Error(AwsError error, string requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Write(w =>
        {
            w.WriteStartElement("Response");
            w.WriteStartElement("Errors");
            w.WriteStartElement("Error");
            w.WriteElementString("Code", error.Code);
            w.WriteElementString("Message", error.Message);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteElementString("RequestID", requestId);
            w.WriteEndElement();
        });
    }

    private static byte[] Write(Action<XmlWriter> content)
    {
        using var stream = new MemoryStream(512);
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            content(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
