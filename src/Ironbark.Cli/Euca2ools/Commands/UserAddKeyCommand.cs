namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-useraddkey (CreateAccessKey): prints the AccessKeyId then the SecretAccessKey, or with -w a config
/// file. USER is required by argparse even though euca2ools' help says it defaults to the current user.
/// </summary>
internal sealed class UserAddKeyCommand : Euca2oolsCommand
{
    private const string WriteConfig = "write_config";

    public override string Name => "euare-useraddkey";

    public override string Description => "Create a new access key for a user";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.User(spec, "user the new key will belong to (default: current user)");
        spec.Flag(["-w", "--write-config"], WriteConfig, help: "output access keys and region information in the form of a euca2ools.ini(5) configuration file instead of by themselves");
        WriteConfigFormatter.AddOptions(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userName = context.Args.Get("UserName");
        var key = await context.Client.SendAsync("CreateAccessKey", new QueryParameters()
            .Add("UserName", userName)
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        var keyId = AwsXml.Text(key, "AccessKey", "AccessKeyId") ?? string.Empty;
        var secret = AwsXml.Text(key, "AccessKey", "SecretAccessKey") ?? string.Empty;
        if (context.Args.Has(WriteConfig))
        {
            await WriteConfigFormatter.WriteAsync(context, keyId, secret, AwsXml.Text(key, "AccessKey", "UserName") ?? userName, null)
                .ConfigureAwait(false);
        }
        else
        {
            context.Out.WriteLine(keyId);
            context.Out.WriteLine(secret);
        }

        return 0;
    }
}
