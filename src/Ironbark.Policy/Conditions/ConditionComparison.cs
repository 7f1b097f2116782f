namespace Ironbark.Policy.Conditions;

internal enum ConditionComparison
{
    Equal,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
