using Ironbark.Core.IO;

namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euca-create-keypair (CreateKeyPair): prints the KEYPAIR line and the private key, or with -f writes the key
/// to a file readable only by its owner (euca2ools uses umask 077) and prints only the KEYPAIR line.
/// </summary>
internal sealed class CreateKeyPairCommand : Euca2oolsCommand
{
    private const string FileName = "filename";

    public override string Name => "euca-create-keypair";

    public override string Description => "Create a new SSH key pair for use with instances";

    public override ServiceDescriptor? Service => ServiceDescriptor.Ec2;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        spec.Positional("KeyName", "KEYPAIR", help: "name of the new key pair");
        spec.Value(["-f", "--filename"], FileName, "FILE", help: "file name to save the private key to");
        Ec2Arguments.AddShowEmptyFields(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await context.Client.SendAsync("CreateKeyPair", new QueryParameters()
            .Add("KeyName", context.Args.Get("KeyName"))).ConfigureAwait(false);
        var material = AwsXml.Text(result, "keyMaterial") ?? string.Empty;
        var path = context.Args.Get(FileName);
        if (path is not null)
        {
            FileArguments.Guard(path, () =>
            {
                PrivateFile.Replace(path, material);
                return true;
            });
        }

        context.Out.WriteLine(Ec2Arguments.Tabify(
            context.ShowEmptyFields, "KEYPAIR", AwsXml.Text(result, "keyName"), AwsXml.Text(result, "keyFingerprint")));
        if (path is null)
        {
            context.Out.WriteLine(material);
        }

        return 0;
    }
}
