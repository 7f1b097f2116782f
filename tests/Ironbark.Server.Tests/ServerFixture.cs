using System.Net;
using Ironbark.Protocol.Signing;
using Ironbark.Server.Hosting;

namespace Ironbark.Server.Tests;

/// <summary>One real server on a free loopback port with a throw-away data folder, shared by a test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private IronbarkServer? _server;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ironbark-tests-" + Guid.NewGuid().ToString("N"));

    public AwsClient Client { get; private set; } = null!;

    public SigningCredentials Admin { get; private set; } = null!;

    public string AdminAccountId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await StartAsync();
        var ini = await File.ReadAllLinesAsync(Path.Combine(DataDirectory, "eucalyptus-admin.ini"));
        string Value(string key) => ini.First(l => l.StartsWith(key + " = ", StringComparison.Ordinal))[(key.Length + 3)..];
        Admin = new SigningCredentials(Value("key-id"), Value("secret-key"), null);
        AdminAccountId = Value("account-id");
    }

    /// <summary>Stops the server and starts a new one on the same data (a restart).</summary>
    public async Task RestartAsync()
    {
        await _server!.DisposeAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Client?.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private async Task StartAsync()
    {
        _server = await IronbarkServer.StartAsync(new ServerOptions(new IPEndPoint(IPAddress.Loopback, 0), DataDirectory));
        Client?.Dispose();
        Client = new AwsClient(_server.Address);
    }
}
