using System.Security.Cryptography;
using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Crypto;
using Ironbark.Identity.KeyPairs;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;
using Ironbark.Storage.Sqlite;

namespace Ironbark.Identity.Tests;

/// <summary>
/// The per-account key-pair quota. Reaching AWS's 5,000 through the API takes minutes of fsyncs, so the
/// rule is exercised with a lowered limit and the default is checked on its own.
/// </summary>
public sealed class KeyPairLimitTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ironbark-limits-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteIdentityStore _store;

    public KeyPairLimitTests()
    {
        Directory.CreateDirectory(_directory);
        _store = new SqliteIdentityStore(Path.Combine(_directory, "db"));
        _store.Migrate();
    }

    [Fact]
    public void The_default_is_awss_5000()
    {
        Assert.Equal(5000, IdentityLimits.Aws.KeyPairsPerAccount);
        Assert.Equal("Maximum of 5000 keypairs reached.", ErrorCatalogue.KeyPairLimitExceeded(5000).Message);
    }

    [Fact]
    public void The_key_pair_after_the_limit_is_KeyPairLimitExceeded_until_one_is_deleted()
    {
        var services = new IdentityServices(_store, new SecretSealer(RandomNumberGenerator.GetBytes(32)), TimeProvider.System, new IdentityLimits(KeyPairsPerAccount: 3));
        var account = new AccountOperations(services).Create("limits")!;
        var admin = services.Directory.Get(account.Id)!.FindUser("admin")!;
        var call = new CallContext(
            new Caller(CallerKind.User, account.Id, Arns.User(account.Id, "/", "admin"), admin.UserId, "admin", "AKIAEXAMPLEEXAMPLE01", null),
            new RequestInfo("eu-west-1", "127.0.0.1", SecureTransport: false, DateTimeOffset.UtcNow));
        var keyPairs = new KeyPairOperations(services);
        using var rsa = RSA.Create(2048);
        var material = SshPublicKey.Format(rsa.ExportParameters(false), "limit");
        for (var i = 0; i < 3; i++)
        {
            keyPairs.Import(call, $"k{i}", material, [], dryRun: false);
        }

        var error = Assert.Throws<AwsException>(() => keyPairs.Import(call, "k3", material, [], dryRun: false)).Error;
        Assert.Equal(("KeyPairLimitExceeded", 400, "Maximum of 3 keypairs reached."), (error.Code, error.HttpStatus, error.Message));
        Assert.Throws<AwsException>(() => keyPairs.Create(call, "k3", "rsa", null, [], dryRun: false));
        keyPairs.Delete(call, "k0", null, dryRun: false);
        keyPairs.Import(call, "k3", material, [], dryRun: false);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
