namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-usercreate (CreateUser), optionally followed by AddUserToGroup (-g, checked first with GetGroup when
/// --verify) and CreateAccessKey (-k/-w). Prints Arn and UserId with -v, then the key with -k.
/// </summary>
internal sealed class UserCreateCommand : Euca2oolsCommand
{
    private const string Path = "Path";
    private const string Group = "group_name";
    private const string Verify = "verify";
    private const string CreateKey = "create_accesskey";
    private const string Verbose = "verbose";
    private const string WriteConfig = "write_config";

    public override string Name => "euare-usercreate";

    public override string Description => "Create a new user";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.User(spec, "name of the new user");
        spec.Value(["-p", "--path"], Path, "PATH", help: "path for the new user (default: \"/\")");
        spec.Value(["-g", "--group-name"], Group, "GROUP", help: "also add the new user to a group");
        spec.Flag(["--verify"], Verify, help: "ensure the group given with -g exists before doing anything");
        spec.Flag(["-k", "--create-accesskey"], CreateKey, help: "also create an access key for the new user and show it");
        var verbose = spec.Flag(["-v", "--verbose"], Verbose, help: "show the new user's ARN and GUID");
        var write = spec.Flag(["-w", "--write-config"], WriteConfig, help: "output access keys and region information in the form of a euca2ools.ini(5) configuration file instead of by themselves (implies -k)");
        spec.Exclusive(false, verbose, write);
        WriteConfigFormatter.AddOptions(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userName = context.Args.Get("UserName")!;
        var delegateAccount = context.Args.Get(IamArguments.DelegateAccount);
        var group = context.Args.Get(Group);
        if (group is not null && context.Args.Has(Verify))
        {
            await context.Client.SendAsync("GetGroup", new QueryParameters()
                .Add("GroupName", group)
                .Add(IamArguments.DelegateAccount, delegateAccount)).ConfigureAwait(false);
        }

        var user = await context.Client.SendAsync("CreateUser", new QueryParameters()
            .Add("UserName", userName)
            .Add("Path", context.Args.Get(Path))
            .Add(IamArguments.DelegateAccount, delegateAccount)).ConfigureAwait(false);
        if (group is not null)
        {
            await context.Client.SendAsync("AddUserToGroup", new QueryParameters()
                .Add("GroupName", group)
                .Add("UserName", userName)
                .Add(IamArguments.DelegateAccount, delegateAccount)).ConfigureAwait(false);
        }

        if (context.Args.Has(Verbose))
        {
            context.Out.WriteLine(AwsXml.Text(user, "User", "Arn"));
            context.Out.WriteLine(AwsXml.Text(user, "User", "UserId"));
        }

        var writeConfig = context.Args.Has(WriteConfig);
        if (context.Args.Has(CreateKey) || writeConfig)
        {
            var key = await context.Client.SendAsync("CreateAccessKey", new QueryParameters()
                .Add("UserName", userName)
                .Add(IamArguments.DelegateAccount, delegateAccount)).ConfigureAwait(false);
            var keyId = AwsXml.Text(key, "AccessKey", "AccessKeyId") ?? string.Empty;
            var secret = AwsXml.Text(key, "AccessKey", "SecretAccessKey") ?? string.Empty;
            if (writeConfig)
            {
                await WriteConfigFormatter.WriteAsync(context, keyId, secret, userName, null).ConfigureAwait(false);
            }
            else
            {
                context.Out.WriteLine(keyId);
                context.Out.WriteLine(secret);
            }
        }

        return 0;
    }
}
