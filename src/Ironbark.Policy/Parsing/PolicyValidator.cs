using System.Text.RegularExpressions;
using Ironbark.Core.Errors;
using Ironbark.Policy.Conditions;

namespace Ironbark.Policy.Parsing;

/// <summary>
/// Checks a policy in the order AWS reports problems: syntax first, then Version, legacy parsing,
/// the fields the policy kind forbids or needs, Sids, actions, resources and principals. Only the
/// first problem is reported, as AWS does.
/// </summary>
internal static partial class PolicyValidator
{
    public const string Version2008 = "2008-10-17";
    public const string Version2012 = "2012-10-17";

    private static readonly HashSet<string> TopElements = new(StringComparer.Ordinal) { "Version", "Id", "Statement" };

    private static readonly HashSet<string> StatementElements = new(StringComparer.Ordinal)
    {
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    };

    private static readonly HashSet<string> PrincipalTypes = new(StringComparer.Ordinal) { "AWS", "Federated", "Service", "CanonicalUser" };

    /// <returns>The document's statements, each an object.</returns>
    public static List<JsonItem> Validate(JsonItem root, PolicyKind kind, out string version)
    {
        var statements = CheckSyntax(root) ?? throw Malformed(PolicyMessages.SyntaxErrors);
        version = root.Get("Version")?.Text ?? Version2008;
        if (version is not (Version2008 or Version2012))
        {
            throw Malformed(PolicyMessages.Version);
        }

        foreach (var statement in statements)
        {
            CheckLegacyParsing(statement);
        }

        foreach (var statement in statements)
        {
            CheckKindFields(statement, kind);
        }

        CheckSids(statements);
        foreach (var statement in statements)
        {
            if (IsEmptyList(statement, "Action", "NotAction"))
            {
                throw Malformed(PolicyMessages.MissingActions);
            }
        }

        if (kind == PolicyKind.Identity)
        {
            foreach (var statement in statements)
            {
                if (IsEmptyList(statement, "Resource", "NotResource"))
                {
                    throw Malformed(PolicyMessages.MissingResources);
                }
            }
        }

        foreach (var statement in statements)
        {
            foreach (var resource in Strings(statement.Get("Resource") ?? statement.Get("NotResource")))
            {
                if (resource != "*" && !resource.Contains(':', StringComparison.Ordinal))
                {
                    throw Malformed(PolicyMessages.ResourceNotArn(resource));
                }
            }

            foreach (var action in Strings(statement.Get("Action") ?? statement.Get("NotAction")))
            {
                CheckActionPrefix(action);
            }
        }

        foreach (var statement in statements)
        {
            CheckPrincipalValues(statement.Get("Principal"));
        }

        return statements;
    }

    public static AwsException Malformed(string message) => new(ErrorCatalogue.MalformedPolicyDocument(message));

    public static IEnumerable<string> Strings(JsonItem? item)
    {
        if (item is null)
        {
            yield break;
        }

        if (item.IsScalar)
        {
            yield return item.Text ?? string.Empty;
            yield break;
        }

        foreach (var element in item.Items)
        {
            yield return element.Text ?? string.Empty;
        }
    }

    private static List<JsonItem>? CheckSyntax(JsonItem root)
    {
        if (root.Kind != JsonItemKind.Object || root.Properties.Exists(p => !TopElements.Contains(p.Key)))
        {
            return null;
        }

        if (root.Get("Version") is { Kind: not JsonItemKind.String } || root.Get("Id") is { Kind: not JsonItemKind.String })
        {
            return null;
        }

        var statement = root.Get("Statement");
        List<JsonItem> statements = statement switch
        {
            { Kind: JsonItemKind.Object } => [statement],
            { Kind: JsonItemKind.Array } => statement.Items,
            _ => [],
        };

        if (statements.Count == 0 || !statements.TrueForAll(IsStatementSyntaxValid))
        {
            return null;
        }

        return statements;
    }

