namespace Ironbark.Policy.Parsing;

internal enum JsonItemKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
