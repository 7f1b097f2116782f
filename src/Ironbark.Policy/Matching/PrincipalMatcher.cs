using Ironbark.Policy.Parsing;

namespace Ironbark.Policy.Matching;

/// <summary>
/// A compiled Principal element. Account forms (<c>"123456789012"</c>, <c>arn:aws:iam::123456789012:root</c>)
/// and <c>"*"</c> delegate to the account; user, role and session ARNs name one principal. Service,
/// Federated and CanonicalUser entries never match an IAM principal.
/// </summary>
internal sealed class PrincipalMatcher
{
    private readonly bool _anyone;
    private readonly string[] _accounts;
    private readonly string[] _specific;

    private PrincipalMatcher(bool anyone, string[] accounts, string[] specific)
    {
        _anyone = anyone;
        _accounts = accounts;
        _specific = specific;
    }

    public static PrincipalMatcher Compile(JsonItem principal)
    {
        if (principal.Kind == JsonItemKind.String)
        {
            return new PrincipalMatcher(anyone: true, [], []);
        }

        var anyone = false;
        var accounts = new List<string>();
        var specific = new List<string>();
        foreach (var value in PolicyValidator.Strings(principal.Get("AWS")))
        {
            if (value == "*")
            {
                anyone = true;
            }
            else if (PolicyValidator.AccountId().IsMatch(value))
            {
                accounts.Add(value);
            }
            else if (RootAccount(value) is { } account)
            {
                accounts.Add(account);
            }
            else
            {
                specific.Add(value);
            }
        }

        return new PrincipalMatcher(anyone, [.. accounts], [.. specific]);
    }

    public PrincipalMatch Match(PrincipalInfo principal)
    {
        var forms = principal.Forms;
        for (var i = 0; i < forms.Count; i++)
        {
            if (Array.IndexOf(_specific, forms[i]) >= 0)
            {
                return PrincipalMatch.Specific;
            }
        }

        return _anyone || Array.IndexOf(_accounts, principal.AccountId) >= 0 ? PrincipalMatch.Account : PrincipalMatch.None;
    }

    private static string? RootAccount(string arn)
    {
        const string Suffix = ":root";
        var colon = arn.IndexOf(":iam::", StringComparison.Ordinal);
        if (colon < 0 || !arn.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var account = arn[(colon + ":iam::".Length)..^Suffix.Length];
        return PolicyValidator.AccountId().IsMatch(account) ? account : null;
    }
}
