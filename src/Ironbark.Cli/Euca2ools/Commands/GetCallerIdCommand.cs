namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-getcallerid (STS GetCallerIdentity): sorted "key = value" lines for account, arn, key-id (the access
/// key this command signed with; the ID only, never the secret) and user-id.
/// </summary>
internal sealed class GetCallerIdCommand : Euca2oolsCommand
{
    public override string Name => "euare-getcallerid";

    public override string Description => "Show the identity of the credentials in use";

    public override ServiceDescriptor? Service => ServiceDescriptor.Sts;

    protected override void DefineArguments(ArgumentSpec spec)
    {
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.Client.SendAsync("GetCallerIdentity", new QueryParameters()).ConfigureAwait(false);
        var fields = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["account"] = AwsXml.Text(result, "Account"),
            ["arn"] = AwsXml.Text(result, "Arn"),
            ["key-id"] = context.Client.Credentials.AccessKeyId,
            ["user-id"] = AwsXml.Text(result, "UserId"),
        };
        foreach (var (key, value) in fields)
        {
            context.Out.WriteLine($"{key} = {value}");
        }

        return 0;
    }
}
