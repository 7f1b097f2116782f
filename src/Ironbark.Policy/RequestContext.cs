namespace Ironbark.Policy;

/// <summary>One authorization question: who wants to do which action on which resource, and the condition keys that hold.</summary>
public sealed class RequestContext
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoKeys = new(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _keys;

    public RequestContext(
        string action,
        string resource,
        PrincipalInfo principal,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? contextKeys = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(principal);
        Action = action;
        Resource = resource;
        Principal = principal;
        _keys = CaseInsensitive(contextKeys);
        ServiceLength = action.IndexOf(':', StringComparison.Ordinal);
        NormalizedAction = action.ToUpperInvariant();
    }

    /// <summary>e.g. <c>ec2:DescribeKeyPairs</c>.</summary>
    public string Action { get; }

    public string Resource { get; }

    public PrincipalInfo Principal { get; }

    /// <summary>Condition keys; names compare case-insensitively, as AWS compares them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ContextKeys => _keys;

    // Split once here so every action matcher of every statement reuses it.
    internal int ServiceLength { get; }

    // Actions compare case-insensitively; folding once here lets every action matcher compare ordinally.
    internal string NormalizedAction { get; }

    internal bool TryGetValues(string key, out IReadOnlyList<string> values)
    {
        if (_keys.TryGetValue(key, out var found) && found is { Count: > 0 })
        {
            values = found;
            return true;
        }

        values = [];
        return false;
    }

    // Only single-valued keys can stand in a policy variable; a multivalued key leaves it unresolved.
    internal string? ResolveVariable(string key) =>
        _keys.TryGetValue(key, out var values) && values is { Count: 1 } ? values[0] : null;

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> CaseInsensitive(IReadOnlyDictionary<string, IReadOnlyList<string>>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return NoKeys;
        }

        if (keys is Dictionary<string, IReadOnlyList<string>> dictionary && ReferenceEquals(dictionary.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            return dictionary;
        }

        var copy = new Dictionary<string, IReadOnlyList<string>>(keys.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in keys)
        {
            copy[key] = values;
        }

        return copy;
    }
}
