using System.Security.Cryptography;
using System.Text;
using Ironbark.Core.Errors;
using Ironbark.Identity.KeyPairs;

namespace Ironbark.Identity.Tests;

public sealed class KeyMaterialTests
{
    // moto's fixture key (tests/test_ec2/test_key_pairs.py); its MD5-of-DER-SPKI fingerprint is the value AWS shows.
    private const string MotoBlob =
        "AAAAB3NzaC1yc2EAAAADAQABAAABAQDusXfgTE4eBP50NglSzCSEGnIL6+cr6m3H6cZANOQ+P1o/W4BdtcAL3sor4iGi7SOeJgo8kweyMQrhrt6HaKGgromRiz37LQx" +
        "4YIAcBi4Zd023mO/V7Rc2Chh18mWgLSmA6ng+j37ip6452zxtv0jHAz9pJolbKBpJzbZlPN45ZCTk9ck0fSVHRl6VRSSPQcpqi65XpRf+35zNOCGCc1mAOOTmw59Q2a6" +
        "A3t8mL7r91aM5q6QOQm219lctFM8O7HRJnDgmhGpnjRwE1LyKktWTbgFZ4SNWU2XqusUO07jKuSxzPumXBeU+JEtx0J1tqZwJlpGt2R+0qN7nKnPl2+hx";

    private const string MotoFingerprint = "6a:49:07:1c:7e:bd:d2:bd:96:25:fe:b5:74:83:ae:fd";

    public static TheoryData<string> MotoKeyForms()
    {
        var line = "ssh-rsa " + MotoBlob + " moto@github.com";
        var rfc4716 = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"moto\"\n" + string.Join('\n', MotoBlob.Chunk(70).Select(c => new string(c))) + "\n---- END SSH2 PUBLIC KEY ----\n";
        using var rsa = RSA.Create();
        rsa.ImportParameters(SshPublicKey.ReadRsaBlob(Convert.FromBase64String(MotoBlob))!.Value);
        return new TheoryData<string>
        {
            line,
            line + "\n",
            Convert.ToBase64String(Encoding.ASCII.GetBytes(line + "\n")),
            rfc4716,
            Convert.ToBase64String(Encoding.ASCII.GetBytes(rfc4716)),
            rsa.ExportSubjectPublicKeyInfoPem(),
            Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()),
        };
    }

    [Theory]
    [MemberData(nameof(MotoKeyForms))]
    public void Every_accepted_form_gives_the_aws_fingerprint(string material)
    {
        var imported = PublicKeyImporter.Import(material);
        Assert.Equal(MotoFingerprint, imported.Fingerprint);
        Assert.Equal("ssh-rsa " + MotoBlob, imported.PublicKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a key")]
    [InlineData("ssh-rsa")]
    [InlineData("ssh-rsa AAAA!!!")]
    [InlineData("ssh-dss AAAAB3NzaC1kc3MAAACBAP")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    public void Anything_else_is_InvalidKey_Format(string material)
    {
        var error = Assert.Throws<AwsException>(() => PublicKeyImporter.Import(material)).Error;
        Assert.Equal("InvalidKey.Format", error.Code);
        Assert.Equal(400, error.HttpStatus);
    }

    /// <summary>Hostile or malformed material: each is a clean InvalidKey.Format, never another exception.</summary>
    public static TheoryData<string> HostileMaterial()
    {
        var random = RandomNumberGenerator.GetBytes(4096);
        using var big = RSA.Create(2048);
        var line = SshPublicKey.Format(big.ExportParameters(false), string.Empty);
        using var dsa = DSA.Create(1024);
        using var small = RSA.Create(512);
        using var huge = RSA.Create(4096 + 64);
        return new TheoryData<string>
        {
            string.Empty,
            "   \n\t ",
            Encoding.Latin1.GetString(random),
            Convert.ToBase64String(random),
            new string('A', 100 * 1024),
            Convert.ToBase64String(Encoding.ASCII.GetBytes("ssh-rsa " + new string('A', 100 * 1024))),
            line[..(line.Length / 2)],
            Convert.ToBase64String(Encoding.ASCII.GetBytes(line))[..40],
            "ssh-rsa " + Convert.ToBase64String(Convert.FromBase64String(line.Split(' ')[1])[..100]),
            "ssh-ed25519 " + Convert.ToBase64String(SshPublicKey.Ed25519Blob(new byte[32]))[..30],
            "ssh-ed25519 " + line.Split(' ')[1],
            "ssh-rsa " + Convert.ToBase64String(SshPublicKey.Ed25519Blob(new byte[32])),
            dsa.ExportSubjectPublicKeyInfoPem(),
            Convert.ToBase64String(dsa.ExportSubjectPublicKeyInfo()),
            SshPublicKey.Format(small.ExportParameters(false), "small"),
            small.ExportSubjectPublicKeyInfoPem(),
            SshPublicKey.Format(huge.ExportParameters(false), "huge"),
            big.ExportRSAPrivateKeyPem(),
            "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(random) + "\n-----END PUBLIC KEY-----\n",
        };
    }

    [Theory]
    [MemberData(nameof(HostileMaterial))]
    public void Hostile_material_is_InvalidKey_Format(string material)
    {
        var error = Assert.Throws<AwsException>(() => PublicKeyImporter.Import(material)).Error;
        Assert.Equal("InvalidKey.Format", error.Code);
    }

    [Fact]
    public void Ed25519_keys_import_with_the_base64_sha256_fingerprint()
    {
        var created = Ed25519KeyPairGenerator.Create(PrivateKeyFormat.Pem, "k");
        var imported = PublicKeyImporter.Import(created.PublicKey + " me@example");
        Assert.Equal("ed25519", imported.KeyType);
        Assert.Equal(created.PublicKey, imported.PublicKey);
        var blob = Convert.FromBase64String(created.PublicKey.Split(' ')[1]);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(blob)), imported.Fingerprint);
        Assert.EndsWith("=", imported.Fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_below_1024_bits_are_refused()
    {
        using var rsa = RSA.Create(768);
        var error = Assert.Throws<AwsException>(() => PublicKeyImporter.Import(SshPublicKey.Format(rsa.ExportParameters(false), "small"))).Error;
        Assert.Equal("InvalidKey.Format", error.Code);
    }

    [Fact]
    public void Created_keys_are_pkcs1_with_a_sha1_pkcs8_fingerprint_and_matching_public_key()
    {
        var created = RsaKeyPairGenerator.Create(PrivateKeyFormat.Pem, "k");
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----\n", created.PrivateKey, StringComparison.Ordinal);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(created.PrivateKey);
        Assert.Equal(Fingerprints.ColonHex(SHA1.HashData(rsa.ExportPkcs8PrivateKey())), created.Fingerprint);
        Assert.Matches("^([0-9a-f]{2}:){19}[0-9a-f]{2}$", created.Fingerprint);
        Assert.Equal(created.PublicKey, SshPublicKey.Format(rsa.ExportParameters(false), string.Empty));
    }
}
