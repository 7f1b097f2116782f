namespace Ironbark.Policy.Matching;

internal enum GlobSegmentKind
{
    Literal,
    Star,
    Question,
    Variable,
}
