using Ironbark.Server.Hosting;

namespace Ironbark.Server.Tests;

/// <summary>What survives a restart: acknowledged writes, the admin ini, and session tokens.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly ServerFixture _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Sessions_and_identities_survive_a_restart()
    {
        var s = new Scenario(_server);
        var (accountId, admin) = await s.NewAccountAsync();
        await s.Ok("iam", admin, ("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "r"), ("AssumeRolePolicyDocument", Scenario.TrustAccount(accountId)));
        var session = await s.AssumeAsync(admin, $"arn:aws:iam::{accountId}:role/r");
        var ini = await File.ReadAllTextAsync(Path.Combine(_server.DataDirectory, "eucalyptus-admin.ini"));

        await _server.RestartAsync();

        var who = await s.Ok("sts", session, ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
        Assert.Equal($"arn:aws:sts::{accountId}:assumed-role/r/s1", who.Value("Arn"));
        await s.Ok("iam", admin, ("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "r"));
        Assert.Equal(ini, await File.ReadAllTextAsync(Path.Combine(_server.DataDirectory, "eucalyptus-admin.ini")));
        var accounts = await s.Ok("iam", _server.Admin, ("Action", "ListAccounts"), ("Version", "2010-05-08"));
        Assert.Single(accounts.Values("AccountName"), "eucalyptus");
    }

    [Fact]
    public async Task Bootstrap_finishes_after_a_first_start_that_died_halfway()
    {
        var data = Path.Combine(Path.GetTempPath(), "ironbark-halfway-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            // What a first start killed after issuing the admin's key, before writing the ini, leaves behind.
            string keyId;
            using (var store = new Ironbark.Storage.Sqlite.SqliteIdentityStore(Path.Combine(data, "ironbark.db")))
            {
                store.Migrate();
                var sealer = new Ironbark.Identity.Crypto.SecretSealer(Ironbark.Identity.Crypto.MasterKey.LoadOrCreate(Path.Combine(data, "master.key")));
                var services = new Ironbark.Identity.Operations.IdentityServices(store, sealer, TimeProvider.System);
                var account = new Ironbark.Identity.Operations.AccountOperations(services).Create("eucalyptus")!;
                keyId = new Ironbark.Identity.Operations.AccessKeyOperations(services).Issue(account.Id, "admin").Key.AccessKeyId;
            }

            await using var server = await IronbarkServer.StartAsync(new ServerOptions(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0), data));
            var ini = await File.ReadAllLinesAsync(Path.Combine(data, "eucalyptus-admin.ini"));
            Assert.Contains($"key-id = {keyId}", ini);
            var secret = ini.Single(l => l.StartsWith("secret-key = ", StringComparison.Ordinal))["secret-key = ".Length..];
            using var client = new AwsClient(server.Address);
            var who = await client.CallAsync("sts", new Ironbark.Protocol.Signing.SigningCredentials(keyId, secret, null), ("Action", "GetCallerIdentity"), ("Version", "2011-06-15"));
            Assert.Equal(System.Net.HttpStatusCode.OK, who.Status);
            Assert.EndsWith(":user/admin", who.Value("Arn"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Admin_ini_is_private()
    {
        var mode = File.GetUnixFileMode(Path.Combine(_server.DataDirectory, "eucalyptus-admin.ini"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }
}
