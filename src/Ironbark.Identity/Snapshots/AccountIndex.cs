using System.Collections.Frozen;
using Ironbark.Identity.Model;

namespace Ironbark.Identity.Snapshots;

/// <summary>Every account, found by id or by alias (case-insensitively) without a scan.</summary>
internal sealed class AccountIndex
{
    private readonly FrozenDictionary<string, Account> _byId;
    private readonly FrozenDictionary<string, Account> _byAlias;

    public AccountIndex(IReadOnlyList<Account> accounts)
    {
        All = accounts;
        _byId = accounts.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        _byAlias = accounts.ToFrozenDictionary(a => a.Alias, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Account> All { get; }

    public Account? Find(string idOrAlias) => _byId.GetValueOrDefault(idOrAlias) ?? _byAlias.GetValueOrDefault(idOrAlias);
}
