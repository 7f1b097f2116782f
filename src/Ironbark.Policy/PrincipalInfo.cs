namespace Ironbark.Policy;

/// <summary>
/// Who is asking, in the forms a <c>Principal</c> element can name. The Identity layer builds this
/// once per request; the engine never derives ARNs itself, so role paths and session names stay its business.
/// </summary>
public sealed class PrincipalInfo
{
    public PrincipalInfo(string accountId, string arn, IReadOnlyList<string> forms, bool isAccountRoot)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(arn);
        ArgumentNullException.ThrowIfNull(forms);
        AccountId = accountId;
        Arn = arn;
        Forms = forms;
        IsAccountRoot = isAccountRoot;
    }

    public string AccountId { get; }

    /// <summary>The ARN the principal acts as (the session ARN for a role session).</summary>
    public string Arn { get; }

    /// <summary>ARNs that name this principal specifically: a user ARN; a session ARN and its role ARN.</summary>
    public IReadOnlyList<string> Forms { get; }

    public bool IsAccountRoot { get; }

    public static PrincipalInfo ForUser(string accountId, string userArn) =>
        new(accountId, userArn, [userArn], isAccountRoot: false);

    /// <param name="accountId">The role's account.</param>
    /// <param name="roleArn">The role ARN with its path, as a trust or resource policy names the role.</param>
    /// <param name="sessionArn"><c>arn:aws:sts::ACCT:assumed-role/ROLE/SESSION</c>.</param>
    public static PrincipalInfo ForRoleSession(string accountId, string roleArn, string sessionArn) =>
        new(accountId, sessionArn, [sessionArn, roleArn], isAccountRoot: false);

    public static PrincipalInfo ForAccountRoot(string accountId)
    {
        var arn = "arn:aws:iam::" + accountId + ":root";
        return new PrincipalInfo(accountId, arn, [arn], isAccountRoot: true);
    }
}
