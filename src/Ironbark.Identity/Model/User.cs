namespace Ironbark.Identity.Model;

public sealed record User(string AccountId, string Name, string Path, string UserId, DateTimeOffset CreateDate);
