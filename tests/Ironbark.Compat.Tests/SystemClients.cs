namespace Ironbark.Compat.Tests;

/// <summary>
/// Debian's AWS CLI v2 and boto3, by absolute path: PATH starts with pyenv, whose `aws` is CLI v1 and
/// whose python has another boto3. A missing client is a failure, never a skip.
/// </summary>
internal static class SystemClients
{
    public const string AwsCli = "/usr/bin/aws";
    public const string Python = "/usr/bin/python3";

    private const string InstallHint = "./test.sh installs it (apt-get install -y awscli python3-boto3).";

    public static void RequireAwsCli() =>
        Assert.True(File.Exists(AwsCli), $"Debian's AWS CLI v2 is missing: {AwsCli} does not exist. {InstallHint}");

    public static async Task RequireBoto3Async()
    {
        Assert.True(File.Exists(Python), $"{Python} does not exist. {InstallHint}");
        var probe = await ProcessRunner.RunAsync(Python, ["-c", "import boto3"], BaseEnvironment(Path.GetTempPath()), TimeSpan.FromSeconds(30));
        Assert.True(probe.ExitCode == 0, $"Debian's boto3 is missing: {Python} cannot import boto3. {InstallHint}");
    }

    /// <summary>
    /// What every client run starts from: no credentials or config from the caller, a throw-away HOME,
    /// both region variables, no instance metadata, no pager.
    /// </summary>
    public static Dictionary<string, string> BaseEnvironment(string home) => new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/sbin:/usr/bin:/sbin:/bin",
        ["HOME"] = home,
        ["LANG"] = "C.UTF-8",
        ["AWS_REGION"] = QueryClient.Region,
        ["AWS_DEFAULT_REGION"] = QueryClient.Region,
        ["AWS_CONFIG_FILE"] = Path.Combine(home, "no-such-config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "no-such-credentials"),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_PAGER"] = string.Empty,
    };
}
