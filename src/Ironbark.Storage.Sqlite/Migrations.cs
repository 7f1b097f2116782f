namespace Ironbark.Storage.Sqlite;

/// <summary>
/// Versioned schema steps, applied in order at start. A step, once released, never changes; a new
/// need gets a new step. Names of users, groups and roles compare without case, as AWS compares them;
/// EC2 tag keys compare with case, as EC2 compares them.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            alias TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created TEXT NOT NULL);
        CREATE TABLE users (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            path TEXT NOT NULL,
            user_id TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            PRIMARY KEY (account_id, name));
        CREATE TABLE groups (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            path TEXT NOT NULL,
            group_id TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            PRIMARY KEY (account_id, name));
        CREATE TABLE roles (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            path TEXT NOT NULL,
            role_id TEXT NOT NULL UNIQUE,
            trust_policy TEXT NOT NULL,
            max_session INTEGER NOT NULL,
            description TEXT,
            created TEXT NOT NULL,
            PRIMARY KEY (account_id, name));
        CREATE TABLE group_members (
            account_id TEXT NOT NULL,
            group_name TEXT NOT NULL COLLATE NOCASE,
            user_name TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (account_id, group_name, user_name),
            FOREIGN KEY (account_id, group_name) REFERENCES groups(account_id, name) ON DELETE CASCADE,
            FOREIGN KEY (account_id, user_name) REFERENCES users(account_id, name) ON DELETE CASCADE);
        CREATE TABLE inline_policies (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            owner_kind TEXT NOT NULL,
            owner_name TEXT NOT NULL COLLATE NOCASE,
            policy_name TEXT NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (account_id, owner_kind, owner_name, policy_name));
        CREATE TABLE access_keys (
            access_key_id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            user_name TEXT COLLATE NOCASE,
            active INTEGER NOT NULL,
            created TEXT NOT NULL,
            secret BLOB NOT NULL);
        CREATE INDEX access_keys_owner ON access_keys(account_id, user_name);
        CREATE TABLE key_pairs (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key_pair_id TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            public_key TEXT NOT NULL,
            key_type TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (account_id, name));
        """,
        """
        CREATE TABLE key_pair_tags (
            key_pair_id TEXT NOT NULL REFERENCES key_pairs(key_pair_id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (key_pair_id, key));
        """,
    ];
}
