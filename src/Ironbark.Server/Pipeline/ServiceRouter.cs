namespace Ironbark.Server.Pipeline;

/// <summary>
/// Which service a request is for: the Eucalyptus path when there is one, else the SigV4 credential
/// scope's service, else the service that knows the action (no action name is shared between them).
/// </summary>
internal static class ServiceRouter
{
    public static bool TryFromPath(string path, out ServiceKind? service)
    {
        service = null;
        if (path is "/" or "")
        {
            return true;
        }

        var trimmed = path.TrimEnd('/');
        service = trimmed switch
        {
            "/services/Euare" => ServiceKind.Iam,
            "/services/Tokens" => ServiceKind.Sts,
            "/services/compute" => ServiceKind.Ec2,
            _ => null,
        };
        return service is not null;
    }

    public static ServiceKind? FromScope(string scopeService) => scopeService switch
    {
        "iam" => ServiceKind.Iam,
        "sts" => ServiceKind.Sts,
        "ec2" => ServiceKind.Ec2,
        _ => null,
    };

    public static string ScopeName(ServiceKind service) => service switch
    {
        ServiceKind.Iam => "iam",
        ServiceKind.Sts => "sts",
        _ => "ec2",
    };
}
