namespace Ironbark.Policy;

/// <summary>Where one statement's object starts and ends in the policy text: the places just after its braces, as AWS counts.</summary>
public readonly record struct StatementSpan(SourcePosition Start, SourcePosition End);
