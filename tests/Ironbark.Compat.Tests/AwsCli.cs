using System.Text.Json;
using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

/// <summary>Debian's AWS CLI v2 pointed at the server root with --endpoint-url, JSON output.</summary>
internal sealed class AwsCli(string endpointUrl, string home)
{
    public async Task<ProcessResult> RunAsync(SigningCredentials credentials, params string[] arguments)
    {
        SystemClients.RequireAwsCli();
        var environment = SystemClients.BaseEnvironment(home).WithCredentials(credentials);
        return await ProcessRunner.RunAsync(SystemClients.AwsCli, [.. arguments, "--endpoint-url", endpointUrl, "--output", "json"], environment);
    }

    /// <summary>Runs and requires exit 0; the failure message shows stderr only, since stdout may hold secrets.</summary>
    public async Task<JsonElement> JsonAsync(SigningCredentials credentials, params string[] arguments)
    {
        var result = await RunAsync(credentials, arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments.Take(2))} exited {result.ExitCode}: {result.Stderr}");
        if (string.IsNullOrWhiteSpace(result.Stdout))
        {
            return default;
        }

        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>Runs a command that must succeed with no output (Put*Policy, AddUserToGroup, ...).</summary>
    public async Task SilentAsync(SigningCredentials credentials, params string[] arguments)
    {
        var result = await RunAsync(credentials, arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments.Take(2))} exited {result.ExitCode}: {result.Stderr}");
        Assert.Equal(string.Empty, result.Stdout.Trim());
    }
}
