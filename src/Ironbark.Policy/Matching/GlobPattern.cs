using System.Text;

namespace Ironbark.Policy.Matching;

/// <summary>
/// The one <c>*</c>/<c>?</c> matcher of the engine, compiled once per policy value. Policy variables
/// stay segments of their own and are resolved during matching, so evaluation allocates nothing;
/// their values, like <c>${*}</c>, always match literally.
/// </summary>
internal sealed class GlobPattern
{
    private readonly GlobSegment[] _segments;
    private readonly StringComparison _comparison;

    // Fast paths: most policy values are a bare "*" or contain no wildcard at all.
    private readonly bool _matchesAll;
    private readonly string? _literal;

    private GlobPattern(GlobSegment[] segments, bool ignoreCase)
    {
        _segments = segments;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _matchesAll = segments.Length == 1 && segments[0].Kind == GlobSegmentKind.Star;
        if (segments.Length == 0)
        {
            _literal = string.Empty;
        }
        else if (segments.Length == 1 && segments[0].Kind == GlobSegmentKind.Literal)
        {
            _literal = segments[0].Text;
        }
    }

    /// <param name="text">The policy value.</param>
    /// <param name="wildcards">Whether <c>*</c> and <c>?</c> are wildcards (Like operators, actions, resources) or plain text (Equals operators).</param>
    /// <param name="variables">Whether <c>${...}</c> is a policy variable (Version 2012-10-17 only).</param>
    /// <param name="ignoreCase">Ordinal case-insensitive comparison, as for action names.</param>
    public static GlobPattern Compile(string text, bool wildcards, bool variables, bool ignoreCase)
    {
        var segments = new List<GlobSegment>();
        var literal = new StringBuilder();
        void FlushLiteral()
        {
            if (literal.Length > 0)
            {
                segments.Add(new GlobSegment(GlobSegmentKind.Literal, literal.ToString()));
                literal.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (wildcards && c == '*')
            {
                FlushLiteral();
                // Consecutive stars match the same as one and would only slow backtracking down.
                if (segments.Count == 0 || segments[^1].Kind != GlobSegmentKind.Star)
                {
                    segments.Add(new GlobSegment(GlobSegmentKind.Star, string.Empty));
                }

                continue;
            }

            if (wildcards && c == '?')
            {
                FlushLiteral();
                segments.Add(new GlobSegment(GlobSegmentKind.Question, string.Empty));
                continue;
            }

            if (variables && c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close > 0)
                {
                    var inner = text.AsSpan(i + 2, close - i - 2);
                    i = close;
                    if (inner is "*" or "?" or "$")
                    {
                        literal.Append(inner[0]);
                        continue;
                    }

                    FlushLiteral();
                    segments.Add(ParseVariable(inner));
                    continue;
                }
            }

            literal.Append(c);
        }

        FlushLiteral();
        return new GlobPattern([.. segments], ignoreCase);
    }

    // ${key} or ${key, 'default'}; the default is what AWS substitutes when the key has no value.
    private static GlobSegment ParseVariable(ReadOnlySpan<char> inner)
    {
        var comma = inner.IndexOf(',');
        if (comma >= 0)
        {
            var rest = inner[(comma + 1)..].Trim();
            if (rest.Length >= 2 && rest[0] == '\'' && rest[^1] == '\'')
            {
                return new GlobSegment(GlobSegmentKind.Variable, inner[..comma].Trim().ToString(), rest[1..^1].ToString());
            }
        }

        return new GlobSegment(GlobSegmentKind.Variable, inner.Trim().ToString());
    }

    /// <summary>
    /// Greedy matching that backtracks only to the most recent star: linear for patterns without
    /// stars, O(n·m) in the worst case, never exponential. A star followed by literal text jumps
    /// straight to the next occurrence of that text. An unresolved variable matches nothing.
    /// </summary>
    public bool IsMatch(ReadOnlySpan<char> text, RequestContext? context)
    {
        if (_matchesAll)
        {
            return true;
        }

        if (_literal is not null)
        {
            return text.Equals(_literal, _comparison);
        }

        var segments = _segments;
        int si = 0, ti = 0, starSegment = -1, starText = 0;
        while (true)
        {
            if (si < segments.Length)
            {
                var segment = segments[si];
                switch (segment.Kind)
                {
                    case GlobSegmentKind.Star:
                        starSegment = si++;
                        if (si == segments.Length)
                        {
                            return true;
                        }

                        if (segments[si].Kind == GlobSegmentKind.Literal)
                        {
                            // Positions before the next occurrence of the literal cannot match, so skip them.
                            var found = text[ti..].IndexOf(segments[si].Text, _comparison);
                            if (found < 0)
                            {
                                return false;
                            }

                            ti += found;
                        }

                        starText = ti;
                        continue;
                    case GlobSegmentKind.Question:
                        if (ti < text.Length)
                        {
                            ti++;
                            si++;
                            continue;
                        }

                        break;
                    default:
                        string? value = segment.Text;
                        if (segment.Kind == GlobSegmentKind.Variable)
                        {
                            value = context?.ResolveVariable(segment.Text) ?? segment.Default;
                            if (value is null)
                            {
                                return false;
                            }
                        }

                        if (text[ti..].StartsWith(value, _comparison))
                        {
                            ti += value.Length;
                            si++;
                            continue;
                        }

                        break;
                }
            }
            else if (ti == text.Length)
            {
                return true;
            }

            if (starSegment < 0 || starText >= text.Length)
            {
                return false;
            }

            // Let the last star swallow one more character and try again from there.
            ti = starText + 1;
            si = starSegment;
        }
    }
}
