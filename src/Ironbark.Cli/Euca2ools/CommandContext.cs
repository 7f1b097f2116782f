namespace Ironbark.Cli.Euca2ools;

/// <summary>What a command sees while it runs: its parsed arguments, the config, and (for service commands)
/// the resolved profile and a ready query client.</summary>
internal sealed class CommandContext
{
    private readonly AwsQueryClient? _client;

    public CommandContext(
        CliRuntime runtime, ArgumentSpec spec, ParsedArguments args, EucaConfig config, ResolvedProfile profile,
        AwsQueryClient? client, DebugLog log)
    {
        Runtime = runtime;
        Spec = spec;
        Args = args;
        Config = config;
        Profile = profile;
        _client = client;
        Log = log;
    }

    public CliRuntime Runtime { get; }

    public ArgumentSpec Spec { get; }

    public ParsedArguments Args { get; }

    public EucaConfig Config { get; }

    public ResolvedProfile Profile { get; }

    public DebugLog Log { get; }

    public TextWriter Out => Runtime.Out;

    public AwsQueryClient Client => _client ?? throw new InvalidOperationException($"{Spec.Prog} has no service client");

    public bool ShowEmptyFields => Args.Has(Ec2Arguments.ShowEmptyFields);
}
