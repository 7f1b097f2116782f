using System.Text;
using System.Text.Json;

namespace Ironbark.Policy.Parsing;

/// <summary>Reads policy JSON with <see cref="Utf8JsonReader"/>; returns null where AWS says "Syntax errors in policy.".</summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 };

    public static JsonItem? Read(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader);
            return root is not null && !reader.Read() ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonItem? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var start = (int)reader.TokenStartIndex;
                var properties = new List<KeyValuePair<string, JsonItem>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString() ?? string.Empty;
                    if (!seen.Add(name) || !reader.Read())
                    {
                        return null;
                    }

                    var value = ReadValue(ref reader);
                    if (value is null)
                    {
                        return null;
                    }

                    properties.Add(new(name, value));
                }

                return JsonItem.Object(properties, start, (int)reader.TokenStartIndex);
            case JsonTokenType.StartArray:
                var items = new List<JsonItem>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadValue(ref reader);
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return JsonItem.Array(items);
            case JsonTokenType.String:
                return JsonItem.Scalar(JsonItemKind.String, reader.GetString());
            case JsonTokenType.Number:
                return JsonItem.Scalar(JsonItemKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return JsonItem.Scalar(JsonItemKind.Boolean, "true");
            case JsonTokenType.False:
                return JsonItem.Scalar(JsonItemKind.Boolean, "false");
            case JsonTokenType.Null:
                return JsonItem.Scalar(JsonItemKind.Null, null);
            default:
                return null;
        }
    }
}
