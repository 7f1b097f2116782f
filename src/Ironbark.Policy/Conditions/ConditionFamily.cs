namespace Ironbark.Policy.Conditions;

internal enum ConditionFamily
{
    String,
    StringIgnoreCase,
    StringLike,
    Numeric,
    Date,
    Bool,
    Binary,
    IpAddress,
    Arn,
    Null,
}
