namespace Ironbark.Identity.Sessions;

/// <summary>How temporary credentials came to be, which decides who they act as and what they may call.</summary>
public enum SessionKind
{
    /// <summary>AssumeRole: acts as the role.</summary>
    Role,

    /// <summary>GetSessionToken by an IAM user: acts as that user.</summary>
    User,

    /// <summary>GetSessionToken by the account root.</summary>
    Root,

    /// <summary>GetFederationToken: a federated user, limited to its session policy.</summary>
    Federated,
}
