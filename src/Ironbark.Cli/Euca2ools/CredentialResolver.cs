using System.Globalization;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// requestbuilder's HmacKeyAuth source order: -I/-S (+ --security-token), then the environment, then
/// AWS_CREDENTIAL_FILE, then the resolved [user]'s key-id/secret-key. A source counts only when it supplies
/// both halves of the key pair. AWS_SESSION_TOKEN is deliberately never read: euca2ools only reads
/// AWS_SECURITY_TOKEN, so scripts that rely on that difference keep working.
/// </summary>
internal static class CredentialResolver
{
    private static readonly string[] ExpirationFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public static AccessCredentials Resolve(
        string? keyIdOption, string? secretOption, string? tokenOption, ResolvedProfile profile, CliRuntime runtime, EucaConfig config)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);

        var hasKeyId = !string.IsNullOrEmpty(keyIdOption);
        var hasSecret = !string.IsNullOrEmpty(secretOption);
        if (hasKeyId != hasSecret)
        {
            throw new UsageError(hasKeyId
                ? "argument -I/--access-key-id: -S/--secret-key is also required"
                : "argument -S/--secret-key: -I/--access-key-id is also required");
        }

        if (hasKeyId && hasSecret)
        {
            return new AccessCredentials(keyIdOption!, secretOption!, Blank(tokenOption));
        }

        var envKey = runtime.GetEnvironment("AWS_ACCESS_KEY_ID") ?? runtime.GetEnvironment("AWS_ACCESS_KEY");
        var envSecret = runtime.GetEnvironment("AWS_SECRET_ACCESS_KEY") ?? runtime.GetEnvironment("AWS_SECRET_KEY");
        if (envKey is not null && envSecret is not null)
        {
            // Expired temporary credentials are an error, not a reason to fall back to the config's keys.
            var expiration = runtime.GetEnvironment("AWS_CREDENTIAL_EXPIRATION");
            if (expiration is not null && ParseExpiration(expiration) <= runtime.Clock.GetUtcNow())
            {
                throw new CliError("credentials have expired");
            }

            return new AccessCredentials(envKey, envSecret, runtime.GetEnvironment("AWS_SECURITY_TOKEN"));
        }

        var credentialFile = runtime.GetEnvironment("AWS_CREDENTIAL_FILE");
        if (credentialFile is not null)
        {
            var fromFile = ReadCredentialFile(ConfigLoader.ExpandUser(ConfigLoader.ExpandVariables(credentialFile, runtime), runtime));
            if (fromFile is not null)
            {
                return fromFile;
            }
        }

        var configKey = Blank(config.GetUserOption(profile.User, "key-id")?.Value);
        var configSecret = Blank(config.GetUserOption(profile.User, "secret-key")?.Value);
        if (configKey is not null && configSecret is not null)
        {
            return new AccessCredentials(configKey, configSecret, null);
        }

        throw new CliError(configKey is null
            ? "missing access key ID; please supply one with -I"
            : "missing secret key; please supply one with -S");
    }

    private static DateTimeOffset ParseExpiration(string text)
    {
        if (DateTimeOffset.TryParseExact(
                text, ExpirationFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        throw new CliError($"time data '{text}' does not match format '%Y-%m-%dT%H:%M:%SZ' (AWS_CREDENTIAL_EXPIRATION)");
    }

    /// <summary>The old AWS tools' credential file: AWSAccessKeyId=... and AWSSecretKey=... lines, '#' comments.</summary>
    private static AccessCredentials? ReadCredentialFile(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{FileArguments.StrError(e)}: {path}", e);
        }

        string? key = null;
        string? secret = null;
        foreach (var rawLine in lines)
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var name = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            if (name == "AWSAccessKeyId")
            {
                key = value;
            }
            else if (name == "AWSSecretKey")
            {
                secret = value;
            }
        }

        return Blank(key) is not null && Blank(secret) is not null ? new AccessCredentials(key!, secret!, null) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
