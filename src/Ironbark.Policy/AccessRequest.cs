namespace Ironbark.Policy;

/// <summary>Everything <see cref="AccessDecider"/> needs for one request.</summary>
/// <param name="Context">The request.</param>
/// <param name="IdentityPolicies">The caller's identity policies: user inline, each group's inline, role inline.</param>
/// <param name="ResourcePolicy">The resource's own policy, e.g. the role trust policy for <c>sts:AssumeRole</c>.</param>
/// <param name="ResourceAccountId">The account owning the resource; null means the caller's own account.</param>
/// <param name="SessionPolicies">Policies passed when the session was made (AssumeRole's Policy); none means no cap.</param>
public sealed record AccessRequest(
    RequestContext Context,
    IReadOnlyList<LabelledPolicy> IdentityPolicies,
    LabelledPolicy? ResourcePolicy = null,
    string? ResourceAccountId = null,
    IReadOnlyList<LabelledPolicy>? SessionPolicies = null);
