using Ironbark.Policy.Conditions;
using Ironbark.Policy.Evaluation;
using Ironbark.Policy.Matching;

namespace Ironbark.Policy.Parsing;

/// <summary>Turns validated statements into their evaluation form; runs once per stored policy.</summary>
internal static class PolicyCompiler
{
    public static CompiledStatement[] Compile(List<JsonItem> statements, string version)
    {
        // Before 2012-10-17 "${...}" is plain text, as AWS treats it.
        var variables = version == PolicyValidator.Version2012;
        var compiled = new CompiledStatement[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var actionItem = statement.Get("Action") ?? statement.Get("NotAction");
            var resourceItem = statement.Get("Resource") ?? statement.Get("NotResource");
            var principalItem = statement.Get("Principal");
            compiled[i] = new CompiledStatement(
                i,
                statement.Get("Sid")?.Text is { Length: > 0 } sid ? sid : null,
                statement.Get("Effect")?.Text == "Deny",
                [.. PolicyValidator.Strings(actionItem).Select(ActionMatcher.Compile)],
                statement.Has("NotAction"),
                resourceItem is null ? null : [.. PolicyValidator.Strings(resourceItem).Select(r => GlobPattern.Compile(r, wildcards: true, variables, ignoreCase: false))],
                statement.Has("NotResource"),
                principalItem is null ? null : PrincipalMatcher.Compile(principalItem),
                CompileConditions(statement.Get("Condition"), variables));
        }

        return compiled;
    }

    private static ConditionClause[] CompileConditions(JsonItem? condition, bool variables)
    {
        if (condition is null)
        {
            return [];
        }

        var clauses = new List<ConditionClause>();
        foreach (var (name, block) in condition.Properties)
        {
            var op = ConditionOperator.TryParse(name)!;
            foreach (var (key, valueItem) in block.Properties)
            {
                var values = PolicyValidator.Strings(valueItem).ToArray();
                bool? nullExpectsAbsent = op.Family == ConditionFamily.Null && values.Length == 1 && BoolConditionValues.TryParse(values[0], out var flag)
                    ? flag
                    : null;
                clauses.Add(new ConditionClause(op, key, CompileValues(op, values, variables), nullExpectsAbsent));
            }
        }

        return [.. clauses];
    }

    private static IConditionValues? CompileValues(ConditionOperator op, string[] values, bool variables)
    {
        switch (op.Family)
        {
            case ConditionFamily.String:
            case ConditionFamily.StringIgnoreCase:
            case ConditionFamily.StringLike:
                return new StringConditionValues([.. values.Select(v => GlobPattern.Compile(v, wildcards: op.Family == ConditionFamily.StringLike, variables, ignoreCase: op.Family == ConditionFamily.StringIgnoreCase))]);
            case ConditionFamily.Arn:
                return new ArnConditionValues([.. values.Select(v => ArnPattern.Compile(v, variables))]);
            case ConditionFamily.Numeric:
                var numbers = new decimal[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    if (!NumericConditionValues.TryParse(values[i], out numbers[i]))
                    {
                        return null;
                    }
                }

                return new NumericConditionValues(numbers, op.Comparison);
            case ConditionFamily.Date:
                var dates = new DateTimeOffset[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    if (!PolicyDate.TryParse(values[i], out dates[i]))
                    {
                        return null;
                    }
                }

                return new DateConditionValues(dates, op.Comparison);
            case ConditionFamily.Bool:
                var flags = new bool[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    if (!BoolConditionValues.TryParse(values[i], out flags[i]))
                    {
                        return null;
                    }
                }

                return new BoolConditionValues(flags);
            case ConditionFamily.IpAddress:
                var networks = new IpNetwork[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    if (!IpNetwork.TryParse(values[i], out networks[i]))
                    {
                        return null;
                    }
                }

                return new IpConditionValues(networks);
            default:
                // BinaryEquals compares raw bytes, which string context keys cannot carry yet; Null is handled by the clause.
                return null;
        }
    }
}
