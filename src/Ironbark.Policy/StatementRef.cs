namespace Ironbark.Policy;

/// <summary>Points at one statement that decided a request, for AccessDenied messages, simulators and the audit log.</summary>
public sealed record StatementRef(string PolicyLabel, PolicyKind PolicyKind, int StatementIndex, string? Sid);
