using System.Globalization;

namespace Ironbark.Policy.Conditions;

/// <summary>Date operator values: W3C ISO-8601 dates, or epoch seconds as <c>aws:EpochTime</c> carries them.</summary>
internal static class PolicyDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                value = DateTimeOffset.FromUnixTimeSeconds(seconds);
                return true;
            }

            value = default;
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
