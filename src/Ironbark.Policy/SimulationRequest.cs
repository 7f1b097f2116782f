namespace Ironbark.Policy;

/// <summary>One question to the IAM policy simulator: the request, the identity policies, and the optional boundaries.</summary>
/// <param name="Request">The request as <see cref="AccessDecider"/> takes it.</param>
/// <param name="PermissionsBoundaries">Boundary policies; when any are given, an Allow must also be within them.</param>
public sealed record SimulationRequest(AccessRequest Request, IReadOnlyList<LabelledPolicy> PermissionsBoundaries);
