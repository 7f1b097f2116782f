using System.Security.Cryptography;

namespace Ironbark.Core.Ids;

/// <summary>Random identifiers in AWS's formats (prefix + base32, 12-digit accounts, 40-char secrets).</summary>
public static class IdGenerator
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>21-character unique id such as AIDA… for users, AROA… for roles.</summary>
    public static string UniqueId(IdPrefix prefix) => Random(prefix.Text(), 21);

    /// <summary>20-character access key id: AKIA… (long-term) or ASIA… (temporary).</summary>
    public static string AccessKeyId(bool temporary) => Random(temporary ? "ASIA" : "AKIA", 20);

    public static string SecretAccessKey() => RandomNumberGenerator.GetString(SecretAlphabet, 40);

    public static string AccountId() => RandomNumberGenerator.GetString("0123456789", 12);

    /// <summary>EC2 key pair id: "key-" and 17 lower-case hex digits.</summary>
    public static string KeyPairId() => "key-" + RandomNumberGenerator.GetString("0123456789abcdef", 17);

    public static string RequestId() => Guid.NewGuid().ToString("D");

    private static string Random(string prefix, int length) =>
        prefix + RandomNumberGenerator.GetString(Base32, length - prefix.Length);
}
