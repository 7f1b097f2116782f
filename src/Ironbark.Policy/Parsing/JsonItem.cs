namespace Ironbark.Policy.Parsing;

/// <summary>
/// A minimal JSON tree. <c>JsonDocument</c> would silently accept duplicate keys, which AWS rejects,
/// and keeping properties in order lets validation report the first problem the way AWS reads the document.
/// </summary>
internal sealed class JsonItem
{
    private JsonItem(JsonItemKind kind, string? text, List<KeyValuePair<string, JsonItem>>? properties, List<JsonItem>? items)
    {
        Kind = kind;
        Text = text;
        Properties = properties ?? [];
        Items = items ?? [];
    }

    public JsonItemKind Kind { get; }

    /// <summary>Scalar text: a string's value, or a number's or boolean's literal as written.</summary>
    public string? Text { get; }

    public List<KeyValuePair<string, JsonItem>> Properties { get; }

    public List<JsonItem> Items { get; }

    /// <summary>For an object: the UTF-8 offsets of its braces, so the simulator can say where a statement is.</summary>
    public int StartOffset { get; init; }

    public int EndOffset { get; init; }

    public bool IsScalar => Kind is JsonItemKind.String or JsonItemKind.Number or JsonItemKind.Boolean;

    public static JsonItem Scalar(JsonItemKind kind, string? text) => new(kind, text, null, null);

    public static JsonItem Object(List<KeyValuePair<string, JsonItem>> properties, int startOffset, int endOffset) =>
        new(JsonItemKind.Object, null, properties, null) { StartOffset = startOffset, EndOffset = endOffset };

    public static JsonItem Array(List<JsonItem> items) => new(JsonItemKind.Array, null, null, items);

    public JsonItem? Get(string name)
    {
        foreach (var (key, value) in Properties)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    public bool Has(string name) => Get(name) is not null;
}
