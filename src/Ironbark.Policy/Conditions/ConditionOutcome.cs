namespace Ironbark.Policy.Conditions;

/// <summary>Three-valued so that a condition the engine cannot evaluate fails closed instead of passing as false.</summary>
internal enum ConditionOutcome
{
    False,
    True,
    Unevaluable,
}
