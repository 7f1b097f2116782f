namespace Ironbark.Identity.Sessions;

/// <summary>Temporary credentials as STS hands them out.</summary>
public sealed record IssuedCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration);
