using System.Globalization;

namespace Ironbark.Policy.Parsing;

/// <summary>
/// Documents copied from word processors and web pages (the seed walkthrough is one) carry curly
/// quotes. AWS only says "Syntax errors in policy."; naming the character and where it is saves the
/// user a hunt, and the AWS sentence stays first for clients that match on it.
/// </summary>
internal static class TypographicQuotes
{
    private const string Quotes = "\u201C\u201D\u2018\u2019";

    public static string? Find(string json)
    {
        var index = json.AsSpan().IndexOfAny(Quotes);
        if (index < 0)
        {
            return null;
        }

        var before = json.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} Unexpected character '{1}' (U+{2:X4}) at line {3}, column {4}; policies need ASCII double quotes.",
            PolicyMessages.SyntaxErrors,
            json[index],
            (int)json[index],
            line,
            column);
    }
}
