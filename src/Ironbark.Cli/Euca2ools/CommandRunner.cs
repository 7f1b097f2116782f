using System.Globalization;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Runs one command the way requestbuilder's BaseCommand.run does: parse (argparse errors: usage + message,
/// exit 2), configure the service (endpoint, then credentials), run, and turn failures into
/// "PROG: error (CODE): MESSAGE" for server errors or "PROG: error: MESSAGE" for client errors, both exit 1.
/// </summary>
internal static class CommandRunner
{
    public const string VersionText = "euca2ools 3.4.1 (Newton)";

    public static async Task<int> RunAsync(Euca2oolsCommand command, IReadOnlyList<string> argv, CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(runtime);
        var spec = command.BuildSpec();
        var prog = spec.Prog;
        ParsedArguments args;
        try
        {
            args = ArgumentParser.Parse(spec, argv);
        }
        catch (UsageError e)
        {
            return UsageFailure(runtime, spec, e.Message);
        }

        if (args.EarlyExit == CommonOptions.Help)
        {
            runtime.Out.Write(spec.Help());
            return 0;
        }

        if (args.EarlyExit == CommonOptions.Version)
        {
            // Python 2 argparse writes --version to stderr, and euca-version does the same.
            runtime.Error.WriteLine(VersionText);
            if (File.Exists("/etc/eucalyptus/eucalyptus-version"))
            {
                runtime.Error.WriteLine("eucalyptus " + File.ReadAllText("/etc/eucalyptus/eucalyptus-version").Trim());
            }

            return 0;
        }

        var debug = args.Has(CommonOptions.Debug);
        try
        {
            var config = command.Service is null ? EucaConfig.Empty : ConfigLoader.Load(runtime);
            debug |= config.GetGlobal("debug") is "true" or "color" or "colour";
            var log = new DebugLog(debug ? runtime.Error : null);
            var profile = command.Service is null
                ? new ResolvedProfile(null, null)
                : ResolvedProfile.Resolve(args.Get(CommonOptions.Region), runtime, config);
            AwsQueryClient? client = null;
            if (command.Service is { } service)
            {
                var endpoint = ResolvedEndpoint.Resolve(service, args.Get(CommonOptions.Url), profile, runtime, config);
                runtime.Tls.VerifyCertificates = TlsPolicy.ParseBoolean(config.GetRegionOption(profile.Region, "verify-ssl")?.Value, "verify-ssl");
                var credentials = CredentialResolver.Resolve(
                    args.Get(CommonOptions.AccessKeyId), args.Get(CommonOptions.SecretKey), args.Get(CommonOptions.SecurityToken),
                    profile, runtime, config);
                log.Write($"user {profile.User ?? "(none)"}, region {profile.Region ?? "(none)"}, access key {credentials.AccessKeyId}");
                client = new AwsQueryClient(service, endpoint, credentials, runtime, MaxRetries(config), Timeout(config), log);
            }

            var context = new CommandContext(runtime, spec, args, config, profile, client, log);
            return await command.ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (UsageError e)
        {
            return UsageFailure(runtime, spec, e.Message);
        }
        catch (AwsServiceError e)
        {
            runtime.Error.WriteLine($"{prog}: error ({e.Code}): {e.Message}");
            WriteTrace(runtime, debug, e);
            return 1;
        }
        catch (CliError e)
        {
            runtime.Error.WriteLine($"{prog}: error: {e.Message}");
            WriteTrace(runtime, debug, e);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            runtime.Error.WriteLine($"{prog}: error: {FileArguments.StrError(e)}");
            WriteTrace(runtime, debug, e);
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // requestbuilder turns any other exception into "PROG: error: MESSAGE" and exit 1 too;
            // --debug adds the stack trace in place of Python's traceback.
            runtime.Error.WriteLine($"{prog}: error: {e.Message}");
            WriteTrace(runtime, debug, e);
            return 1;
        }
    }

    private static int UsageFailure(CliRuntime runtime, ArgumentSpec spec, string message)
    {
        runtime.Error.WriteLine(spec.Usage());
        runtime.Error.WriteLine($"{spec.Prog}: error: {message}");
        return 2;
    }

    /// <summary>--debug shows where a failure came from, as euca2ools re-raises with a traceback.</summary>
    private static void WriteTrace(CliRuntime runtime, bool debug, Exception e)
    {
        if (debug)
        {
            runtime.Error.WriteLine(e.ToString());
        }
    }

    private static int MaxRetries(EucaConfig config) =>
        int.TryParse(config.GetGlobal("max-retries"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : 2;

    private static TimeSpan Timeout(EucaConfig config) =>
        double.TryParse(config.GetGlobal("timeout"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(30);
}
