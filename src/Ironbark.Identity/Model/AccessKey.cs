namespace Ironbark.Identity.Model;

/// <summary>A long-term access key. <see cref="UserName"/> is null for the account root's keys.</summary>
public sealed record AccessKey(
    string AccessKeyId,
    string AccountId,
    string? UserName,
    bool Active,
    DateTimeOffset CreateDate,
    byte[] SealedSecret);
