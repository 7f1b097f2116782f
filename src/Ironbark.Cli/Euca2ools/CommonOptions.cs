namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The options requestbuilder gives every service command (-U, --region, -I, -S, --security-token, --debug,
/// --debugger, --version, -h), declared once so every command parses them identically.
/// </summary>
internal static class CommonOptions
{
    public const string Url = "url";
    public const string Region = "region";
    public const string AccessKeyId = "access_key_id";
    public const string SecretKey = "secret_key";
    public const string SecurityToken = "security_token";
    public const string Debug = "debug";
    public const string Debugger = "debugger";
    public const string Version = "version";
    public const string Help = "help";

    public static void AddServiceOptions(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Value(["-U", "--url"], Url, "URL", help: "compute service endpoint URL");
        spec.Value(["--region"], Region, "USER@REGION", help: "region and/or user names to search when looking up config file data");
        spec.Value(["-I", "--access-key-id"], AccessKeyId, "KEY_ID");
        spec.Value(["-S", "--secret-key"], SecretKey, "KEY");
        spec.Value(["--security-token"], SecurityToken, "TOKEN");
        AddBaseOptions(spec);
    }

    /// <summary>The options even network-free commands such as euare-releaserole have.</summary>
    public static void AddBaseOptions(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Flag(["--debug"], Debug, help: "show debugging output");
        spec.Flag(["--debugger"], Debugger, help: "launch interactive debugger on error");
        spec.Flag(["--version"], Version, help: "show the program's version and exit");
        spec.Flag(["-h", "--help"], Help, help: "show this help message and exit");
    }
}
