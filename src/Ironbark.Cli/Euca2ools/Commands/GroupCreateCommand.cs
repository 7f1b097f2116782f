namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>euare-groupcreate (CreateGroup): silent unless -v, which prints the group's Arn and GroupId.</summary>
internal sealed class GroupCreateCommand : Euca2oolsCommand
{
    private const string Verbose = "verbose";

    public override string Name => "euare-groupcreate";

    public override string Description => "Create a new group";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.Group(spec, "name of the new group");
        spec.Value(["-p", "--path"], "Path", "PATH", help: "path for the new group (default: \"/\")");
        spec.Flag(["-v", "--verbose"], Verbose, help: "print the new group's ARN and GUID");
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.Client.SendAsync("CreateGroup", new QueryParameters()
            .Add("GroupName", context.Args.Get("GroupName"))
            .Add("Path", context.Args.Get("Path"))
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        if (context.Args.Has(Verbose))
        {
            context.Out.WriteLine(AwsXml.Text(result, "Group", "Arn"));
            context.Out.WriteLine(AwsXml.Text(result, "Group", "GroupId"));
        }

        return 0;
    }
}
