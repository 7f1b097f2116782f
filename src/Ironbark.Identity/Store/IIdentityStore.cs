using Ironbark.Identity.Model;

namespace Ironbark.Identity.Store;

/// <summary>
/// Durable storage of identities. Inserts answer false when a unique constraint (a name that already
/// exists, compared the way AWS compares it) refuses the row, so the caller can word the AWS error.
/// Every method is one transaction; an implementation returns only after the write is durable.
/// </summary>
public interface IIdentityStore : IDisposable
{
    /// <summary>Applies pending schema migrations.</summary>
    void Migrate();

    IReadOnlyList<Account> ListAccounts();

    AccountData? LoadAccount(string accountId);

    AccessKey? FindAccessKey(string accessKeyId);

    byte[]? GetSetting(string key);

    /// <summary>Stores a setting only if none exists; answers the value that is stored afterwards.</summary>
    byte[] GetOrAddSetting(string key, byte[] value);

    /// <summary>An account with its administrator and that user's policy, all or nothing.</summary>
    bool TryInsertAccount(Account account, User admin, InlinePolicy adminPolicy);

    /// <summary>Deletes the account and every row that belongs to it.</summary>
    bool DeleteAccount(string accountId);

    bool TryInsertUser(User user);

    bool DeleteUser(string accountId, string userName);

    bool TryInsertGroup(Group group);

    bool DeleteGroup(string accountId, string groupName);

    bool TryInsertRole(Role role);

    bool DeleteRole(string accountId, string roleName);

    bool UpdateAssumeRolePolicy(string accountId, string roleName, string document);

    bool TryInsertMembership(GroupMembership membership);

    bool DeleteMembership(string accountId, string groupName, string userName);

    /// <summary>Creates or replaces an inline policy.</summary>
    void PutInlinePolicy(InlinePolicy policy);

    bool DeleteInlinePolicy(string accountId, PolicyOwnerKind ownerKind, string ownerName, string policyName);

    bool TryInsertAccessKey(AccessKey key);

    bool UpdateAccessKeyStatus(string accessKeyId, bool active);

    bool DeleteAccessKey(string accessKeyId);

    /// <summary>Inserts the key pair with its tags, atomically; false when the name or id is taken.</summary>
    bool TryInsertKeyPair(KeyPair keyPair);

    /// <summary>Adds or overwrites tags on a key pair; false when the key pair no longer exists.</summary>
    bool PutKeyPairTags(string keyPairId, IReadOnlyList<Ec2Tag> tags);

    void DeleteKeyPairTags(string keyPairId, IReadOnlyList<string> keys);

    bool DeleteKeyPair(string accountId, string name);
}
