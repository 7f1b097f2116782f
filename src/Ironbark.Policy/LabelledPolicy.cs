namespace Ironbark.Policy;

/// <summary>A policy with the name the decision will cite, e.g. <c>user/alice/inline/keypairs</c>.</summary>
public sealed record LabelledPolicy(string Label, PolicyDocument Document);
