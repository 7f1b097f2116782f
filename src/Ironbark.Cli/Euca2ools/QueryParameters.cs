namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// AWS query parameters in insertion order. Like requestbuilder's flatten_params, a None or empty value is
/// dropped instead of being sent as "Name=".
/// </summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public IReadOnlyList<KeyValuePair<string, string>> Items => _items;

    public QueryParameters Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _items.Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    public QueryParameters With(string name, string? value)
    {
        var copy = new QueryParameters();
        copy._items.AddRange(_items.Where(item => item.Key != name));
        return copy.Add(name, value);
    }

    public string? Get(string name) => _items.LastOrDefault(item => item.Key == name).Value;
}
