namespace Ironbark.Policy;

/// <summary>Which grammar a document follows; it decides which elements are required or prohibited.</summary>
public enum PolicyKind
{
    /// <summary>Attached to a user, group or role: no Principal, Resource required.</summary>
    Identity,

    /// <summary>A role trust policy, the resource-based policy of <c>sts:AssumeRole</c>: Principal required, no Resource.</summary>
    Trust,

    /// <summary>Any other resource-based policy, such as the simulator's ResourcePolicy: Principal required, Resource allowed.</summary>
    Resource,
}
