using Ironbark.Identity.Model;
using Ironbark.Storage.Sqlite;

namespace Ironbark.Identity.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ironbark-store-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreTests() => Directory.CreateDirectory(_directory);

    private static User Admin(string accountId) => new(accountId, "admin", "/", "AIDA" + accountId + "00000", Now);

    private static InlinePolicy AdminPolicy(string accountId) => new(accountId, PolicyOwnerKind.User, "admin", "AdministratorAccess", "{}");

    private SqliteIdentityStore Open()
    {
        var store = new SqliteIdentityStore(Path.Combine(_directory, "ironbark.db"));
        store.Migrate();
        return store;
    }

    [Fact]
    public void Names_are_unique_without_case_and_writes_survive_reopening()
    {
        using (var store = Open())
        {
            Assert.True(store.TryInsertAccount(new Account("123456789012", "devops", Now), Admin("123456789012"), AdminPolicy("123456789012")));
            Assert.False(store.TryInsertAccount(new Account("123456789013", "DevOps", Now), Admin("123456789013"), AdminPolicy("123456789013")));
            Assert.True(store.TryInsertUser(new User("123456789012", "Alice", "/", "AIDAAAAAAAAAAAAAAAAA1", Now)));
            Assert.False(store.TryInsertUser(new User("123456789012", "alice", "/", "AIDAAAAAAAAAAAAAAAAA2", Now)));
            Assert.True(store.TryInsertRole(new Role("123456789012", "r", "/x/", "AROAAAAAAAAAAAAAAAAA1", "{}", 3600, null, Now)));
            store.PutInlinePolicy(new InlinePolicy("123456789012", PolicyOwnerKind.User, "alice", "p", "{1}"));
            store.PutInlinePolicy(new InlinePolicy("123456789012", PolicyOwnerKind.User, "alice", "p", "{2}"));
        }

        using (var reopened = Open())
        {
            var data = reopened.LoadAccount("123456789012")!;
            Assert.Equal(["admin", "Alice"], data.Users.Select(u => u.Name));
            Assert.Equal("/x/", Assert.Single(data.Roles).Path);
            Assert.Equal("{2}", data.InlinePolicies.Single(p => p.OwnerName == "alice").Document);
        }
    }

    [Fact]
    public void Key_pair_tags_are_case_sensitive_survive_reopening_and_go_with_the_key_pair()
    {
        const string Id = "key-0123456789abcdef1";
        using (var store = Open())
        {
            store.TryInsertAccount(new Account("123456789012", "tags", Now), Admin("123456789012"), AdminPolicy("123456789012"));
            var keyPair = new KeyPair("123456789012", "k", Id, "aa", "ssh-ed25519 AAAA", "ed25519", Now) { Tags = [new Ec2Tag("Env", "a")] };
            Assert.True(store.TryInsertKeyPair(keyPair));
            Assert.False(store.TryInsertKeyPair(keyPair with { KeyPairId = "key-0123456789abcdef2" }));
            Assert.True(store.PutKeyPairTags(Id, [new Ec2Tag("env", "b"), new Ec2Tag("Env", "c"), new Ec2Tag("gone", "")]));
            store.DeleteKeyPairTags(Id, ["gone"]);
            Assert.False(store.PutKeyPairTags("key-00000000000000000", [new Ec2Tag("x", "y")]));
        }

        using (var reopened = Open())
        {
            var keyPair = Assert.Single(reopened.LoadAccount("123456789012")!.KeyPairs);
            Assert.Equal([new Ec2Tag("Env", "c"), new Ec2Tag("env", "b")], keyPair.Tags);
            Assert.True(reopened.DeleteKeyPair("123456789012", "k"));
            Assert.True(reopened.TryInsertKeyPair(keyPair with { Tags = [] }));
            Assert.Empty(Assert.Single(reopened.LoadAccount("123456789012")!.KeyPairs).Tags);
        }
    }

    [Fact]
    public void Deleting_an_account_removes_everything_it_owns()
    {
        using var store = Open();
        store.TryInsertAccount(new Account("123456789012", "gone", Now), Admin("123456789012"), AdminPolicy("123456789012"));
        store.TryInsertUser(new User("123456789012", "u", "/", "AIDAAAAAAAAAAAAAAAAA3", Now));
        store.TryInsertGroup(new Group("123456789012", "g", "/", "AGPAAAAAAAAAAAAAAAAA1", Now));
        Assert.True(store.TryInsertMembership(new GroupMembership("123456789012", "G", "U")));
        Assert.True(store.TryInsertAccessKey(new AccessKey("AKIAAAAAAAAAAAAAAAA1", "123456789012", "u", true, Now, [1, 2, 3])));
        Assert.True(store.TryInsertKeyPair(new KeyPair("123456789012", "k", "key-0123456789abcdef0", "aa", "ssh-rsa AAAA", "rsa", Now)));
        Assert.True(store.DeleteAccount("123456789012"));
        Assert.Null(store.LoadAccount("123456789012"));
        Assert.Null(store.FindAccessKey("AKIAAAAAAAAAAAAAAAA1"));
    }

    [Fact]
    public void An_account_is_created_whole_or_not_at_all()
    {
        using var store = Open();
        Assert.True(store.TryInsertAccount(new Account("123456789012", "first", Now), Admin("123456789012"), AdminPolicy("123456789012")));
        // The admin's unique id clashes with the first account's: nothing of the second account may remain.
        Assert.False(store.TryInsertAccount(new Account("123456789013", "second", Now), Admin("123456789012") with { AccountId = "123456789013" }, AdminPolicy("123456789013")));
        Assert.Null(store.LoadAccount("123456789013"));
        Assert.DoesNotContain(store.ListAccounts(), a => a.Alias == "second");
    }

    [Fact]
    public void Memberships_need_both_ends_and_migration_is_idempotent()
    {
        using var store = Open();
        store.Migrate();
        store.TryInsertAccount(new Account("123456789012", "m", Now), Admin("123456789012"), AdminPolicy("123456789012"));
        Assert.False(store.TryInsertMembership(new GroupMembership("123456789012", "nogroup", "nouser")));
        Assert.Equal([1, 2], store.GetOrAddSetting("k", [1, 2]));
        Assert.Equal([1, 2], store.GetOrAddSetting("k", [3]));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
