namespace Ironbark.Policy.Matching;

/// <summary>
/// One Action/NotAction entry. Service prefix and name are both case-insensitive; a literal prefix is
/// compared first, so most entries reject a request of another service without running a glob.
/// </summary>
internal sealed class ActionMatcher
{
    private readonly string? _service;
    private readonly GlobPattern _pattern;

    private ActionMatcher(string? service, GlobPattern pattern)
    {
        _service = service;
        _pattern = pattern;
    }

    public static ActionMatcher Compile(string action)
    {
        // Same folding as RequestContext.NormalizedAction, so ordinal comparison means case-insensitive.
        action = action.ToUpperInvariant();
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && action.AsSpan(0, colon).IndexOfAny('*', '?') < 0)
        {
            return new ActionMatcher(action[..colon], GlobPattern.Compile(action[(colon + 1)..], wildcards: true, variables: false, ignoreCase: false));
        }

        return new ActionMatcher(null, GlobPattern.Compile(action, wildcards: true, variables: false, ignoreCase: false));
    }

    public bool IsMatch(RequestContext context)
    {
        var action = context.NormalizedAction.AsSpan();
        if (_service is null)
        {
            return _pattern.IsMatch(action, null);
        }

        var serviceLength = context.ServiceLength;
        return serviceLength == _service.Length
            && action[..serviceLength].SequenceEqual(_service)
            && _pattern.IsMatch(action[(serviceLength + 1)..], null);
    }
}
