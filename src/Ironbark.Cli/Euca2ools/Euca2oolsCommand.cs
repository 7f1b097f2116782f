namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// One euca2ools command. Subclasses declare their arguments and do their work; the dispatcher owns parsing,
/// configuration, endpoint and credential resolution and error printing, so every command behaves alike.
/// </summary>
internal abstract class Euca2oolsCommand
{
    /// <summary>The program name, e.g. "euare-groupcreate"; also the symlink name install-links creates.</summary>
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>The service this command talks to, or null for a purely local command such as euare-releaserole.</summary>
    public abstract ServiceDescriptor? Service { get; }

    public ArgumentSpec BuildSpec()
    {
        var spec = new ArgumentSpec(Name, Description);
        DefineArguments(spec);
        if (Service is null)
        {
            CommonOptions.AddBaseOptions(spec);
        }
        else
        {
            CommonOptions.AddServiceOptions(spec);
        }

        return spec;
    }

    protected abstract void DefineArguments(ArgumentSpec spec);

    /// <summary>Runs the command after configuration succeeded; returns the exit status (0 on success).</summary>
    public abstract Task<int> ExecuteAsync(CommandContext context);
}
