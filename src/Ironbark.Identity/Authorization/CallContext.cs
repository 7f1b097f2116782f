namespace Ironbark.Identity.Authorization;

/// <summary>Who calls and under what circumstances: what every operation receives.</summary>
public sealed record CallContext(Caller Caller, RequestInfo Request);
