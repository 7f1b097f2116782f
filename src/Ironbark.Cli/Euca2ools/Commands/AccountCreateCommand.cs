namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-accountcreate (Eucalyptus CreateAccount). -k also creates a key for the new account's admin user by
/// calling CreateAccessKey as that account (DelegateAccount); -w prints that key as a config file instead.
/// </summary>
internal sealed class AccountCreateCommand : Euca2oolsCommand
{
    private const string CreateKey = "create_accesskey";
    private const string WriteConfig = "write_config";

    public override string Name => "euare-accountcreate";

    public override string Description => "Create a new account";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        IamArguments.AccountName(spec, "name of the account to create", PositionalArity.Optional);
        spec.Flag(["-k", "--create-accesskey"], CreateKey, help: "also create an access key for the new account's administrator and show it");
        spec.Flag(["-w", "--write-config"], WriteConfig, help: "output access keys and region information in the form of a euca2ools.ini(5) configuration file instead of by themselves (implies -k)");
        WriteConfigFormatter.AddOptions(spec);
        Ec2Arguments.AddShowEmptyFields(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.Client.SendAsync("CreateAccount", new QueryParameters()
            .Add("AccountName", context.Args.Get("AccountName"))
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        var name = AwsXml.Text(result, "Account", "AccountName");
        var id = AwsXml.Text(result, "Account", "AccountId");

        var writeConfig = context.Args.Has(WriteConfig);
        if (!writeConfig)
        {
            context.Out.WriteLine(Ec2Arguments.Tabify(context.ShowEmptyFields, name, id));
        }

        if (!writeConfig && !context.Args.Has(CreateKey))
        {
            return 0;
        }

        // The key belongs to the new account's admin, whatever --as-account said for the CreateAccount call.
        var key = await context.Client.SendAsync("CreateAccessKey", new QueryParameters()
            .Add("UserName", "admin")
            .Add(IamArguments.DelegateAccount, id)).ConfigureAwait(false);
        var keyId = AwsXml.Text(key, "AccessKey", "AccessKeyId") ?? string.Empty;
        var secret = AwsXml.Text(key, "AccessKey", "SecretAccessKey") ?? string.Empty;
        if (writeConfig)
        {
            await WriteConfigFormatter.WriteAsync(context, keyId, secret, "admin", id).ConfigureAwait(false);
        }
        else
        {
            context.Out.WriteLine(keyId);
            context.Out.WriteLine(secret);
        }

        return 0;
    }
}
