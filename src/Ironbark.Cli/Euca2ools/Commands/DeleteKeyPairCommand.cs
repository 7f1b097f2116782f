namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euca-delete-keypair (DeleteKeyPair): echoes "KEYPAIR\tNAME" from the argument; like euca2ools it ignores the
/// response's "return" value, so a false answer still reports success.
/// </summary>
internal sealed class DeleteKeyPairCommand : Euca2oolsCommand
{
    public override string Name => "euca-delete-keypair";

    public override string Description => "Delete a key pair";

    public override ServiceDescriptor? Service => ServiceDescriptor.Ec2;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        spec.Positional("KeyName", "KEYPAIR", help: "name of the key pair to delete");
        Ec2Arguments.AddShowEmptyFields(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Args.Get("KeyName");
        await context.Client.SendAsync("DeleteKeyPair", new QueryParameters().Add("KeyName", name)).ConfigureAwait(false);
        context.Out.WriteLine(Ec2Arguments.Tabify(context.ShowEmptyFields, "KEYPAIR", name));
        return 0;
    }
}
