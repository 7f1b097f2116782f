namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>euare-roleuploadpolicy (PutRolePolicy): attaches an inline policy to a role; prints nothing.</summary>
internal sealed class RoleUploadPolicyCommand : Euca2oolsCommand
{
    public override string Name => "euare-roleuploadpolicy";

    public override string Description => "Attach a policy to a role";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.Role(spec, "role to attach the policy to");
        PolicyArguments.Add(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = PolicyArguments.Read(context);
        await context.Client.SendAsync("PutRolePolicy", new QueryParameters()
            .Add("RoleName", context.Args.Get("RoleName"))
            .Add("PolicyName", context.Args.Get(PolicyArguments.PolicyName))
            .Add("PolicyDocument", document)
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        return 0;
    }
}
