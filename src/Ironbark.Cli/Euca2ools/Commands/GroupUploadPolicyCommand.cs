namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>euare-groupuploadpolicy (PutGroupPolicy): attaches an inline policy to a group; prints nothing.</summary>
internal sealed class GroupUploadPolicyCommand : Euca2oolsCommand
{
    public override string Name => "euare-groupuploadpolicy";

    public override string Description => "Attach a policy to a group";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.Group(spec, "group to attach the policy to");
        PolicyArguments.Add(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = PolicyArguments.Read(context);
        await context.Client.SendAsync("PutGroupPolicy", new QueryParameters()
            .Add("GroupName", context.Args.Get("GroupName"))
            .Add("PolicyName", context.Args.Get(PolicyArguments.PolicyName))
            .Add("PolicyDocument", document)
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        return 0;
    }
}
