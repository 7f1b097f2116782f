namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euca-import-keypair (ImportKeyPair): PublicKeyMaterial is the base64 of the public key file's bytes
/// ("-" reads stdin), exactly as euca2ools' b64encoded_file_contents sends it.
/// </summary>
internal sealed class ImportKeyPairCommand : Euca2oolsCommand
{
    private const string PublicKeyFile = "public_key_file";

    public override string Name => "euca-import-keypair";

    public override string Description => "Import a public RSA key as a new key pair";

    public override ServiceDescriptor? Service => ServiceDescriptor.Ec2;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        spec.Positional("KeyName", "KEYPAIR", help: "name for the new key pair");
        spec.Value(["-f", "--public-key-file"], PublicKeyFile, "FILE", required: true,
            help: "file name of the public key to import (required)");
        Ec2Arguments.AddShowEmptyFields(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var material = FileArguments.ReadBytes(context.Args.Get(PublicKeyFile)!, context.Runtime, dashIsStdin: true);
        var result = await context.Client.SendAsync("ImportKeyPair", new QueryParameters()
            .Add("KeyName", context.Args.Get("KeyName"))
            .Add("PublicKeyMaterial", Convert.ToBase64String(material))).ConfigureAwait(false);
        context.Out.WriteLine(Ec2Arguments.Tabify(
            context.ShowEmptyFields, "KEYPAIR", AwsXml.Text(result, "keyName"), AwsXml.Text(result, "keyFingerprint")));
        return 0;
    }
}
