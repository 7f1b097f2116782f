namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Per-service constants from euca2ools' commands/&lt;svc&gt;/__init__.py: the config key prefix (also the SigV4
/// scope service), the endpoint environment variable, and the API version every request carries.
/// </summary>
internal sealed record ServiceDescriptor(string Name, string UrlVariable, string ApiVersion)
{
    public static ServiceDescriptor Iam { get; } = new("iam", "AWS_IAM_URL", "2010-05-08");

    // euca2ools reads TOKEN_URL; its man page's TOKENS_URL is a documentation error.
    public static ServiceDescriptor Sts { get; } = new("sts", "TOKEN_URL", "2011-06-15");

    public static ServiceDescriptor Ec2 { get; } = new("ec2", "EC2_URL", "2015-10-01");

    public string ConfigKey => Name + "-url";

    /// <summary>IAM and STS wrap answers in &lt;ActionResult&gt; and page lists with member/Marker; EC2 does not.</summary>
    public bool UsesResultWrapper => Name is "iam" or "sts";
}
