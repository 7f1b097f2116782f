using System.Xml;

namespace Ironbark.Server.Pipeline;

/// <summary>Runs one action; answers the writer of the response's result (null when the action has no output).</summary>
internal delegate Action<XmlWriter>? ActionHandler(ActionRequest request);
