namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euca-describe-keypairs (DescribeKeyPairs): names become KeyName.N, --filter NAME=VALUE becomes
/// Filter.N.Name/Filter.N.Value.M with values of the same name grouped; one KEYPAIR line per key.
/// </summary>
internal sealed class DescribeKeyPairsCommand : Euca2oolsCommand
{
    private const string Filter = "filter";
    private static readonly string[] FilterNames = ["fingerprint", "key-name"];

    public override string Name => "euca-describe-keypairs";

    public override string Description => "Display information about available key pairs";

    public override ServiceDescriptor? Service => ServiceDescriptor.Ec2;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        spec.Positional("KeyName", "KEYPAIR", PositionalArity.Many, help: "limit results to specific key pairs");
        spec.Value(["--filter"], Filter, "NAME=VALUE", append: true,
            help: "restrict results to those that meet criteria (available filters: fingerprint, key-name)");
        Ec2Arguments.AddShowEmptyFields(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = new QueryParameters();
        var names = context.Args.GetAll("KeyName");
        for (var i = 0; i < names.Count; i++)
        {
            parameters.Add($"KeyName.{i + 1}", names[i]);
        }

        AddFilters(parameters, context.Args.GetAll(Filter));
        var result = await context.Client.SendAsync("DescribeKeyPairs", parameters).ConfigureAwait(false);
        foreach (var key in AwsXml.List(result, "keySet", "item"))
        {
            context.Out.WriteLine(Ec2Arguments.Tabify(
                context.ShowEmptyFields, "KEYPAIR", AwsXml.Text(key, "keyName"), AwsXml.Text(key, "keyFingerprint")));
        }

        return 0;
    }

    /// <summary>requestbuilder's _process_filters: one Filter.N per distinct name, in first-seen order.</summary>
    internal static void AddFilters(QueryParameters parameters, IReadOnlyList<string> filters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(filters);
        var grouped = new List<(string Name, List<string> Values)>();
        foreach (var filter in filters)
        {
            var eq = filter.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageError($"argument --filter: filter '{filter}' must have form NAME=VALUE");
            }

            var name = filter[..eq];
            if (!FilterNames.Contains(name))
            {
                throw new UsageError($"\"{filter}\" matches no available filters");
            }

            var group = grouped.FirstOrDefault(g => g.Name == name);
            if (group.Values is null)
            {
                group = (name, []);
                grouped.Add(group);
            }

            group.Values.Add(filter[(eq + 1)..]);
        }

        for (var i = 0; i < grouped.Count; i++)
        {
            parameters.Add($"Filter.{i + 1}.Name", grouped[i].Name);
            for (var j = 0; j < grouped[i].Values.Count; j++)
            {
                parameters.Add($"Filter.{i + 1}.Value.{j + 1}", grouped[i].Values[j]);
            }
        }
    }
}
