namespace Ironbark.Server.Pipeline;

public enum ServiceKind
{
    Iam,
    Sts,
    Ec2,
}
