namespace Ironbark.Policy.Conditions;

/// <summary>One operator applied to one key: the unit of AND in a Condition block.</summary>
internal sealed class ConditionClause
{
    private readonly ConditionOperator _operator;
    private readonly string _key;
    private readonly IConditionValues? _values;
    private readonly bool? _nullExpectsAbsent;

    /// <param name="values">Null when the policy values could not be compiled for this operator: the clause then fails closed.</param>
    /// <param name="nullExpectsAbsent">For <c>Null</c> only: true for "true", false for "false", null for anything else.</param>
    public ConditionClause(ConditionOperator op, string key, IConditionValues? values, bool? nullExpectsAbsent)
    {
        _operator = op;
        _key = key;
        _values = values;
        _nullExpectsAbsent = nullExpectsAbsent;
    }

    /// <summary>The condition key as the policy spells it.</summary>
    public string Key => _key;

    public ConditionOutcome Evaluate(RequestContext context)
    {
        var op = _operator;
        var present = context.TryGetValues(_key, out var actual);
        if (op.Family == ConditionFamily.Null)
        {
            // AWS documents Null without IfExists or set qualifiers; a combination it does not define fails closed.
            if (_nullExpectsAbsent is not { } expectsAbsent || op.IfExists || op.Set != SetModifier.None)
            {
                return ConditionOutcome.Unevaluable;
            }

            return ToOutcome(present != expectsAbsent);
        }

        if (_values is null)
        {
            return ConditionOutcome.Unevaluable;
        }

        if (!present)
        {
            return op.IfExists || op.Set == SetModifier.ForAllValues
                ? ConditionOutcome.True
                : ToOutcome(op.Negated && op.Set == SetModifier.None);
        }

        switch (op.Set)
        {
            case SetModifier.ForAllValues:
                for (var i = 0; i < actual.Count; i++)
                {
                    if (_values.Matches(actual[i], context) == op.Negated)
                    {
                        return ConditionOutcome.False;
                    }
                }

                return ConditionOutcome.True;
            case SetModifier.ForAnyValue:
                for (var i = 0; i < actual.Count; i++)
                {
                    if (_values.Matches(actual[i], context) != op.Negated)
                    {
                        return ConditionOutcome.True;
                    }
                }

                return ConditionOutcome.False;
            default:
                // A negated operator is the negation of its positive form: the value must differ from every policy value.
                var any = false;
                for (var i = 0; i < actual.Count; i++)
                {
                    if (_values.Matches(actual[i], context))
                    {
                        any = true;
                        break;
                    }
                }

                return ToOutcome(any != op.Negated);
        }
    }

    private static ConditionOutcome ToOutcome(bool value) => value ? ConditionOutcome.True : ConditionOutcome.False;
}
