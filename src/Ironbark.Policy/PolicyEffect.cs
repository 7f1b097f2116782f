namespace Ironbark.Policy;

public enum PolicyEffect
{
    NotApplicable,
    Allow,
    Deny,
}
