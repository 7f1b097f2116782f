using Ironbark.Policy;

namespace Ironbark.Identity.Simulation;

/// <summary>A statement that decided a simulation, named as AWS names it: the policy's id and type, and where it is.</summary>
public sealed record MatchedStatement(string SourcePolicyId, string? SourcePolicyType, StatementSpan Span);
