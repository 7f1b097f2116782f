using System.Globalization;
using System.Text;
using Ironbark.Core.Errors;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// Reads the SigV4 claims of a request from the Authorization header or the presigned query
/// parameters. It checks shape only; <see cref="SigV4Verifier"/> and <see cref="SigV4Clock"/> judge them.
/// Error texts follow what AWS answers, since clients and scripts show them to people.
/// </summary>
public static class SigV4Parser
{
    private const string SecurityTokenName = "X-Amz-Security-Token";

    /// <summary>
    /// The parsed authorization, or null when the request carries no SigV4 at all (the caller then
    /// tries SigV2 or answers MissingAuthenticationToken).
    /// </summary>
    /// <exception cref="AwsException">IncompleteSignature (400) for a malformed or unsupported signature.</exception>
    public static SigV4Authorization? Parse(HttpRequestData request, QueryParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        var header = request.GetHeader("Authorization");
        var queryAlgorithm = parameters.Get("X-Amz-Algorithm");
        if (header is not null && queryAlgorithm is not null)
        {
            throw Incomplete("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified");
        }

        if (header is not null)
        {
            return ParseHeader(request, parameters, header);
        }

        return queryAlgorithm is null ? null : ParsePresigned(request, parameters, queryAlgorithm);
    }

    private static SigV4Authorization ParseHeader(HttpRequestData request, QueryParameters parameters, string header)
    {
        var value = header.AsSpan().Trim();
        var space = value.IndexOfAny(' ', '\t');
        var algorithm = space < 0 ? value : value[..space];
        if (!algorithm.SequenceEqual(SigV4Crypto.Algorithm))
        {
            throw Incomplete($"Unsupported AWS 'algorithm': '{Truncate(algorithm)}'");
        }

        string? credential = null, signedHeaders = null, signature = null;
        var rest = space < 0 ? [] : value[(space + 1)..];
        foreach (var range in rest.Split(','))
        {
            var component = rest[range].Trim();
            var eq = component.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            var key = component[..eq].Trim();
            var componentValue = component[(eq + 1)..].Trim().ToString();
            if (key.SequenceEqual("Credential"))
            {
                credential ??= componentValue;
            }
            else if (key.SequenceEqual("SignedHeaders"))
            {
                signedHeaders ??= componentValue;
            }
            else if (key.SequenceEqual("Signature"))
            {
                signature ??= componentValue;
            }
        }

        var amzDate = request.GetHeader("X-Amz-Date");
        var date = amzDate ?? request.GetHeader("Date");
        var missing = new StringBuilder();
        if (string.IsNullOrEmpty(credential))
        {
            missing.Append("Authorization header requires 'Credential' parameter. ");
        }

        if (string.IsNullOrEmpty(signature))
        {
            missing.Append("Authorization header requires 'Signature' parameter. ");
        }

        if (string.IsNullOrEmpty(signedHeaders))
        {
            missing.Append("Authorization header requires 'SignedHeaders' parameter. ");
        }

        if (string.IsNullOrEmpty(date))
        {
            missing.Append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }

        if (missing.Length > 0)
        {
            missing.Append("Authorization=").Append(Truncate(value));
            throw Incomplete(missing.ToString());
        }

        return Build(request, parameters, credential!, ParseTime(date!, isAmzDate: amzDate is not null), signedHeaders!, signature!, presigned: false, expiresSeconds: null);
    }

