using Ironbark.Identity.Authorization;
using Ironbark.Protocol.Query;

namespace Ironbark.Server.Pipeline;

/// <summary>What an action handler gets: the authenticated call and the decoded parameters.</summary>
internal sealed class ActionRequest(CallContext call, QueryParameters parameters)
{
    public CallContext Call { get; } = call;

    public QueryParameters Parameters { get; } = parameters;

    public string? this[string name] => Parameters.Get(name);
}
