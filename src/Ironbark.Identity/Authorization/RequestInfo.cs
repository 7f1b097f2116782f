namespace Ironbark.Identity.Authorization;

/// <summary>Facts about the request itself that policies may test (global condition keys).</summary>
public sealed record RequestInfo(string Region, string SourceIp, bool SecureTransport, DateTimeOffset Now);
