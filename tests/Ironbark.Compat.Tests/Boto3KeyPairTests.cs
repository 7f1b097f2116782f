using System.Text.Json;

namespace Ironbark.Compat.Tests;

/// <summary>Key pairs through Debian's boto3 (scripts/boto3_keypairs.py): ed25519, ppk, tags, filters, DryRun, regions.</summary>
[Collection(ServerCollection.Name)]
public sealed class Boto3KeyPairTests(ServerFixture server) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ironbark-boto3-keys-");

    [Fact]
    public async Task Ed25519_tags_filters_and_DryRun_through_debian_boto3()
    {
        await SystemClients.RequireBoto3Async();
        var account = await server.CreateAccountAsync("boto3-keypairs");
        var environment = SystemClients.BaseEnvironment(_work.FullName).WithCredentials(account.Admin);
        environment["IRONBARK_ENDPOINT"] = server.EndpointUrl;
        environment["IRONBARK_WORK"] = _work.FullName;
        var script = Path.Combine(AppContext.BaseDirectory, "scripts", "boto3_keypairs.py");

        var run = await ProcessRunner.RunAsync(SystemClients.Python, [script], environment);
        Assert.True(run.Stdout.TrimStart().StartsWith('{'), $"boto3_keypairs.py exited {run.ExitCode} without a JSON result: {run.Stderr}");
        using var document = JsonDocument.Parse(run.Stdout);
        var result = document.RootElement;
        // The script prints no secrets, so its report can go into the message.
        Assert.False(result.TryGetProperty("unexpected_error", out var unexpected), $"boto3 step failed: {unexpected}");
        Assert.Equal(0, run.ExitCode);

        var created = result.GetProperty("created");
        var key = await File.ReadAllTextAsync(Path.Combine(_work.FullName, "boto3-ed.key"));
        Assert.Equal(await SshKeygen.Ed25519FingerprintAsync(key, _work.FullName), created.GetProperty("KeyFingerprint").GetString());
        Assert.Equal(["env=boto3"], Strings(created.GetProperty("Tags")));
        Assert.Equal("PuTTY-User-Key-File-3: ssh-ed25519", result.GetProperty("ppk_header").GetString());
        Assert.Equal(["boto3-ed:ed25519"], Strings(result.GetProperty("by_tag")));
        Assert.Equal(["boto3-ed"], Strings(result.GetProperty("by_tag_key")));
        Assert.Equal(["False:env=boto3", "True:team=py"], Strings(result.GetProperty("tags")));
        Assert.Equal(1, result.GetProperty("tags_after_delete").GetInt32());
        Assert.Equal("DryRunOperation:412", result.GetProperty("dry_run").GetString());
        Assert.Equal("InvalidKeyPair.NotFound", result.GetProperty("missing_id").GetString());
        Assert.Equal([QueryClient.Region], Strings(result.GetProperty("regions")));
        Assert.Equal([QueryClient.Region + "a"], Strings(result.GetProperty("zones")));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
