namespace Ironbark.Policy;

/// <summary>The simulator's answer for one action and resource.</summary>
/// <param name="Decision">The decision and the statements that made it.</param>
/// <param name="MissingContextValues">Condition keys that statements about the request test but the request did not supply.</param>
public sealed record SimulationResult(AccessDecision Decision, IReadOnlyList<string> MissingContextValues);
