namespace Ironbark.Policy.Matching;

/// <summary>
/// One piece of a compiled pattern. A variable keeps its key and optional default so the value is
/// looked up in the request context at match time instead of building a substituted string.
/// </summary>
internal readonly record struct GlobSegment(GlobSegmentKind Kind, string Text, string? Default = null);