    private static SigV4Authorization ParsePresigned(HttpRequestData request, QueryParameters parameters, string algorithm)
    {
        if (algorithm != SigV4Crypto.Algorithm)
        {
            throw Incomplete($"Unsupported AWS 'algorithm': '{Truncate(algorithm)}'");
        }

        var credential = parameters.Get("X-Amz-Credential");
        var signature = parameters.Get("X-Amz-Signature");
        var signedHeaders = parameters.Get("X-Amz-SignedHeaders");
        var date = parameters.Get("X-Amz-Date");
        var missing = new StringBuilder();
        foreach (var (name, present) in new[]
        {
            ("X-Amz-Credential", !string.IsNullOrEmpty(credential)),
            ("X-Amz-Signature", !string.IsNullOrEmpty(signature)),
            ("X-Amz-SignedHeaders", !string.IsNullOrEmpty(signedHeaders)),
            ("X-Amz-Date", !string.IsNullOrEmpty(date)),
        })
        {
            if (!present)
            {
                missing.Append("AWS query-string parameters must include '").Append(name).Append("'. ");
            }
        }

        if (missing.Length > 0)
        {
            missing.Append("Re-examine the query-string parameters.");
            throw Incomplete(missing.ToString());
        }

        int? expires = null;
        if (parameters.Get("X-Amz-Expires") is { } expiresText)
        {
            if (!int.TryParse(expiresText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
            {
                throw Incomplete("X-Amz-Expires should be a number");
            }

            expires = seconds;
        }

        return Build(request, parameters, credential!, ParseTime(date!, isAmzDate: true), signedHeaders!, signature!, presigned: true, expires);
    }

    /// <summary>The parsed authorization, for both forms.</summary>
    private static SigV4Authorization Build(
        HttpRequestData request, QueryParameters parameters, string credential, DateTimeOffset time, string signedHeaders, string signature, bool presigned, int? expiresSeconds)
    {
        var (accessKeyId, credentialDate, region, service) = ParseCredential(credential);
        return new SigV4Authorization
        {
            AccessKeyId = accessKeyId,
            CredentialDate = credentialDate,
            Region = region,
            Service = service,
            SignedHeaders = ParseSignedHeaders(signedHeaders),
            Signature = signature,
            RequestTime = time,
            AmzDate = SigV4Signer.FormatAmzDate(time),
            IsPresigned = presigned,
            ExpiresSeconds = expiresSeconds,
            SessionToken = (request.GetHeader(SecurityTokenName) ?? parameters.Get(SecurityTokenName))?.Trim(),
        };
    }

    private static (string AccessKeyId, string Date, string Region, string Service) ParseCredential(string credential)
    {
        var parts = credential.Split('/');
        if (parts.Length != 5 || parts[4] != SigV4Crypto.Terminator)
        {
            throw Incomplete($"Credential should be scoped with a valid terminator: '{SigV4Crypto.Terminator}', not '{Truncate(parts[^1])}'. Expected '<access key>/<date>/<region>/<service>/{SigV4Crypto.Terminator}'.");
        }

        if (parts[0].Length == 0)
        {
            throw Incomplete("Authorization header requires 'Credential' parameter. Credential has no access key id.");
        }

        if (parts[1].Length != 8 || !DateTime.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Incomplete($"Invalid credential date. Date is not the required format: yyyyMMdd. Got '{Truncate(parts[1])}'.");
        }

        if (parts[2].Length == 0)
        {
            throw Incomplete("Credential should be scoped to a valid region. ");
        }

        if (parts[3].Length == 0)
        {
            throw Incomplete("Credential should be scoped to correct service. ");
        }

        return (parts[0], parts[1], parts[2], parts[3]);
    }

    private static List<string> ParseSignedHeaders(string signedHeaders)
    {
        var names = new List<string>();
        foreach (var name in signedHeaders.Split(';'))
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0)
            {
                names.Add(trimmed.ToLowerInvariant());
            }
        }

        // Without host a signature could be replayed against any endpoint that shares the key.
        if (!names.Contains("host"))
        {
            throw Incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        return names;
    }

    private static DateTimeOffset ParseTime(string value, bool isAmzDate)
    {
        var trimmed = value.Trim();
        if (isAmzDate
            ? DateTimeOffset.TryParseExact(trimmed, SigV4Crypto.AmzDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            : DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
        {
            return time;
        }

        throw Incomplete($"Date must be in ISO-8601 'basic format'. Got '{Truncate(trimmed)}'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    /// <summary>Echoed client text is bounded so a hostile header cannot blow up error responses and logs.</summary>
    private static string Truncate(ReadOnlySpan<char> text) => text.Length <= 256 ? text.ToString() : string.Concat(text[..256], "...");

    private static AwsException Incomplete(string message) => new(ErrorCatalogue.IncompleteSignature(message));
}
