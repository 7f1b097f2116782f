using Ironbark.Policy;

namespace Ironbark.Identity.Simulation;

/// <summary>A policy taking part in a simulation with the id and type the answer reports for it.</summary>
public sealed record SimulatedPolicy(LabelledPolicy Policy, string SourcePolicyId, string? SourcePolicyType);
