using System.Globalization;
using System.Net;
using Ironbark.Core.Errors;

namespace Ironbark.Identity.Simulation;

/// <summary>
/// Checks ContextEntries against their ContextKeyType: the simulator takes every value as text, but a
/// value its type cannot hold is the caller's mistake and is refused rather than silently never matching.
/// </summary>
public static class ContextKeyTypes
{
    private static readonly string[] Scalars = ["string", "numeric", "boolean", "ip", "binary", "date"];

    public static Dictionary<string, IReadOnlyList<string>> ToKeys(IReadOnlyList<ContextEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var member = $"contextEntries.{i + 1}";
            if (string.IsNullOrEmpty(entry.Name))
            {
                throw new AwsException(ErrorCatalogue.InvalidInput($"The context entry {member} has no ContextKeyName."));
            }

            var type = entry.Type ?? throw new AwsException(ErrorCatalogue.InvalidInput($"The context entry {entry.Name} has no ContextKeyType."));
            var scalar = type.EndsWith("List", StringComparison.Ordinal) ? type[..^4] : type;
            if (!Scalars.Contains(scalar, StringComparer.Ordinal))
            {
                throw new AwsException(ErrorCatalogue.ValidationError(
                    $"Value '{type}' at '{member}.member.contextKeyType' failed to satisfy constraint: Member must satisfy enum value set: [string, stringList, numeric, numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, dateList]"));
            }

            if (scalar == type && entry.Values.Count > 1)
            {
                throw new AwsException(ErrorCatalogue.InvalidInput($"The context entry {entry.Name} of type {type} takes one value; use {type}List for several."));
            }

            foreach (var value in entry.Values)
            {
                if (!Holds(scalar, value))
                {
                    throw new AwsException(ErrorCatalogue.InvalidInput($"The value {value} of context entry {entry.Name} is not a valid {scalar}."));
                }
            }

            keys[entry.Name] = entry.Values;
        }

        return keys;
    }

    private static bool Holds(string type, string value) => type switch
    {
        "numeric" => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        "boolean" => value is "true" or "false",
        "ip" => IPNetwork.TryParse(value, out _) || IPAddress.TryParse(value, out _),
        "binary" => Convert.TryFromBase64String(value, new byte[value.Length], out _),
        "date" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            || long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ => true,
    };
}
