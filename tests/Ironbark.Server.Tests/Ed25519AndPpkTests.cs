using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;

namespace Ironbark.Server.Tests;

/// <summary>ed25519 key pairs and ppk material, judged by ssh-keygen and by an independent PuTTY file reader.</summary>
public sealed class Ed25519AndPpkTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Version = "2016-11-15";
    private readonly Scenario _s = new(server);

    [Fact]
    public async Task Created_ed25519_key_is_an_openssh_private_key_with_ssh_keygens_fingerprint()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "ed"), ("KeyType", "ed25519"));
        var material = reply.Value("keyMaterial")!;
        Assert.True(material.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n", StringComparison.Ordinal), "material is not an OpenSSH private key");
        var derived = SshKeygen.Run(material, "-y", "-f");
        var listed = SshKeygen.Run(material, "-l", "-E", "sha256", "-f");
        Assert.Matches("^256 SHA256:[A-Za-z0-9+/]{43} .*\\(ED25519\\)$", listed);
        var sha256 = listed.Split(' ')[1]["SHA256:".Length..];
        Assert.Equal(sha256 + "=", reply.Value("keyFingerprint"));
        var described = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "ed"), ("IncludePublicKey", "true"));
        Assert.Equal("ed25519", described.Value("keyType"));
        Assert.Equal(derived.Split(' ')[..2], described.Value("publicKey")!.Split(' ')[..2]);
        Assert.Equal(reply.Value("keyFingerprint"), described.Value("keyFingerprint"));
    }

    [Fact]
    public async Task Imported_ed25519_line_gives_the_same_fingerprint_as_ssh_keygen_in_every_form()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var created = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "source"), ("KeyType", "ed25519"));
        var line = SshKeygen.Run(created.Value("keyMaterial")!, "-y", "-f") + " me@example\n";
        var blob = Convert.FromBase64String(line.Split(' ')[1]);
        var expected = Convert.ToBase64String(SHA256.HashData(blob));
        var spki = Convert.FromBase64String("MCowBQYDK2VwAyEA" + Convert.ToBase64String(blob[^32..]));
        var forms = new[]
        {
            line,
            Convert.ToBase64String(Encoding.ASCII.GetBytes(line)),
            "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"me\"\n" + Convert.ToBase64String(blob) + "\n---- END SSH2 PUBLIC KEY ----\n",
            "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(spki) + "\n-----END PUBLIC KEY-----\n",
            Convert.ToBase64String(spki),
        };
        for (var i = 0; i < forms.Length; i++)
        {
            var imported = await _s.Ok("ec2", admin, ("Action", "ImportKeyPair"), ("Version", Version), ("KeyName", $"imported-{i}"), ("PublicKeyMaterial", forms[i]));
            Assert.Equal(expected, imported.Value("keyFingerprint"));
        }

        Assert.Equal(created.Value("keyFingerprint"), expected);
        var types = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("Filter.1.Name", "key-type"), ("Filter.1.Value.1", "ed25519"));
        Assert.Equal(forms.Length + 1, types.Values("keyName").Count());
    }

    [Fact]
    public async Task Rsa_ppk_is_a_putty_v3_file_whose_key_matches_the_stored_public_key()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "putty-rsa"), ("KeyFormat", "ppk"));
        var ppk = PuttyKeyFileReader.Read(reply.Value("keyMaterial")!);
        Assert.Equal("ssh-rsa", ppk.Algorithm);
        Assert.Equal("putty-rsa", ppk.Comment);
        var described = await _s.Ok("ec2", admin, ("Action", "DescribeKeyPairs"), ("Version", Version), ("KeyName.1", "putty-rsa"), ("IncludePublicKey", "true"));
        Assert.Equal(described.Value("publicKey")!.Split(' ')[1], Convert.ToBase64String(ppk.PublicBlob));
        var pub = PuttyKeyFileReader.Fields(ppk.PublicBlob);
        var priv = PuttyKeyFileReader.Fields(ppk.PrivateBlob);
        Assert.Equal(4, priv.Count);
        BigInteger Int(byte[] mpint) => new(mpint, isUnsigned: true, isBigEndian: true);
        var (e, n, d, p, q, iqmp) = (Int(pub[1]), Int(pub[2]), Int(priv[0]), Int(priv[1]), Int(priv[2]), Int(priv[3]));
        Assert.Equal(n, p * q);
        Assert.Equal(BigInteger.One, e * d % ((p - 1) * (q - 1) / BigInteger.GreatestCommonDivisor(p - 1, q - 1)));
        Assert.Equal(BigInteger.One, iqmp * q % p);
        using var rsa = RSA.Create();
        static byte[] Fixed(BigInteger value, int length)
        {
            var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
            return [.. new byte[length - bytes.Length], .. bytes];
        }

        rsa.ImportParameters(new RSAParameters
        {
            Modulus = Fixed(n, 256),
            Exponent = Fixed(e, pub[1].Length),
            D = Fixed(d, 256),
            P = Fixed(p, 128),
            Q = Fixed(q, 128),
            DP = Fixed(d % (p - 1), 128),
            DQ = Fixed(d % (q - 1), 128),
            InverseQ = Fixed(iqmp, 128),
        });
        var fingerprint = string.Join(':', Convert.ToHexStringLower(SHA1.HashData(rsa.ExportPkcs8PrivateKey())).Chunk(2).Select(c => new string(c)));
        Assert.Equal(fingerprint, reply.Value("keyFingerprint"));
    }

    [Fact]
    public async Task Ed25519_ppk_carries_the_seed_of_the_stored_public_key()
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Ok("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "putty-ed"), ("KeyType", "ed25519"), ("KeyFormat", "ppk"));
        var ppk = PuttyKeyFileReader.Read(reply.Value("keyMaterial")!);
        Assert.Equal("ssh-ed25519", ppk.Algorithm);
        var seed = Assert.Single(PuttyKeyFileReader.Fields(ppk.PrivateBlob));
        var point = PuttyKeyFileReader.Fields(ppk.PublicBlob)[1];
        Assert.True(new Ed25519PrivateKeyParameters(seed).GeneratePublicKey().GetEncoded().SequenceEqual(point), "the ppk's private key does not match its public key");
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(ppk.PublicBlob)), reply.Value("keyFingerprint"));
    }

    [Theory]
    [InlineData("KeyType", "dsa", "Value (dsa) for parameter keyType is invalid. Valid values are: rsa, ed25519")]
    [InlineData("KeyFormat", "der", "Value (der) for parameter keyFormat is invalid. Valid values are: pem, ppk")]
    public async Task Unknown_key_types_and_formats_are_InvalidParameterValue(string parameter, string value, string message)
    {
        var (_, admin) = await _s.NewAccountAsync();
        var reply = await _s.Client.CallAsync("ec2", admin, ("Action", "CreateKeyPair"), ("Version", Version), ("KeyName", "k"), (parameter, value));
        Assert.Equal("InvalidParameterValue", reply.ErrorCode);
        Assert.Equal(message, reply.Value("Message"));
    }
}
