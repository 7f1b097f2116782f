namespace Ironbark.Protocol.Signing;

/// <summary>
/// What a request claims about its SigV4 signature, parsed but not yet verified.
/// The signature itself is not a secret; the session token is, so it stays out of <see cref="ToString"/>.
/// </summary>
public sealed class SigV4Authorization
{
    public required string AccessKeyId { get; init; }

    /// <summary>The date of the credential scope, yyyyMMdd.</summary>
    public required string CredentialDate { get; init; }

    public required string Region { get; init; }

    public required string Service { get; init; }

    /// <summary>Lower-case header names in the order the client listed them.</summary>
    public required IReadOnlyList<string> SignedHeaders { get; init; }

    /// <summary>The signature as sent (64 hex digits when well-formed).</summary>
    public required string Signature { get; init; }

    /// <summary>X-Amz-Date (or the Date header), parsed.</summary>
    public required DateTimeOffset RequestTime { get; init; }

    /// <summary>The request time in the form the string to sign uses, yyyyMMdd'T'HHmmss'Z'.</summary>
    public required string AmzDate { get; init; }

    public required bool IsPresigned { get; init; }

    /// <summary>X-Amz-Expires of a presigned request, when it was given.</summary>
    public int? ExpiresSeconds { get; init; }

    /// <summary>X-Amz-Security-Token from the header or the query string.</summary>
    public string? SessionToken { get; init; }

    public string CredentialScope => SigV4Canonicalizer.CredentialScope(CredentialDate, Region, Service);

    public override string ToString() =>
        $"SigV4 {AccessKeyId}/{CredentialScope} presigned={IsPresigned} token={(SessionToken is null ? "no" : "yes")}";
}
