using Ironbark.Policy.Evaluation;
using Ironbark.Policy.Parsing;

namespace Ironbark.Policy;

/// <summary>A validated, compiled policy. Immutable, so one instance can serve every request concurrently.</summary>
public sealed class PolicyDocument
{
    private PolicyDocument(PolicyKind kind, string version, CompiledStatement[] statements)
    {
        Kind = kind;
        Version = version;
        Statements = statements;
    }

    public PolicyKind Kind { get; }

    /// <summary><c>2012-10-17</c>, or <c>2008-10-17</c> when the document names none.</summary>
    public string Version { get; }

    public int StatementCount => Statements.Length;

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
        return new PolicyDocument(kind, version, PolicyCompiler.Compile(statements, version));
    }

    /// <summary>The statement's Sid, or null when it has none.</summary>
    public string? GetSid(int statementIndex) => Statements[statementIndex].Sid;
}
