using Ironbark.Protocol.Http;

namespace Ironbark.Protocol.Signing;

/// <summary>
/// The intermediate values of one signing, kept so tests can compare each against AWS's expected
/// files and so a failing signature can be diagnosed without re-deriving anything.
/// </summary>
public sealed record SigV4SigningResult(
    string CanonicalRequest,
    string StringToSign,
    string Signature,
    HttpRequestData SignedRequest);
