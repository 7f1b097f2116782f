namespace Ironbark.Identity.Simulation;

/// <summary>One ContextEntries member of a simulation: a key, its values and AWS's ContextKeyType.</summary>
public sealed record ContextEntry(string? Name, IReadOnlyList<string> Values, string? Type);
