using System.Text;
using System.Text.Json;
using Ironbark.Policy;

namespace Ironbark.Identity.Authorization;

/// <summary>
/// The decoded form of an encoded authorization message, in the shape AWS documents for
/// DecodeAuthorizationMessage: allowed, explicitDeny, matchedStatements, failures and the request context.
/// </summary>
public static class AuthorizationMessageJson
{
    public static string Write(Caller caller, AccessDecision decision, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(context);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteBoolean("allowed", decision.Allowed);
            w.WriteBoolean("explicitDeny", decision.Kind == DecisionKind.ExplicitDeny);
            w.WriteStartObject("matchedStatements");
            w.WriteStartArray("items");
            foreach (var statement in decision.DecidingStatements)
            {
                w.WriteStartObject();
                w.WriteString("statementId", statement.Sid ?? string.Empty);
                w.WriteString("effect", decision.Allowed ? "ALLOW" : "DENY");
                w.WriteString("sourcePolicy", statement.PolicyLabel);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("failures");
            w.WriteStartArray("items");
            w.WriteEndArray();
            w.WriteEndObject();
            WriteContext(w, caller, context);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteContext(Utf8JsonWriter w, Caller caller, RequestContext context)
    {
        w.WriteStartObject("context");
        w.WriteStartObject("principal");
        w.WriteString("id", caller.UserId);
        if (caller.UserName is { } name)
        {
            w.WriteString("name", name);
        }

        w.WriteString("arn", caller.Arn);
        w.WriteEndObject();
        w.WriteString("action", context.Action);
        w.WriteString("resource", context.Resource);
        w.WriteStartObject("conditions");
        w.WriteStartArray("items");
        // Sorted so that the same request always decodes to the same text.
        foreach (var (key, values) in context.ContextKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteStartObject("values");
            w.WriteStartArray("items");
            foreach (var value in values)
            {
                w.WriteStartObject();
                w.WriteString("value", value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
