using System.Globalization;
using System.Xml;
using Ironbark.Identity.Simulation;
using Ironbark.Policy;
using Ironbark.Protocol.Query;

namespace Ironbark.Server.Actions;

/// <summary>Reads the simulator's Query parameters and writes its EvaluationResults.</summary>
internal static class SimulationXml
{
    private const string Ns = Protocol.Xml.XmlResponses.IamNamespace;

    public static SimulationInput Input(QueryParameters p) => new(
        p.GetMemberList("PolicyInputList"),
        p.GetMemberList("PermissionsBoundaryPolicyInputList"),
        p.GetMemberList("ActionNames"),
        p.GetMemberList("ResourceArns"),
        p.Get("ResourcePolicy"),
        p.Get("ResourceOwner"),
        p.Get("CallerArn"),
        ContextEntries(p));

    private static List<ContextEntry> ContextEntries(QueryParameters p)
    {
        var entries = new List<ContextEntry>();
        var count = p.CountIndexed("ContextEntries.member");
        for (var i = 1; i <= count; i++)
        {
            var prefix = $"ContextEntries.member.{i}.";
            entries.Add(new ContextEntry(p.Get(prefix + "ContextKeyName"), p.GetMemberList(prefix + "ContextKeyValues"), p.Get(prefix + "ContextKeyType")));
        }

        return entries;
    }

    public static void Result(XmlWriter w, EvaluationResult r)
    {
        w.WriteStartElement("member", Ns);
        IamXml.Element(w, "EvalActionName", r.ActionName);
        IamXml.Element(w, "EvalResourceName", r.ResourceName);
        IamXml.Element(w, "EvalDecision", r.Decision);
        w.WriteStartElement("MatchedStatements", Ns);
        foreach (var statement in r.MatchedStatements)
        {
            w.WriteStartElement("member", Ns);
            IamXml.Element(w, "SourcePolicyId", statement.SourcePolicyId);
            IamXml.Element(w, "SourcePolicyType", statement.SourcePolicyType);
            Position(w, "StartPosition", statement.Span.Start);
            Position(w, "EndPosition", statement.Span.End);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("MissingContextValues", Ns);
        foreach (var key in r.MissingContextValues)
        {
            IamXml.Element(w, "member", key);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    public static void Keys(XmlWriter w, IReadOnlyList<string> keys)
    {
        w.WriteStartElement("ContextKeyNames", Ns);
        foreach (var key in keys)
        {
            IamXml.Element(w, "member", key);
        }

        w.WriteEndElement();
    }

    private static void Position(XmlWriter w, string name, SourcePosition position)
    {
        w.WriteStartElement(name, Ns);
        IamXml.Element(w, "Line", position.Line.ToString(CultureInfo.InvariantCulture));
        IamXml.Element(w, "Column", position.Column.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }
}
