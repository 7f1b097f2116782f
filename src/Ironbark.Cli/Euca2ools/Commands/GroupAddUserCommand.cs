namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-groupadduser (AddUserToGroup). Here -u takes the user name (it is not the hidden legacy flag),
/// while -g stays the hidden flag before the GROUP positional, so "-u user01 -g Key-Managers" works.
/// </summary>
internal sealed class GroupAddUserCommand : Euca2oolsCommand
{
    public override string Name => "euare-groupadduser";

    public override string Description => "Add a user to a group";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.Group(spec, "group to add the user to");
        spec.Value(["-u", "--user-name"], "UserName", "USER", required: true, help: "user to add (required)");
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Client.SendAsync("AddUserToGroup", new QueryParameters()
            .Add("GroupName", context.Args.Get("GroupName"))
            .Add("UserName", context.Args.Get("UserName"))
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        return 0;
    }
}
