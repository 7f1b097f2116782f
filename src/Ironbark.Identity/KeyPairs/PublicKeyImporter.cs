using System.Security.Cryptography;
using System.Text;
using Ironbark.Core.Errors;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// Reads ImportKeyPair's PublicKeyMaterial. botocore, the CLI and the JS SDK send base64 of the key
/// file; the .NET SDK sends the file's text as it is. Both are accepted: OpenSSH "ssh-rsa" lines,
/// RFC 4716 blocks and PEM/DER SubjectPublicKeyInfo, RSA of 1024 to 4096 bits.
/// </summary>
public static class PublicKeyImporter
{
    public static ImportedPublicKey Import(string material)
    {
        ArgumentNullException.ThrowIfNull(material);
        var text = material.Trim();
        var parameters = Parse(text) ?? Parse(DecodeBase64Text(text) ?? string.Empty) ?? ParseDer(DecodeBase64(text));
        if (parameters is null)
        {
            throw new AwsException(ErrorCatalogue.KeyFormat("Key is not in valid OpenSSH public key format"));
        }

        using var rsa = RSA.Create();
        rsa.ImportParameters(parameters.Value);
        if (rsa.KeySize is < 1024 or > 4096)
        {
            throw new AwsException(ErrorCatalogue.KeyFormat("Key is not in valid OpenSSH public key format"));
        }

        return new ImportedPublicKey(SshPublicKey.Format(parameters.Value, string.Empty), Fingerprints.ForImportedRsa(rsa), "rsa");
    }

    private static RSAParameters? Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("ssh-rsa ", StringComparison.Ordinal))
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 2 ? ReadBlob(DecodeBase64(fields[1])) : null;
        }

        if (text.StartsWith("---- BEGIN SSH2 PUBLIC KEY ----", StringComparison.Ordinal))
        {
            return ReadBlob(DecodeBase64(Rfc4716Body(text)));
        }

        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                return rsa.ExportParameters(includePrivateParameters: false);
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (CryptographicException)
            {
                return null;
            }
        }

        return null;
    }

    private static RSAParameters? ParseDer(byte[]? der)
    {
        if (der is null)
        {
            return null;
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out var read);
            return read == der.Length ? rsa.ExportParameters(includePrivateParameters: false) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static RSAParameters? ReadBlob(byte[]? blob) => blob is null ? null : SshPublicKey.ReadRsaBlob(blob);

    /// <summary>The base64 lines of an RFC 4716 block, skipping headers (and their continuations).</summary>
    private static string Rfc4716Body(string text)
    {
        var body = new StringBuilder();
        var continuation = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("----", StringComparison.Ordinal))
            {
                continue;
            }

            if (continuation || line.Contains(':', StringComparison.Ordinal))
            {
                continuation = line.EndsWith('\\');
                continue;
            }

            body.Append(line);
        }

        return body.ToString();
    }

    private static byte[]? DecodeBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) ? buffer[..length] : null;
    }

    private static string? DecodeBase64Text(string text)
    {
        var bytes = DecodeBase64(text);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
