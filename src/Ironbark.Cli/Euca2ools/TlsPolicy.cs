using System.Net.Security;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The region's verify-ssl setting. euca2ools makes certificate verification opt-in ("verify-ssl = true"),
/// because Eucalyptus clouds commonly run on self-signed certificates; the production HTTP handler asks
/// this object on every TLS handshake, and the runner sets it once the region is known.
/// </summary>
internal sealed class TlsPolicy
{
    public bool VerifyCertificates { get; set; }

    public bool Validate(SslPolicyErrors errors) => !VerifyCertificates || errors == SslPolicyErrors.None;

    /// <summary>ConfigParser's getboolean: true/1/yes/on and false/0/no/off, anything else is an error.</summary>
    public static bool ParseBoolean(string? value, string option)
    {
        if (value is null)
        {
            return false;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "on" => true,
            "false" or "0" or "no" or "off" => false,
            _ => throw new CliError($"{option}: not a boolean: '{value}'"),
        };
    }
}
