using System.Globalization;
using Ironbark.Core.Text;
using Ironbark.Identity.Model;
using Ironbark.Identity.Store;
using Microsoft.Data.Sqlite;

namespace Ironbark.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a write that returned
/// survives kill -9 and power loss. One connection, serialised by a lock: SQLite admits one writer
/// anyway, and reads on the hot path come from the in-memory snapshot, not from here.
/// </summary>
public sealed class SqliteIdentityStore : IIdentityStore
{
    private const int SqliteConstraint = 19;

    private const string InsertUserSql = "INSERT INTO users (account_id, name, path, user_id, created) VALUES ($a, $n, $p, $id, $c)";

    private const string PutPolicySql =
        "INSERT INTO inline_policies (account_id, owner_kind, owner_name, policy_name, document) VALUES ($a, $k, $o, $p, $d) " +
        "ON CONFLICT (account_id, owner_kind, owner_name, policy_name) DO UPDATE SET document = excluded.document";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteIdentityStore(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
    }

    public void Migrate()
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", tx);
            var current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version", tx), CultureInfo.InvariantCulture);
            for (var step = current; step < Migrations.Steps.Count; step++)
            {
                Execute(Migrations.Steps[step], tx);
                Execute($"INSERT INTO schema_version (version) VALUES ({step + 1})", tx);
            }

