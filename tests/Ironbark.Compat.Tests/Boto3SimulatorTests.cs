using System.Text.Json;

namespace Ironbark.Compat.Tests;

/// <summary>IAM's simulator through Debian's boto3 (scripts/boto3_simulate.py), in an account of its own.</summary>
[Collection(ServerCollection.Name)]
public sealed class Boto3SimulatorTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-boto3-sim-");

    [Fact]
    public async Task Simulate_principal_policy_answers_as_the_engine_decides()
    {
        await SystemClients.RequireBoto3Async();
        var account = await server.CreateAccountAsync("boto3-simulator");
        var environment = SystemClients.BaseEnvironment(_work.FullName).WithCredentials(account.Admin);
        environment["IRONBARK_ENDPOINT"] = server.EndpointUrl;
        environment["IRONBARK_ACCOUNT_ID"] = account.Id;
        var script = Path.Combine(AppContext.BaseDirectory, "scripts", "boto3_simulate.py");

        var run = await ProcessRunner.RunAsync(SystemClients.Python, [script], environment);
        Assert.True(run.ExitCode == 0, $"boto3_simulate.py exited {run.ExitCode}: {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        var result = document.RootElement;

        var inside = result.GetProperty("inside").EnumerateArray().ToList();
        Assert.Equal(["allowed", "explicitDeny", "implicitDeny"], inside.Select(r => r.GetProperty("decision").GetString()));
        var allow = Assert.Single(inside[0].GetProperty("statements").EnumerateArray());
        Assert.Equal("keys", allow.GetProperty("id").GetString());
        Assert.Equal("user", allow.GetProperty("type").GetString());
        // json.dumps(indent=2) puts the first statement's brace on line 4 at column 5.
        Assert.Equal([4, 6], allow.GetProperty("start").EnumerateArray().Select(n => n.GetInt32()));

        var outside = result.GetProperty("outside").EnumerateArray().ToList();
        Assert.Equal(["implicitDeny", "explicitDeny", "implicitDeny"], outside.Select(r => r.GetProperty("decision").GetString()));
        Assert.Equal(["aws:SourceIp"], result.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
    }

    public void Dispose() => _work.Delete(recursive: true);
}
