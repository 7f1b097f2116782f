using System.Security.Cryptography;
using Ironbark.Core.IO;

namespace Ironbark.Identity.Crypto;

/// <summary>
/// The key that seals every secret in the store. It lives outside the database (a file with mode 0600),
/// so a copy of the database alone reveals no secret.
/// </summary>
public static class MasterKey
{
    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (existing.Length != 32)
            {
                throw new InvalidDataException($"The master key in {path} is not 32 bytes.");
            }

            return existing;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        PrivateFile.Create(path, Convert.ToBase64String(key) + "\n");
        return key;
    }
}
