using System.Collections.Frozen;
using Ironbark.Identity.Model;
using Ironbark.Policy;

namespace Ironbark.Identity.Snapshots;

/// <summary>
/// One account's identities, read-only and indexed for the request path. Built from the store when the
/// account changes; requests never touch the database for reads.
/// </summary>
public sealed class AccountSnapshot
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;
    private readonly FrozenDictionary<string, User> _users;
    private readonly FrozenDictionary<string, Group> _groups;
    private readonly FrozenDictionary<string, Role> _roles;
    private readonly FrozenDictionary<string, Group[]> _groupsOfUser;
    private readonly FrozenDictionary<string, User[]> _membersOfGroup;
    private readonly FrozenDictionary<(PolicyOwnerKind, string), InlinePolicy[]> _policies;
    private readonly FrozenDictionary<string, KeyPair> _keyPairs;
    private readonly FrozenDictionary<(PolicyOwnerKind, string), LabelledPolicy[]> _compiled;
    private readonly FrozenDictionary<string, LabelledPolicy> _trustPolicies;

    public AccountSnapshot(AccountData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Account = data.Account;
        Users = data.Users;
        Groups = data.Groups;
        Roles = data.Roles;
        AccessKeys = data.AccessKeys;
        KeyPairs = data.KeyPairs;
        _users = data.Users.ToFrozenDictionary(u => u.Name, Names);
        _groups = data.Groups.ToFrozenDictionary(g => g.Name, Names);
        _roles = data.Roles.ToFrozenDictionary(r => r.Name, Names);
        _groupsOfUser = data.Memberships
            .GroupBy(m => m.UserName, Names)
            .ToFrozenDictionary(g => g.Key, g => g.Select(m => _groups[m.GroupName]).OrderBy(x => x.Name, StringComparer.Ordinal).ToArray(), Names);
        _membersOfGroup = data.Memberships
            .GroupBy(m => m.GroupName, Names)
            .ToFrozenDictionary(g => g.Key, g => g.Select(m => _users[m.UserName]).OrderBy(x => x.Name, StringComparer.Ordinal).ToArray(), Names);
        _policies = data.InlinePolicies
            .GroupBy(p => (p.OwnerKind, p.OwnerName.ToUpperInvariant()))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.PolicyName, StringComparer.Ordinal).ToArray());
        _keyPairs = data.KeyPairs.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

        // Policies are compiled here, once per change of the account, never on the request path.
        _compiled = _policies.ToFrozenDictionary(
            entry => entry.Key,
            entry => entry.Value
                .Select(p => new LabelledPolicy($"{p.OwnerKind.ToString().ToLowerInvariant()}/{p.OwnerName}/{p.PolicyName}", PolicyDocument.Parse(p.Document, PolicyKind.Identity)))
                .ToArray());
        _trustPolicies = data.Roles.ToFrozenDictionary(
            r => r.Name,
            r => new LabelledPolicy($"role/{r.Name}/trust-policy", PolicyDocument.Parse(r.AssumeRolePolicyDocument, PolicyKind.Trust)),
            Names);
    }

    public Account Account { get; }

    public IReadOnlyList<User> Users { get; }

    public IReadOnlyList<Group> Groups { get; }

    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<AccessKey> AccessKeys { get; }

    public IReadOnlyList<KeyPair> KeyPairs { get; }

    public User? FindUser(string name) => _users.GetValueOrDefault(name);

    public Group? FindGroup(string name) => _groups.GetValueOrDefault(name);

    public Role? FindRole(string name) => _roles.GetValueOrDefault(name);

    public KeyPair? FindKeyPair(string name) => _keyPairs.GetValueOrDefault(name);

    public IReadOnlyList<Group> GroupsOf(string userName) => _groupsOfUser.GetValueOrDefault(userName) ?? [];

    public IReadOnlyList<User> MembersOf(string groupName) => _membersOfGroup.GetValueOrDefault(groupName) ?? [];

    public IReadOnlyList<InlinePolicy> PoliciesOf(PolicyOwnerKind kind, string ownerName) =>
        _policies.GetValueOrDefault((kind, ownerName.ToUpperInvariant())) ?? [];

    public IReadOnlyList<LabelledPolicy> CompiledPoliciesOf(PolicyOwnerKind kind, string ownerName) =>
        _compiled.GetValueOrDefault((kind, ownerName.ToUpperInvariant())) ?? [];

    public LabelledPolicy? TrustPolicyOf(string roleName) => _trustPolicies.GetValueOrDefault(roleName);

    public IEnumerable<AccessKey> KeysOf(string? userName) =>
        AccessKeys.Where(k => userName is null ? k.UserName is null : k.UserName is not null && Names.Equals(k.UserName, userName));
}
