namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>euare-accountlist (Eucalyptus ListAccounts): one "NAME\tID" line per account, all pages.</summary>
internal sealed class AccountListCommand : Euca2oolsCommand
{
    public override string Name => "euare-accountlist";

    public override string Description => "List all the accounts in the cloud";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        Ec2Arguments.AddShowEmptyFields(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accounts = await context.Client.SendPaginatedAsync(
            "ListAccounts", new QueryParameters().Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount)), "Accounts").ConfigureAwait(false);
        foreach (var account in accounts)
        {
            context.Out.WriteLine(Ec2Arguments.Tabify(
                context.ShowEmptyFields, AwsXml.Text(account, "AccountName"), AwsXml.Text(account, "AccountId")));
        }

        return 0;
    }
}
