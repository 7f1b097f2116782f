namespace Ironbark.Policy;

/// <summary>A place in a policy's text, one-based as the IAM simulator reports it.</summary>
public readonly record struct SourcePosition(int Line, int Column);
