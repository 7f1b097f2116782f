namespace Ironbark.Policy;

/// <summary>How a resource-based policy's Principal element named the caller; it decides whether that grant suffices alone.</summary>
public enum PrincipalMatch
{
    None,

    /// <summary>Through <c>"*"</c>, the account id or <c>arn:aws:iam::ACCT:root</c>: the account must still allow it.</summary>
    Account,

    /// <summary>Through the caller's own user, role or session ARN.</summary>
    Specific,
}
