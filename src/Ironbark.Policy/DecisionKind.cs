namespace Ironbark.Policy;

public enum DecisionKind
{
    /// <summary>A Deny statement applied.</summary>
    ExplicitDeny,

    /// <summary>Nothing allowed the request (or only one side of a pair that must both allow).</summary>
    ImplicitDeny,

    Allow,
}
