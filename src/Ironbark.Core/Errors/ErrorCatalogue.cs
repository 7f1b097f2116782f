using System.Globalization;

namespace Ironbark.Core.Errors;

/// <summary>
/// Every error Ironbark answers with. Codes, statuses and message texts follow AWS so that clients
/// parse them and scripts matching on them keep working; nothing else in the code base makes an AwsError.
/// </summary>
public static class ErrorCatalogue
{
    private static string F(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    // ---- authentication (IAM/STS shapes) ----
    public static AwsError MissingAuthenticationToken() =>
        new("MissingAuthenticationToken", 403, "Request is missing Authentication Token");

    public static AwsError InvalidClientTokenId() =>
        new("InvalidClientTokenId", 403, "The security token included in the request is invalid.");

    public static AwsError SignatureDoesNotMatch() =>
        new("SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

    /// <summary>A signature check that failed for a reason AWS spells out, such as a credential scope date mismatch.</summary>
    public static AwsError SignatureDoesNotMatch(string detail) =>
        new("SignatureDoesNotMatch", 403, detail);

    public static AwsError IncompleteSignature(string detail) =>
        new("IncompleteSignature", 400, detail);

    public static AwsError RequestExpired(string detail) =>
        new("RequestExpired", 400, detail);

    public static AwsError ExpiredToken() =>
        new("ExpiredToken", 403, "The security token included in the request is expired");

    /// <summary>EC2's single code for every authentication failure.</summary>
    public static AwsError AuthFailure() =>
        new("AuthFailure", 401, "AWS was not able to validate the provided access credentials");

    // ---- authorization ----
    /// <summary>The reason clause AWS appends to an authorization failure.</summary>
    /// <param name="action">The action denied.</param>
    /// <param name="explicitDeny">Whether a Deny statement decided, rather than the lack of an Allow.</param>
    /// <param name="policyType">Which kind of policy decided: "identity-based", "resource-based" or "session".</param>
    public static string DenialReason(string action, bool explicitDeny, string policyType) => explicitDeny
        ? F("with an explicit deny in a{0} {1} policy", policyType.StartsWith('i') ? "n" : string.Empty, policyType)
        : F("because no {0} policy allows the {1} action", policyType, action);

    public static AwsError AccessDenied(string message) => new("AccessDenied", 403, message);

    public static AwsError UnauthorizedOperation(string? detail = null) =>
        new("UnauthorizedOperation", 403, detail is null ? "You are not authorized to perform this operation." : "You are not authorized to perform this operation. " + detail);

    /// <summary>An EC2 denial with the sealed explanation appended, punctuated as AWS's messages are.</summary>
    public static string EncodedDenial(string denial, string encodedMessage) =>
        F("{0}. Encoded authorization failure message: {1}", denial, encodedMessage);

    public static AwsError InvalidAuthorizationMessage() =>
        new("InvalidAuthorizationMessageException", 400, "The message is invalid.");

    public static AwsError DryRunOperation() =>
        new("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.");

    // ---- request shape ----
    public static AwsError InvalidAction(string action) =>
        new("InvalidAction", 400, F("Could not find operation {0} for version {1}", action, "NO_VERSION_SPECIFIED"));

    public static AwsError InvalidActionForVersion(string action, string version) =>
        new("InvalidAction", 400, F("Could not find operation {0} for version {1}", action, version));

    public static AwsError InvalidEc2Action(string action) =>
        new("InvalidAction", 400, F("The action {0} is not valid for this web service.", action));

    public static AwsError UnknownPath() =>
        new("InvalidURI", 404, "The requested path is not served here; use /, /services/Euare/, /services/Tokens/ or /services/compute/.");

    public static AwsError MissingAction() =>
        new("MissingAction", 400, "Missing Action");

    public static AwsError MissingParameter(string name) =>
        new("MissingParameter", 400, F("The request must contain the parameter {0}", name));

    public static AwsError ValidationError(string message) => new("ValidationError", 400, message);

    public static AwsError InvalidParameterValue(string message) => new("InvalidParameterValue", 400, message);

    /// <summary>A query string or form body that cannot be decoded (bad percent-escape, invalid UTF-8, too many parameters).</summary>
    public static AwsError MalformedQueryString(string detail) =>
        new("MalformedQueryString", 400, detail);

    public static AwsError RequestEntityTooLarge() =>
        new("RequestEntityTooLarge", 413, "Request body must be less than 1 MB");

    public static AwsError UnsupportedProtocol() =>
        new("InvalidHttpRequest", 400, "The HTTP method or content type is not supported for this service");

    public static AwsError NotImplemented(string action) =>
        new("NotImplemented", 501, F("The requested action {0} is not implemented.", action), ErrorFault.Receiver);

    public static AwsError ServiceUnavailable() =>
        new("ServiceUnavailable", 503, "Service is unable to handle request.", ErrorFault.Receiver);

    public static AwsError InternalFailure(string? detail = null) =>
        new("InternalFailure", 500, detail ?? "The request processing has failed because of an unknown error, exception or failure.", ErrorFault.Receiver);

    // ---- IAM entities ----
    public static AwsError NoSuchEntity(string message) => new("NoSuchEntity", 404, message);

    public static AwsError EntityAlreadyExists(string message) => new("EntityAlreadyExists", 409, message);

    public static AwsError DeleteConflict(string message) => new("DeleteConflict", 409, message);

    public static AwsError LimitExceeded(string message) => new("LimitExceeded", 409, message);

    public static AwsError MalformedPolicyDocument(string message) => new("MalformedPolicyDocument", 400, message);

    /// <summary>IAM's generic refusal of a parameter value, e.g. a policy the simulator cannot parse.</summary>
    public static AwsError InvalidInput(string message) => new("InvalidInput", 400, message);

    // ---- EC2 key pairs ----
    public static AwsError KeyPairDuplicate(string name) =>
        new("InvalidKeyPair.Duplicate", 400, F("The keypair '{0}' already exists.", name));

    public static AwsError KeyPairNotFound(string name) =>
        new("InvalidKeyPair.NotFound", 400, F("The key pair '{0}' does not exist", name));

    public static AwsError KeyPairsNotFound(IEnumerable<string> names) =>
        new("InvalidKeyPair.NotFound", 400, F("The key pairs '{0}' do not exist", string.Join(", ", names)));

    public static AwsError KeyPairIdsNotFound(IEnumerable<string> ids) =>
        new("InvalidKeyPair.NotFound", 400, F("The key pair IDs '{0}' do not exist", string.Join(", ", ids)));

    public static AwsError KeyPairLimitExceeded(int limit) =>
        new("KeyPairLimitExceeded", 400, F("Maximum of {0} keypairs reached.", limit));

    public static AwsError KeyFormat(string message) => new("InvalidKey.Format", 400, message);

    // ---- EC2 tags ----
    public static AwsError InvalidId(string id) =>
        new("InvalidID", 400, F("The ID '{0}' is not valid", id));

    public static AwsError TagLimitExceeded() =>
        new("TagLimitExceeded", 400, "The maximum number of Tags for a resource has been reached.");
}