            tx.Commit();
        }
    }

    public IReadOnlyList<Account> ListAccounts() =>
        Query("SELECT id, alias, created FROM accounts ORDER BY alias", ReadAccount);

    public AccountData? LoadAccount(string accountId)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var account = QueryLocked("SELECT id, alias, created FROM accounts WHERE id = $a", ReadAccount, tx, ("$a", accountId)).FirstOrDefault();
            if (account is null)
            {
                return null;
            }

            var data = new AccountData(
                account,
                QueryLocked("SELECT account_id, name, path, user_id, created FROM users WHERE account_id = $a ORDER BY name", ReadUser, tx, ("$a", accountId)),
                QueryLocked("SELECT account_id, name, path, group_id, created FROM groups WHERE account_id = $a ORDER BY name", ReadGroup, tx, ("$a", accountId)),
                QueryLocked("SELECT account_id, name, path, role_id, trust_policy, max_session, description, created FROM roles WHERE account_id = $a ORDER BY name", ReadRole, tx, ("$a", accountId)),
                QueryLocked("SELECT account_id, group_name, user_name FROM group_members WHERE account_id = $a", r => new GroupMembership(r.GetString(0), r.GetString(1), r.GetString(2)), tx, ("$a", accountId)),
                QueryLocked("SELECT account_id, owner_kind, owner_name, policy_name, document FROM inline_policies WHERE account_id = $a ORDER BY policy_name", ReadInlinePolicy, tx, ("$a", accountId)),
                QueryLocked("SELECT access_key_id, account_id, user_name, active, created, secret FROM access_keys WHERE account_id = $a ORDER BY created", ReadAccessKey, tx, ("$a", accountId)),
                WithTags(
                    QueryLocked("SELECT account_id, name, key_pair_id, fingerprint, public_key, key_type, created FROM key_pairs WHERE account_id = $a ORDER BY name", ReadKeyPair, tx, ("$a", accountId)),
                    QueryLocked(
                        "SELECT t.key_pair_id, t.key, t.value FROM key_pair_tags t JOIN key_pairs k ON k.key_pair_id = t.key_pair_id WHERE k.account_id = $a ORDER BY t.key",
                        r => (Id: r.GetString(0), Tag: new Ec2Tag(r.GetString(1), r.GetString(2))),
                        tx,
                        ("$a", accountId))));
            tx.Commit();
            return data;
        }
    }

    public AccessKey? FindAccessKey(string accessKeyId) =>
        Query("SELECT access_key_id, account_id, user_name, active, created, secret FROM access_keys WHERE access_key_id = $k", ReadAccessKey, ("$k", accessKeyId)).FirstOrDefault();

    public byte[]? GetSetting(string key) =>
        Query("SELECT value FROM settings WHERE key = $k", r => (byte[])r.GetValue(0), ("$k", key)).FirstOrDefault();

    public byte[] GetOrAddSetting(string key, byte[] value)
    {
        Write("INSERT OR IGNORE INTO settings (key, value) VALUES ($k, $v)", ("$k", key), ("$v", value));
        return GetSetting(key)!;
    }

    public bool TryInsertAccount(Account account, User admin, InlinePolicy adminPolicy)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            try
            {
                using (var insert = Command("INSERT INTO accounts (id, alias, created) VALUES ($id, $alias, $c)", tx, [("$id", account.Id), ("$alias", account.Alias), ("$c", AwsTime.Iso(account.CreateDate))]))
                {
                    insert.ExecuteNonQuery();
                }

                using (var user = Command(InsertUserSql, tx, UserArgs(admin)))
                {
                    user.ExecuteNonQuery();
                }

                using (var policy = Command(PutPolicySql, tx, PolicyArgs(adminPolicy)))
                {
                    policy.ExecuteNonQuery();
                }

                tx.Commit();
                return true;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                tx.Rollback();
                return false;
            }
        }
    }

    public bool DeleteAccount(string accountId) =>
        Write("DELETE FROM accounts WHERE id = $a", ("$a", accountId)) > 0;

    public bool TryInsertUser(User user) => TryInsert(InsertUserSql, UserArgs(user));

    public bool DeleteUser(string accountId, string userName) =>
        Write("DELETE FROM users WHERE account_id = $a AND name = $n", ("$a", accountId), ("$n", userName)) > 0;

    public bool TryInsertGroup(Group group) =>
        TryInsert(
            "INSERT INTO groups (account_id, name, path, group_id, created) VALUES ($a, $n, $p, $id, $c)",
            ("$a", group.AccountId), ("$n", group.Name), ("$p", group.Path), ("$id", group.GroupId), ("$c", AwsTime.Iso(group.CreateDate)));

    public bool DeleteGroup(string accountId, string groupName) =>
        Write("DELETE FROM groups WHERE account_id = $a AND name = $n", ("$a", accountId), ("$n", groupName)) > 0;

    public bool TryInsertRole(Role role) =>
        TryInsert(
            "INSERT INTO roles (account_id, name, path, role_id, trust_policy, max_session, description, created) VALUES ($a, $n, $p, $id, $t, $m, $d, $c)",
            ("$a", role.AccountId), ("$n", role.Name), ("$p", role.Path), ("$id", role.RoleId), ("$t", role.AssumeRolePolicyDocument),
            ("$m", role.MaxSessionDuration), ("$d", role.Description), ("$c", AwsTime.Iso(role.CreateDate)));

    public bool DeleteRole(string accountId, string roleName) =>
        Write("DELETE FROM roles WHERE account_id = $a AND name = $n", ("$a", accountId), ("$n", roleName)) > 0;

    public bool UpdateAssumeRolePolicy(string accountId, string roleName, string document) =>
        Write("UPDATE roles SET trust_policy = $t WHERE account_id = $a AND name = $n", ("$a", accountId), ("$n", roleName), ("$t", document)) > 0;

    public bool TryInsertMembership(GroupMembership membership) =>
        TryInsert(
            "INSERT INTO group_members (account_id, group_name, user_name) VALUES ($a, $g, $u)",
            ("$a", membership.AccountId), ("$g", membership.GroupName), ("$u", membership.UserName));

    public bool DeleteMembership(string accountId, string groupName, string userName) =>
        Write("DELETE FROM group_members WHERE account_id = $a AND group_name = $g AND user_name = $u", ("$a", accountId), ("$g", groupName), ("$u", userName)) > 0;

    public void PutInlinePolicy(InlinePolicy policy) => Write(PutPolicySql, PolicyArgs(policy));

    public bool DeleteInlinePolicy(string accountId, PolicyOwnerKind ownerKind, string ownerName, string policyName) =>
        Write(
            "DELETE FROM inline_policies WHERE account_id = $a AND owner_kind = $k AND owner_name = $o AND policy_name = $p",
            ("$a", accountId), ("$k", ownerKind.ToString()), ("$o", ownerName), ("$p", policyName)) > 0;

    public bool TryInsertAccessKey(AccessKey key) =>
        TryInsert(
            "INSERT INTO access_keys (access_key_id, account_id, user_name, active, created, secret) VALUES ($k, $a, $u, $s, $c, $x)",
            ("$k", key.AccessKeyId), ("$a", key.AccountId), ("$u", key.UserName), ("$s", key.Active ? 1 : 0), ("$c", AwsTime.Iso(key.CreateDate)), ("$x", key.SealedSecret));

    public bool UpdateAccessKeyStatus(string accessKeyId, bool active) =>
        Write("UPDATE access_keys SET active = $s WHERE access_key_id = $k", ("$k", accessKeyId), ("$s", active ? 1 : 0)) > 0;

    public bool DeleteAccessKey(string accessKeyId) =>
        Write("DELETE FROM access_keys WHERE access_key_id = $k", ("$k", accessKeyId)) > 0;

    public bool TryInsertKeyPair(KeyPair keyPair)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            try
            {
                using var command = Command(
                    "INSERT INTO key_pairs (account_id, name, key_pair_id, fingerprint, public_key, key_type, created) VALUES ($a, $n, $id, $f, $p, $t, $c)",
                    tx,
                    [("$a", keyPair.AccountId), ("$n", keyPair.Name), ("$id", keyPair.KeyPairId), ("$f", keyPair.Fingerprint),
                    ("$p", keyPair.PublicKey), ("$t", keyPair.KeyType), ("$c", AwsTime.IsoMillis(keyPair.CreateTime))]);
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                return false;
            }

            PutTagsLocked(keyPair.KeyPairId, keyPair.Tags, tx);
            tx.Commit();
            return true;
        }
    }

    public bool PutKeyPairTags(string keyPairId, IReadOnlyList<Ec2Tag> tags)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            try
            {
                PutTagsLocked(keyPairId, tags, tx);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                return false;
            }

            tx.Commit();
            return true;
        }
    }

    public void DeleteKeyPairTags(string keyPairId, IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var key in keys)
            {
                using var command = Command("DELETE FROM key_pair_tags WHERE key_pair_id = $id AND key = $k", tx, [("$id", keyPairId), ("$k", key)]);
                command.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }

    public bool DeleteKeyPair(string accountId, string name) =>
        Write("DELETE FROM key_pairs WHERE account_id = $a AND name = $n", ("$a", accountId), ("$n", name)) > 0;

    public void Dispose() => _connection.Dispose();

    private static (string, object?)[] UserArgs(User u) =>
        [("$a", u.AccountId), ("$n", u.Name), ("$p", u.Path), ("$id", u.UserId), ("$c", AwsTime.Iso(u.CreateDate))];

    private static (string, object?)[] PolicyArgs(InlinePolicy p) =>
        [("$a", p.AccountId), ("$k", p.OwnerKind.ToString()), ("$o", p.OwnerName), ("$p", p.PolicyName), ("$d", p.Document)];

    private static Account ReadAccount(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), AwsTime.Parse(r.GetString(2)));

    private static User ReadUser(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), AwsTime.Parse(r.GetString(4)));

    private static Group ReadGroup(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), AwsTime.Parse(r.GetString(4)));

    private static Role ReadRole(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5),
        r.IsDBNull(6) ? null : r.GetString(6), AwsTime.Parse(r.GetString(7)));

    private static InlinePolicy ReadInlinePolicy(SqliteDataReader r) =>
        new(r.GetString(0), Enum.Parse<PolicyOwnerKind>(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4));

    private static AccessKey ReadAccessKey(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3) != 0, AwsTime.Parse(r.GetString(4)), (byte[])r.GetValue(5));

    private void PutTagsLocked(string keyPairId, IReadOnlyList<Ec2Tag> tags, SqliteTransaction tx)
    {
        foreach (var tag in tags)
        {
            using var command = Command(
                "INSERT INTO key_pair_tags (key_pair_id, key, value) VALUES ($id, $k, $v) ON CONFLICT (key_pair_id, key) DO UPDATE SET value = excluded.value",
                tx,
                [("$id", keyPairId), ("$k", tag.Key), ("$v", tag.Value)]);
            command.ExecuteNonQuery();
        }
    }

    private static List<KeyPair> WithTags(List<KeyPair> keyPairs, List<(string Id, Ec2Tag Tag)> tags)
    {
        var byId = tags.ToLookup(t => t.Id, t => t.Tag, StringComparer.Ordinal);
        return keyPairs.Select(k => byId.Contains(k.KeyPairId) ? k with { Tags = byId[k.KeyPairId].ToList() } : k).ToList();
    }

    private static KeyPair ReadKeyPair(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), AwsTime.Parse(r.GetString(6)));

    private bool TryInsert(string sql, params (string Name, object? Value)[] args)
    {
        try
        {
            Write(sql, args);
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            return false;
        }
    }

    private int Write(string sql, params (string Name, object? Value)[] args)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var command = Command(sql, tx, args);
            var rows = command.ExecuteNonQuery();
            tx.Commit();
            return rows;
        }
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] args)
    {
        lock (_gate)
        {
            return QueryLocked(sql, read, null, args);
        }
    }

    private List<T> QueryLocked<T>(string sql, Func<SqliteDataReader, T> read, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        using var command = Command(sql, tx, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, (string Name, object? Value)[] args)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var command = Command(sql, tx, []);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction tx)
    {
        using var command = Command(sql, tx, []);
        return command.ExecuteScalar();
    }
}
