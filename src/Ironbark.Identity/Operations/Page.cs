using System.Text;

namespace Ironbark.Identity.Operations;

/// <summary>One page of a List* answer, with AWS's IsTruncated/Marker contract.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool IsTruncated, string? Marker);

public static class Paging
{
    /// <summary>
    /// Pages a list already in its answer order. The marker is the opaque (base64) key of the first
    /// item of the next page, so a page stays stable while items before it are deleted.
    /// </summary>
    public static Page<T> Apply<T>(IEnumerable<T> ordered, Func<T, string> key, string? marker, int? maxItems)
    {
        ArgumentNullException.ThrowIfNull(key);
        var limit = maxItems ?? 100;
        var items = ordered;
        if (marker is not null)
        {
            var start = Decode(marker);
            items = items.SkipWhile(item => string.CompareOrdinal(key(item), start) < 0);
        }

        var taken = items.Take(limit + 1).ToList();
        if (taken.Count <= limit)
        {
            return new Page<T>(taken, false, null);
        }

        var next = Convert.ToBase64String(Encoding.UTF8.GetBytes(key(taken[limit])));
        taken.RemoveAt(limit);
        return new Page<T>(taken, true, next);
    }

    private static string Decode(string marker)
    {
        var buffer = new byte[marker.Length];
        if (!Convert.TryFromBase64String(marker, buffer, out var length))
        {
            throw new Core.Errors.AwsException(Core.Errors.ErrorCatalogue.ValidationError("Invalid Marker."));
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
