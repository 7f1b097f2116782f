namespace Ironbark.Identity.Model;

/// <summary>Every row of one account, as the store hands it to the snapshot builder.</summary>
public sealed record AccountData(
    Account Account,
    IReadOnlyList<User> Users,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<GroupMembership> Memberships,
    IReadOnlyList<InlinePolicy> InlinePolicies,
    IReadOnlyList<AccessKey> AccessKeys,
    IReadOnlyList<KeyPair> KeyPairs);
