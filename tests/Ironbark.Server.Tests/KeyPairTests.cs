using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Server.Tests;

/// <summary>EC2 key pairs over the wire: material, fingerprints, filters, errors and authorization.</summary>
public sealed class KeyPairTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Version = "2016-11-15";
    private readonly Scenario _s = new(server);

    [Fact]
    public async Task Created_key_is_pkcs1_pem_with_the_sha1_pkcs8_fingerprint()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "k1"));
        var pem = reply.Value("keyMaterial")!;
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", pem, StringComparison.Ordinal);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        Assert.Equal(2048, rsa.KeySize);
        var expected = string.Join(':', Convert.ToHexStringLower(SHA1.HashData(rsa.ExportPkcs8PrivateKey())).Chunk(2).Select(c => new string(c)));
        Assert.Equal(expected, reply.Value("keyFingerprint"));
        Assert.Matches("^key-[0-9a-f]{17}$", reply.Value("keyPairId")!);
    }

    [Fact]
    public async Task Imported_key_accepts_base64_and_raw_text_with_the_md5_spki_fingerprint()
    {
        var (_, admin) = await _s.NewAccountAsync();
        using var rsa = RSA.Create(2048);
        var line = SshLine(rsa) + " someone@example\n";
        var expected = string.Join(':', Convert.ToHexStringLower(MD5.HashData(rsa.ExportSubjectPublicKeyInfo())).Chunk(2).Select(c => new string(c)));
        var b64 = await _s.Ok("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", "b64"), ("PublicKeyMaterial", Convert.ToBase64String(Encoding.ASCII.GetBytes(line))));
        var raw = await _s.Ok("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", "raw"), ("PublicKeyMaterial", line));
        Assert.Equal(expected, b64.Value("keyFingerprint"));
        Assert.Equal(expected, raw.Value("keyFingerprint"));
        var bad = await _s.Client.CallAsync("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", "bad"), ("PublicKeyMaterial", "bm90IGEga2V5"));
        Assert.Equal("InvalidKey.Format", bad.ErrorCode);
    }

    [Fact]
    public async Task Describe_filters_and_errors_match_ec2()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var a = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "alpha"));
        await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "beta"));
        var all = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version));
        Assert.Equal(["alpha", "beta"], all.Values("keyName"));
        var byName = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "key-name"), ("Filter.1.Value.1", "al*"));
        Assert.Equal(["alpha"], byName.Values("keyName"));
        var byFingerprint = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "fingerprint"), ("Filter.1.Value.1", a.Value("keyFingerprint")!));
        Assert.Equal(["alpha"], byFingerprint.Values("keyName"));
        var missing = await _s.Client.CallAsync("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "gamma"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("InvalidKeyPair.NotFound", missing.ErrorCode);
        Assert.Equal("The key pair 'gamma' does not exist", missing.Value("Message"));
        var duplicate = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "alpha"));
        Assert.Equal("The keypair 'alpha' already exists.", duplicate.Value("Message"));
        var noName = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version));
        Assert.Equal("MissingParameter", noName.ErrorCode);
        await _s.Ok("ec2", admin, ("Action", "DeleteKeyPair"), ("Version", Version), ("KeyName", "alpha"));
        var after = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version));
        Assert.Equal(["beta"], after.Values("keyName"));
    }

    [Fact]
    public async Task Key_pair_arns_do_not_grant_DescribeKeyPairs()
    {
        var (accountId, admin) = await _s.NewAccountAsync();
        var scoped = await _s.NewUserAsync(admin, "scoped",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:CreateKeyPair","ec2:DescribeKeyPairs"],"Resource":"arn:aws:ec2:*:{{accountId}}:key-pair/team-*"}]}""");
        await _s.Ok("ec2", scoped, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "team-1"));
        var other = await _s.Client.CallAsync("ec2", scoped, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "other"));
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("UnauthorizedOperation", other.ErrorCode);
        var describe = await _s.Client.CallAsync("ec2", scoped, ("Action", "DescribeKeyPairs"), ("Version", Version));
        Assert.Equal("UnauthorizedOperation", describe.ErrorCode);
        Assert.StartsWith("You are not authorized to perform this operation.", describe.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_answers_DryRunOperation_or_UnauthorizedOperation()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var allowed = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "dry"), ("DryRun", "true"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, allowed.Status);
        Assert.Equal("DryRunOperation", allowed.ErrorCode);
        var nobody = await _s.NewUserAsync(admin, "nobody");
        var denied = await _s.Client.CallAsync("ec2", nobody, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "dry"), ("DryRun", "true"));
        Assert.Equal("UnauthorizedOperation", denied.ErrorCode);
        var none = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version));
        Assert.Empty(none.Values("keyName"));
    }

    [Fact]
    public async Task Hostile_material_over_the_wire_is_InvalidKey_Format_never_a_server_error()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var random = RandomNumberGenerator.GetBytes(2048);
        using var dsa = DSA.Create(1024);
        using var small = RSA.Create(512);
        var hostile = new[]
        {
            string.Empty,
            Convert.ToBase64String(random),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(100 * 1024)),
            Convert.ToBase64String(Encoding.ASCII.GetBytes(SshLine(small))),
            Convert.ToBase64String(Encoding.ASCII.GetBytes(SshLine(small)))[..50],
            dsa.ExportSubjectPublicKeyInfoPem(),
        };
        foreach (var material in hostile)
        {
            var reply = await _s.Client.CallAsync("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", "hostile"), ("PublicKeyMaterial", material));
            Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
            Assert.Equal("InvalidKey.Format", reply.ErrorCode);
        }

        var none = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version));
        Assert.Empty(none.Values("keyName"));
    }

    private static string SshLine(RSA rsa)
    {
        var p = rsa.ExportParameters(false);
        using var blob = new MemoryStream();
        void Write(byte[] data)
        {
            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            blob.Write(length);
            blob.Write(data);
        }

        Write(Encoding.ASCII.GetBytes("ssh-rsa"));
        Write(p.Exponent!);
        Write([0, .. p.Modulus!]);
        return "ssh-rsa " + Convert.ToBase64String(blob.ToArray());
    }
}
