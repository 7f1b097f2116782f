namespace Ironbark.Identity.Simulation;

/// <summary>The parameters SimulateCustomPolicy and SimulatePrincipalPolicy share.</summary>
public sealed record SimulationInput(
    IReadOnlyList<string> PolicyInputs,
    IReadOnlyList<string> BoundaryInputs,
    IReadOnlyList<string> ActionNames,
    IReadOnlyList<string> ResourceArns,
    string? ResourcePolicy,
    string? ResourceOwner,
    string? CallerArn,
    IReadOnlyList<ContextEntry> ContextEntries);
