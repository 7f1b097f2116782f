namespace Ironbark.Policy.Matching;

/// <summary>
/// The Arn operators' matcher: an ARN is six colon-separated parts and each is globbed on its own,
/// so a <c>*</c> never crosses a colon (unlike StringLike and unlike the Resource element).
/// </summary>
internal sealed class ArnPattern
{
    private const int PartCount = 6;

    private readonly GlobPattern[] _parts;

    private ArnPattern(GlobPattern[] parts) => _parts = parts;

    public static ArnPattern Compile(string text, bool variables)
    {
        var parts = new GlobPattern[PartCount];
        var rest = text;
        for (var i = 0; i < PartCount - 1; i++)
        {
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                // A pattern of fewer than six parts cannot line up with an ARN's parts; a bare "*" is the one
                // such value that still means "any ARN".
                return new ArnPattern(text == "*" ? [GlobPattern.Compile(text, wildcards: true, variables: false, ignoreCase: false)] : []);
            }

            parts[i] = GlobPattern.Compile(rest[..colon], wildcards: true, variables, ignoreCase: false);
            rest = rest[(colon + 1)..];
        }

        parts[PartCount - 1] = GlobPattern.Compile(rest, wildcards: true, variables, ignoreCase: false);
        return new ArnPattern(parts);
    }

    public bool IsMatch(ReadOnlySpan<char> arn, RequestContext context)
    {
        if (_parts.Length < PartCount)
        {
            return _parts.Length == 1 && _parts[0].IsMatch(arn, context);
        }

        var rest = arn;
        for (var i = 0; i < PartCount - 1; i++)
        {
            var colon = rest.IndexOf(':');
            if (colon < 0 || !_parts[i].IsMatch(rest[..colon], context))
            {
                return false;
            }

            rest = rest[(colon + 1)..];
        }

        return _parts[PartCount - 1].IsMatch(rest, context);
    }
}
