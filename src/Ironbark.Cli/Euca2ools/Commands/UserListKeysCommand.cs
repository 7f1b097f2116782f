namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>euare-userlistkeys (ListAccessKeys, all pages): alternating AccessKeyId and Status lines.</summary>
internal sealed class UserListKeysCommand : Euca2oolsCommand
{
    public override string Name => "euare-userlistkeys";

    public override string Description => "List a user's access keys";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.User(spec, "user whose keys to list (default: current user)", PositionalArity.Optional);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = await context.Client.SendPaginatedAsync("ListAccessKeys", new QueryParameters()
            .Add("UserName", context.Args.Get("UserName"))
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount)), "AccessKeyMetadata").ConfigureAwait(false);
        foreach (var key in keys)
        {
            context.Out.WriteLine(AwsXml.Text(key, "AccessKeyId"));
            context.Out.WriteLine(AwsXml.Text(key, "Status"));
        }

        return 0;
    }
}
