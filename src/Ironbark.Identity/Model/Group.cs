namespace Ironbark.Identity.Model;

public sealed record Group(string AccountId, string Name, string Path, string GroupId, DateTimeOffset CreateDate);
