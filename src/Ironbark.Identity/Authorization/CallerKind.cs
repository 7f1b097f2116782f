namespace Ironbark.Identity.Authorization;

public enum CallerKind
{
    Root,
    User,
    AssumedRole,
    FederatedUser,
}
