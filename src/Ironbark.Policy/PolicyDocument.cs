using System.Text;
using Ironbark.Policy.Evaluation;
using Ironbark.Policy.Parsing;

namespace Ironbark.Policy;

/// <summary>A validated, compiled policy. Immutable, so one instance can serve every request concurrently.</summary>
public sealed class PolicyDocument
{
    private readonly StatementSpan[] _spans;

    private PolicyDocument(PolicyKind kind, string version, CompiledStatement[] statements, StatementSpan[] spans)
    {
        Kind = kind;
        Version = version;
        Statements = statements;
        _spans = spans;
        ConditionKeys = [.. statements.SelectMany(s => s.Conditions).Select(c => c.Key).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public PolicyKind Kind { get; }

    /// <summary><c>2012-10-17</c>, or <c>2008-10-17</c> when the document names none.</summary>
    public string Version { get; }

    public int StatementCount => Statements.Length;

    /// <summary>Every condition key the policy tests, once each, in the order they first appear.</summary>
    public IReadOnlyList<string> ConditionKeys { get; }

    internal CompiledStatement[] Statements { get; }

    /// <summary>Validates and compiles a policy document.</summary>
    /// <exception cref="Core.Errors.AwsException">MalformedPolicyDocument with AWS's message.</exception>
    public static PolicyDocument Parse(string json, PolicyKind kind)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (TypographicQuotes.Find(json) is { } message)
        {
            throw PolicyValidator.Malformed(message);
        }

        var root = JsonTreeReader.Read(json) ?? throw PolicyValidator.Malformed(PolicyMessages.SyntaxErrors);
        var statements = PolicyValidator.Validate(root, kind, out var version);
        // Positions are worked out once here, so evaluation never pays for them. AWS's simulator reports
        // the place just after each brace (its own documented example gives column 38 for a brace at 37).
        var utf8 = Encoding.UTF8.GetBytes(json);
        var spans = statements.Select(s => new StatementSpan(TextPositions.At(utf8, s.StartOffset + 1), TextPositions.At(utf8, s.EndOffset + 1))).ToArray();
        return new PolicyDocument(kind, version, PolicyCompiler.Compile(statements, version), spans);
    }

    /// <summary>The statement's Sid, or null when it has none.</summary>
    public string? GetSid(int statementIndex) => Statements[statementIndex].Sid;

    /// <summary>Where the statement stands in the text the policy was parsed from.</summary>
    public StatementSpan GetSpan(int statementIndex) => _spans[statementIndex];

    /// <summary>Condition keys of the statements about this request's action and resource that the request does not supply.</summary>
    public IEnumerable<string> MissingKeys(RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var statement in Statements)
        {
            if (!statement.Concerns(context))
            {
                continue;
            }

            foreach (var condition in statement.Conditions)
            {
                if (!context.ContextKeys.ContainsKey(condition.Key))
                {
                    yield return condition.Key;
                }
            }
        }
    }
}
