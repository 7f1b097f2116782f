using System.Collections.Concurrent;
using Ironbark.Identity.Model;
using Ironbark.Identity.Store;

namespace Ironbark.Identity.Snapshots;

/// <summary>
/// The in-memory view of every account: a snapshot per account, rebuilt after that account changes,
/// and an index of account aliases. Writes go to the store first, then <see cref="Changed"/> drops the
/// stale snapshot so the next read sees the write.
/// </summary>
public sealed class IdentityDirectory
{
    private readonly IIdentityStore _store;
    private readonly ConcurrentDictionary<string, AccountSnapshot> _snapshots = new(StringComparer.Ordinal);
    private volatile AccountIndex _accounts;
    private long _changes;

    public IdentityDirectory(IIdentityStore store)
    {
        _store = store;
        _accounts = new AccountIndex(store.ListAccounts());
    }

    public IReadOnlyList<Account> Accounts => _accounts.All;

    public AccountSnapshot? Get(string accountId)
    {
        if (_snapshots.TryGetValue(accountId, out var snapshot))
        {
            return snapshot;
        }

        // A write that lands while we load must not leave our older copy behind: retry until no
        // change happened during the load.
        while (true)
        {
            var before = Interlocked.Read(ref _changes);
            var data = _store.LoadAccount(accountId);
            if (data is null)
            {
                return null;
            }

            var built = new AccountSnapshot(data);
            lock (_snapshots)
            {
                if (Interlocked.Read(ref _changes) == before)
                {
                    return _snapshots.GetOrAdd(accountId, built);
                }
            }
        }
    }

    /// <summary>Finds an account by 12-digit id or by alias, as Eucalyptus lookups do.</summary>
    public Account? FindAccount(string idOrAlias) => _accounts.Find(idOrAlias);

    /// <summary>Raised after an account's rows changed, with its id, so other caches can drop entries.</summary>
    public event Action<string>? AccountChanged;

    public void Changed(string accountId)
    {
        lock (_snapshots)
        {
            Interlocked.Increment(ref _changes);
            _snapshots.TryRemove(accountId, out _);
        }

        _accounts = new AccountIndex(_store.ListAccounts());
        AccountChanged?.Invoke(accountId);
    }
}
