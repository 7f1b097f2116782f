namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-rolecreate (CreateRole). The trust policy comes from -f FILE ("-" is stdin) or is generated for a
/// service principal with -s; -v prints Arn, RoleId and the URL-decoded trust policy.
/// </summary>
internal sealed class RoleCreateCommand : Euca2oolsCommand
{
    private const string TrustPolicy = "trust_policy";
    private const string ServiceName = "service";
    private const string Verbose = "verbose";

    public override string Name => "euare-rolecreate";

    public override string Description => "Create a new role";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.Role(spec, "name of the new role");
        spec.Value(["-p", "--path"], "Path", "PATH", help: "path for the new role (default: \"/\")");
        var file = spec.Value(["-f", "--trust-policy"], TrustPolicy, "FILE",
            help: "file containing the policy for the new role's trust relationship (\"-\" for stdin)");

        // "--service_" is a typo euca2ools still accepts for compatibility.
        var service = spec.Value(["-s", "--service", "--service_"], ServiceName, "SERVICE",
            help: "service to allow access to the role (e.g. ec2.amazonaws.com)");
        spec.Exclusive(true, file, service);
        spec.Flag(["-v", "--verbose"], Verbose, help: "print the new role's ARN, GUID, and trust policy");
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = context.Args.Get(ServiceName);
        var policy = service is not null
            ? ServiceTrustPolicy(service)
            : FileArguments.ReadText(context.Args.Get(TrustPolicy)!, context.Runtime, dashIsStdin: true);
        var result = await context.Client.SendAsync("CreateRole", new QueryParameters()
            .Add("RoleName", context.Args.Get("RoleName"))
            .Add("Path", context.Args.Get("Path"))
            .Add("AssumeRolePolicyDocument", policy)
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        if (context.Args.Has(Verbose))
        {
            context.Out.WriteLine(AwsXml.Text(result, "Role", "Arn"));
            context.Out.WriteLine(AwsXml.Text(result, "Role", "RoleId"));
            context.Out.WriteLine(Uri.UnescapeDataString(AwsXml.Text(result, "Role", "AssumeRolePolicyDocument") ?? string.Empty));
        }

        return 0;
    }

    /// <summary>The exact document euca2ools generates for -s, so servers see byte-identical input.</summary>
    internal static string ServiceTrustPolicy(string service) =>
        "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\""
        + System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(service)
        + "\"]},\"Action\":[\"sts:AssumeRole\"]}]}";
}
