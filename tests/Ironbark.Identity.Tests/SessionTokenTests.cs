using System.Security.Cryptography;
using Ironbark.Identity.Crypto;
using Ironbark.Identity.Sessions;
using Ironbark.Storage.Sqlite;

namespace Ironbark.Identity.Tests;

public sealed class SessionTokenTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ironbark-token-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteIdentityStore _store;
    private readonly SecretSealer _master = new(RandomNumberGenerator.GetBytes(32));

    public SessionTokenTests()
    {
        Directory.CreateDirectory(_directory);
        _store = new SqliteIdentityStore(Path.Combine(_directory, "db"));
        _store.Migrate();
    }

    private static SessionClaims Claims() => new(
        SessionTokenService.NewAccessKeyId(), "123456789012", SessionKind.Role, "role", "AROAEXAMPLEEXAMPLE123", "session",
        DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), DateTimeOffset.FromUnixTimeSeconds(1_800_003_600),
        "arn:aws:iam::123456789012:user/bob", Chained: false, SessionPolicy: """{"Statement":[]}""");

    [Fact]
    public void A_token_opens_to_its_claims_and_secret_on_any_service_sharing_the_ring()
    {
        var issuer = new SessionTokenService(TokenKeyRing.Load(_store, _master));
        var claims = Claims();
        var issued = issuer.Issue(claims);
        Assert.StartsWith("ASIA", issued.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(40, issued.SecretAccessKey.Length);

        var otherNode = new SessionTokenService(TokenKeyRing.Load(_store, _master));
        var opened = otherNode.Open(issued.SessionToken);
        Assert.NotNull(opened);
        Assert.Equal(claims, opened.Value.Claims);
        Assert.Equal(issued.SecretAccessKey, opened.Value.Secret);
    }

    [Fact]
    public void Altered_or_foreign_tokens_do_not_open()
    {
        var service = new SessionTokenService(TokenKeyRing.Load(_store, _master));
        var token = Convert.FromBase64String(service.Issue(Claims()).SessionToken);
        for (var i = 0; i < token.Length; i += 7)
        {
            var altered = (byte[])token.Clone();
            altered[i] ^= 0x01;
            Assert.Null(service.Open(Convert.ToBase64String(altered)));
        }

        Assert.Null(service.Open("not base64 at all"));
        Assert.Null(service.Open(Convert.ToBase64String(token[..20])));

        using var otherStore = new SqliteIdentityStore(Path.Combine(_directory, "other"));
        otherStore.Migrate();
        var foreign = new SessionTokenService(TokenKeyRing.Load(otherStore, _master));
        Assert.Null(foreign.Open(Convert.ToBase64String(token)));
    }

    [Fact]
    public void Sealed_secrets_open_only_for_their_purpose_and_key()
    {
        var sealedSecret = _master.SealString("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "access-key-secret");
        Assert.Equal("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", _master.OpenString(sealedSecret, "access-key-secret"));
        Assert.Throws<CryptographicException>(() => _master.OpenString(sealedSecret, "another-purpose"));
        Assert.Throws<CryptographicException>(() => new SecretSealer(RandomNumberGenerator.GetBytes(32)).OpenString(sealedSecret, "access-key-secret"));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
