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
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Admin_ini_is_private()
    {
        var mode = File.GetUnixFileMode(Path.Combine(_server.DataDirectory, "eucalyptus-admin.ini"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }
}
