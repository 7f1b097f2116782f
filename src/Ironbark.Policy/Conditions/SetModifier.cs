namespace Ironbark.Policy.Conditions;

internal enum SetModifier
{
    None,
    ForAnyValue,
    ForAllValues,
}
