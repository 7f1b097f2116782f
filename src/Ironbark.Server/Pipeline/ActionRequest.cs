using Ironbark.Identity.Authorization;
using Ironbark.Protocol.Query;

namespace Ironbark.Server.Pipeline;

/// <summary>What an action handler gets: the authenticated call, the decoded parameters and the Host the client used.</summary>
internal sealed class ActionRequest(CallContext call, QueryParameters parameters, string host = "")
{
    /// <summary>The request's Host (name and port), so answers naming an endpoint name this server.</summary>
    public string Host { get; } = host;

    public CallContext Call { get; } = call;

    public QueryParameters Parameters { get; } = parameters;

    public string? this[string name] => Parameters.Get(name);
}
