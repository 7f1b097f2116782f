using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using Ironbark.Core.Errors;

namespace Ironbark.Identity.KeyPairs;

/// <summary>
/// Reads ImportKeyPair's PublicKeyMaterial. botocore, the CLI and the JS SDK send base64 of the key
/// file; the .NET SDK sends the file's text as it is. Both are accepted: OpenSSH "ssh-rsa" and
/// "ssh-ed25519" lines, RFC 4716 blocks and PEM/DER SubjectPublicKeyInfo; RSA of 1024 to 4096 bits.
/// </summary>
public static class PublicKeyImporter
{
    private const string Ed25519Oid = "1.3.101.112";

    public static ImportedPublicKey Import(string material)
    {
        ArgumentNullException.ThrowIfNull(material);
        var text = material.Trim();
        return Parse(text) ?? Parse(DecodeBase64Text(text) ?? string.Empty) ?? ParseDer(DecodeBase64(text))
            ?? throw Invalid();
    }

    private static AwsException Invalid() => new(ErrorCatalogue.KeyFormat("Key is not in valid OpenSSH public key format"));

    private static ImportedPublicKey FromRsa(RSAParameters parameters)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(parameters);
        }
        catch (CryptographicException)
        {
            throw Invalid();
        }

        if (rsa.KeySize is < 1024 or > 4096)
        {
            throw Invalid();
        }

        return new ImportedPublicKey(SshPublicKey.Format(parameters, string.Empty), Fingerprints.ForImportedRsa(rsa), "rsa");
    }

    private static ImportedPublicKey FromEd25519(byte[] point) =>
        new(SshPublicKey.FormatEd25519(point, string.Empty), Fingerprints.ForEd25519(point), "ed25519");

    private static ImportedPublicKey? FromBlob(byte[]? blob)
    {
        if (blob is null)
        {
            return null;
        }

        if (SshPublicKey.ReadRsaBlob(blob) is { } rsa)
        {
            return FromRsa(rsa);
        }

        return SshPublicKey.ReadEd25519Blob(blob) is { } point ? FromEd25519(point) : null;
    }

    private static ImportedPublicKey? Parse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("ssh-rsa ", StringComparison.Ordinal) || text.StartsWith("ssh-ed25519 ", StringComparison.Ordinal))
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var blob = fields.Length >= 2 ? DecodeBase64(fields[1]) : null;
            var key = FromBlob(blob);
            return key is not null && key.PublicKey.StartsWith(fields[0] + " ", StringComparison.Ordinal) ? key : null;
        }

        if (text.StartsWith("---- BEGIN SSH2 PUBLIC KEY ----", StringComparison.Ordinal))
        {
            return FromBlob(DecodeBase64(Rfc4716Body(text)));
        }

        if (text.StartsWith("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal) && text.Contains("-----END PUBLIC KEY-----", StringComparison.Ordinal))
        {
            var body = text["-----BEGIN PUBLIC KEY-----".Length..text.IndexOf("-----END PUBLIC KEY-----", StringComparison.Ordinal)];
            return ParseDer(DecodeBase64(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        }

        if (text.StartsWith("-----BEGIN RSA PUBLIC KEY-----", StringComparison.Ordinal))
        {
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                return FromRsa(rsa.ExportParameters(includePrivateParameters: false));
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

    /// <summary>A DER SubjectPublicKeyInfo holding an RSA or Ed25519 key (RFC 8410); null for anything else.</summary>
    private static ImportedPublicKey? ParseDer(byte[]? der)
    {
        if (der is null || der.Length == 0)
        {
            return null;
        }

        try
        {
            var spki = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = spki.ReadSequence();
            spki.ThrowIfNotEmpty();
            var algorithm = sequence.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            if (oid == Ed25519Oid)
            {
                algorithm.ThrowIfNotEmpty();
                var point = sequence.ReadBitString(out var unused);
                sequence.ThrowIfNotEmpty();
                return unused == 0 && point.Length == SshPublicKey.Ed25519KeyLength ? FromEd25519(point) : null;
            }

            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out var read);
            return read == der.Length ? FromRsa(rsa.ExportParameters(includePrivateParameters: false)) : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

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
