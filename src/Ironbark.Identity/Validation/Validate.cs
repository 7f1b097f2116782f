using System.Globalization;
using System.Text.RegularExpressions;
using Ironbark.Core.Errors;

namespace Ironbark.Identity.Validation;

/// <summary>
/// Parameter constraints from AWS's API models, worded the way AWS words a failed constraint
/// ("1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: …").
/// </summary>
public static partial class Validate
{
    public const string NamePattern = @"[\w+=,.@-]+";
    public const string PathPattern = @"(\u002F)|(\u002F[\u0021-\u007F]+\u002F)";

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^[\w+=,.@-]*$")]
    private static partial Regex SessionName();

    [GeneratedRegex(@"^((/)|(/[\u0021-\u007F]+/))$")]
    private static partial Regex PathRegex();

    [GeneratedRegex(@"^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$")]
    private static partial Regex AccountAlias();

    public static string Required(string? value, string member) =>
        value ?? throw Failure($"Value null at '{member}' failed to satisfy constraint: Member must not be null");

    public static string EntityName(string? value, string member, int maxLength) =>
        Pattern(Length(Required(value, member), member, 1, maxLength), member, Name(), NamePattern);

    public static string RoleSessionName(string? value, string member) =>
        Pattern(Length(Required(value, member), member, 2, 64), member, SessionName(), @"[\w+=,.@-]*");

    /// <summary>GetFederationToken's Name: 2 to 32 characters of the user-name alphabet.</summary>
    public static string FederatedName(string? value, string member) =>
        Pattern(Length(Required(value, member), member, 2, 32), member, SessionName(), @"[\w+=,.@-]*");

    public static string Path(string? value, string member)
    {
        if (value is null)
        {
            return "/";
        }

        return Pattern(Length(value, member, 1, 512), member, PathRegex(), PathPattern);
    }

    public static string PathPrefix(string? value, string member) =>
        value is null ? "/" : Length(value, member, 1, 512);

    public static string Length(string value, string member, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < min)
        {
            throw Failure($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have length greater than or equal to {min}");
        }

        if (value.Length > max)
        {
            throw Failure($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have length less than or equal to {max}");
        }

        return value;
    }

    public static int? OptionalInt(string? text, string member, int min, int max)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new AwsException(ErrorCatalogue.ValidationError($"1 validation error detected: Value '{text}' at '{member}' failed to satisfy constraint: Member must be a number"));
        }

        if (value < min)
        {
            throw Failure($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have value greater than or equal to {min}");
        }

        if (value > max)
        {
            throw Failure($"Value '{value}' at '{member}' failed to satisfy constraint: Member must have value less than or equal to {max}");
        }

        return value;
    }

    public static bool OptionalBool(string? text, string member) => text switch
    {
        null => false,
        _ when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        _ when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw Failure($"Value '{text}' at '{member}' failed to satisfy constraint: Member must be a boolean"),
    };

    /// <summary>Eucalyptus account names: what AWS allows for aliases (lower-case DNS label, not 12 digits).</summary>
    public static string AccountName(string? value, string member)
    {
        var name = Length(Required(value, member), member, 3, 63);
        if (!AccountAlias().IsMatch(name) || (name.Length == 12 && name.All(char.IsAsciiDigit)))
        {
            throw new AwsException(ErrorCatalogue.ValidationError($"Invalid account name {name}: use 3 to 63 lower-case letters, digits and single hyphens, not starting or ending with a hyphen, and not 12 digits."));
        }

        return name;
    }

    public static string PolicyDocument(string? value, string member) =>
        Length(Required(value, member), member, 1, 131072);

    private static string Pattern(string value, string member, Regex regex, string shown)
    {
        if (!regex.IsMatch(value))
        {
            throw Failure($"Value '{value}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: {shown}");
        }

        return value;
    }

    private static AwsException Failure(string detail) =>
        new(ErrorCatalogue.ValidationError("1 validation error detected: " + detail));
}