    private static bool IsStatementSyntaxValid(JsonItem statement)
    {
        if (statement.Kind != JsonItemKind.Object || statement.Properties.Exists(p => !StatementElements.Contains(p.Key)))
        {
            return false;
        }

        if ((statement.Has("Action") && statement.Has("NotAction"))
            || (statement.Has("Resource") && statement.Has("NotResource"))
            || (statement.Has("Principal") && statement.Has("NotPrincipal")))
        {
            return false;
        }

        // Effect casing is checked later: AWS calls "allow" a legacy parsing failure, not a syntax error.
        if (statement.Get("Effect") is not { Kind: JsonItemKind.String } effect
            || !(string.Equals(effect.Text, "Allow", StringComparison.OrdinalIgnoreCase) || string.Equals(effect.Text, "Deny", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (statement.Get("Sid") is { Kind: not JsonItemKind.String })
        {
            return false;
        }

        foreach (var name in (string[])["Action", "NotAction", "Resource", "NotResource"])
        {
            if (statement.Get(name) is { } value && !IsStringOrStrings(value))
            {
                return false;
            }
        }

        return IsConditionSyntaxValid(statement.Get("Condition"))
            && IsPrincipalSyntaxValid(statement.Get("Principal"))
            && IsPrincipalSyntaxValid(statement.Get("NotPrincipal"));
    }

    private static bool IsStringOrStrings(JsonItem item) =>
        item.Kind == JsonItemKind.String || (item.Kind == JsonItemKind.Array && item.Items.TrueForAll(i => i.Kind == JsonItemKind.String));

    private static bool IsConditionSyntaxValid(JsonItem? condition)
    {
        if (condition is null)
        {
            return true;
        }

        if (condition.Kind != JsonItemKind.Object)
        {
            return false;
        }

        foreach (var (name, block) in condition.Properties)
        {
            if (block.Kind != JsonItemKind.Object || ConditionOperator.TryParse(name) is null)
            {
                return false;
            }

            foreach (var (_, values) in block.Properties)
            {
                if (!values.IsScalar && !(values.Kind == JsonItemKind.Array && values.Items.TrueForAll(i => i.IsScalar)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPrincipalSyntaxValid(JsonItem? principal)
    {
        if (principal is null)
        {
            return true;
        }

        if (principal.Kind == JsonItemKind.String)
        {
            return principal.Text == "*";
        }

        return principal.Kind == JsonItemKind.Object
            && principal.Properties.Count > 0
            && principal.Properties.TrueForAll(p => PrincipalTypes.Contains(p.Key) && IsStringOrStrings(p.Value));
    }

    private static void CheckLegacyParsing(JsonItem statement)
    {
        var effect = statement.Get("Effect")?.Text;
        if (effect is not ("Allow" or "Deny"))
        {
            throw Malformed(PolicyMessages.LegacyParsing);
        }

        foreach (var (name, block) in statement.Get("Condition")?.Properties ?? [])
        {
            if (ConditionOperator.TryParse(name) is { Family: ConditionFamily.Date })
            {
                foreach (var (_, values) in block.Properties)
                {
                    foreach (var value in Strings(values))
                    {
                        if (!PolicyDate.TryParse(value, out _))
                        {
                            throw Malformed(PolicyMessages.LegacyParsing);
                        }
                    }
                }
            }
        }
    }

    private static void CheckKindFields(JsonItem statement, PolicyKind kind)
    {
        if (kind == PolicyKind.Identity)
        {
            foreach (var field in (string[])["Principal", "NotPrincipal"])
            {
                if (statement.Has(field))
                {
                    throw Malformed(PolicyMessages.ProhibitedField(field));
                }
            }

            return;
        }

        // A resource-based policy names its resources; a trust policy's resource is always the role itself.
        string[] prohibited = kind == PolicyKind.Resource ? ["NotPrincipal"] : ["Resource", "NotResource", "NotPrincipal"];
        foreach (var field in prohibited)
        {
            if (statement.Has(field))
            {
                throw Malformed(PolicyMessages.ProhibitedField(field));
            }
        }

        if (!statement.Has("Principal"))
        {
            throw Malformed(PolicyMessages.MissingPrincipal);
        }
    }

    private static void CheckSids(List<JsonItem> statements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            var sid = statement.Get("Sid")?.Text;
            if (string.IsNullOrEmpty(sid))
            {
                continue;
            }

            if (!AlphanumericSid().IsMatch(sid))
            {
                throw Malformed(PolicyMessages.SidNotAlphanumeric);
            }

            if (!seen.Add(sid))
            {
                throw Malformed(PolicyMessages.SidNotUnique);
            }
        }
    }

    private static bool IsEmptyList(JsonItem statement, string name, string notName)
    {
        var item = statement.Get(name) ?? statement.Get(notName);
        return item is null || (item.Kind == JsonItemKind.Array && item.Items.Count == 0);
    }

    private static void CheckActionPrefix(string action)
    {
        var parts = action.Split(':');
        if (parts.Length == 1 && action != "*")
        {
            throw Malformed(PolicyMessages.MissingVendor);
        }

        if (parts.Length > 2)
        {
            throw Malformed(PolicyMessages.TooManyColons);
        }

        if (parts[0] != "*" && !Vendor().IsMatch(parts[0]))
        {
            throw Malformed(PolicyMessages.InvalidVendor(parts[0]));
        }
    }

    private static void CheckPrincipalValues(JsonItem? principal)
    {
        if (principal is not { Kind: JsonItemKind.Object })
        {
            return;
        }

        foreach (var (type, values) in principal.Properties)
        {
            foreach (var value in Strings(values))
            {
                var valid = value == "*" || type switch
                {
                    "AWS" => AccountId().IsMatch(value) || AwsPrincipalArn().IsMatch(value),
                    _ => value.Length > 0 && value.AsSpan().IndexOfAny("*? \t") < 0,
                };
                if (!valid)
                {
                    throw Malformed(PolicyMessages.InvalidPrincipal(type, value));
                }
            }
        }
    }

    [GeneratedRegex("^[0-9A-Za-z]*$")]
    private static partial Regex AlphanumericSid();

    [GeneratedRegex("^[a-zA-Z0-9.-]+$")]
    private static partial Regex Vendor();

    [GeneratedRegex("^[0-9]{12}$")]
    internal static partial Regex AccountId();

    // No wildcard may appear in a principal ARN; "*" alone is the only wildcard AWS accepts.
    [GeneratedRegex(@"^arn:aws[a-z-]*:(iam::[0-9]{12}:(root|(user|role)(/[\x21-\x29\x2B-\x3E\x40-\x7E]+)+)|sts::[0-9]{12}:(assumed-role/[\w+=,.@-]+/[\w+=,.@-]+|federated-user/[\w+=,.@-]+))$")]
    private static partial Regex AwsPrincipalArn();
}
