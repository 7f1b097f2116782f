namespace Ironbark.Identity.Model;

public sealed record GroupMembership(string AccountId, string GroupName, string UserName);
