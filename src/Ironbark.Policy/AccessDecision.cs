namespace Ironbark.Policy;

/// <summary>The one record of an authorization: the AccessDenied message, the tests and the audit log all read it.</summary>
/// <param name="DecidingStatements">The Deny statements for an explicit deny; the Allow statements that granted an Allow; empty otherwise.</param>
public sealed record AccessDecision(DecisionKind Kind, IReadOnlyList<StatementRef> DecidingStatements)
{
    public bool Allowed => Kind == DecisionKind.Allow;

    /// <summary>An implicit deny only because the session's own policies allow nothing here.</summary>
    public bool CappedBySessionPolicy { get; init; }
}
