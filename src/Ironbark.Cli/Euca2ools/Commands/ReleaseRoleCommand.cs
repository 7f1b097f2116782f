namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-releaserole: no request at all, just the shell statements that remove a role's credentials. The
/// previous credentials are not restored; config-file keys apply again once the environment ones are gone.
/// euca2ools has no --region here, but the documented walkthrough passes one, so it is accepted and ignored.
/// </summary>
internal sealed class ReleaseRoleCommand : Euca2oolsCommand
{
    private static readonly string[] Variables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY", "EC2_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY",
        "EC2_SECRET_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION", "EC2_USER_ID",
        "AWS_CREDENTIAL_FILE",
    ];

    public override string Name => "euare-releaserole";

    public override string Description => "Release the credentials of an assumed role by unsetting them";

    public override ServiceDescriptor? Service => null;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        ShellExports.AddShellOptions(spec);
        spec.Value(["--region"], CommonOptions.Region, "USER@REGION", hidden: true);
    }

    public override Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var csh = ShellExports.UseCsh(context.Args, context.Runtime);
        foreach (var name in Variables)
        {
            context.Out.WriteLine(ShellExports.Unset(csh, name));
        }

        ShellExports.WriteEvalHint(context.Out, context.Runtime.Invocation);
        return Task.FromResult(0);
    }
}
