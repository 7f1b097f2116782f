using System.Globalization;
using Ironbark.Core.Errors;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// The time rules of SigV4: header-signed requests must be within 15 minutes of the server clock,
/// presigned ones within their X-Amz-Expires (at most a week), and the credential scope must name the
/// same day as the request time. Kept apart from the verifier so the clock can be injected in tests.
/// </summary>
public static class SigV4Clock
{
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    public const int MaxPresignedExpiresSeconds = 604_800;

    /// <summary>The error to answer with, or null when the request time is acceptable.</summary>
    public static AwsError? CheckTime(SigV4Authorization auth, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(auth);
        var requestDay = auth.AmzDate[..8];
        if (auth.CredentialDate != requestDay)
        {
            return ErrorCatalogue.SignatureDoesNotMatch(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{auth.CredentialDate}' != '{requestDay}', from '{auth.AmzDate}'.");
        }

        // Whole seconds, as the messages print them and as X-Amz-Date carries them.
        now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (auth.IsPresigned && auth.ExpiresSeconds is { } expires)
        {
            if (expires <= 0)
            {
                return ErrorCatalogue.IncompleteSignature("X-Amz-Expires must be non-negative and greater than zero");
            }

            if (expires > MaxPresignedExpiresSeconds)
            {
                return ErrorCatalogue.IncompleteSignature("X-Amz-Expires must be less than a week (in seconds) that is 604800");
            }

            if (auth.RequestTime > now + MaxSkew)
            {
                return NotYetCurrent(auth, now);
            }

            return now > auth.RequestTime.AddSeconds(expires) ? ErrorCatalogue.RequestExpired("Request has expired.") : null;
        }

        if (auth.RequestTime < now - MaxSkew)
        {
            return ErrorCatalogue.RequestExpired(string.Create(
                CultureInfo.InvariantCulture,
                $"Signature expired: {auth.AmzDate} is now earlier than {Format(now - MaxSkew)} ({Format(now)} - 15 min.)"));
        }

        return auth.RequestTime > now + MaxSkew ? NotYetCurrent(auth, now) : null;
    }

    private static AwsError NotYetCurrent(SigV4Authorization auth, DateTimeOffset now) =>
        ErrorCatalogue.RequestExpired(string.Create(
            CultureInfo.InvariantCulture,
            $"Signature not yet current: {auth.AmzDate} is still later than {Format(now + MaxSkew)} ({Format(now)} + 15 min.)"));

    private static string Format(DateTimeOffset time) => SigV4Signer.FormatAmzDate(time);
}
