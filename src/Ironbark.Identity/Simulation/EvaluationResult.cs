namespace Ironbark.Identity.Simulation;

/// <summary>One EvaluationResults member: the decision for one action on one resource.</summary>
/// <param name="Decision">allowed, explicitDeny or implicitDeny, as AWS spells them.</param>
public sealed record EvaluationResult(
    string ActionName,
    string ResourceName,
    string Decision,
    IReadOnlyList<MatchedStatement> MatchedStatements,
    IReadOnlyList<string> MissingContextValues);
