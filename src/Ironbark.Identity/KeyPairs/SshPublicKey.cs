using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ironbark.Identity.KeyPairs;

/// <summary>The OpenSSH wire form of an RSA public key: string "ssh-rsa", mpint e, mpint n.</summary>
public static class SshPublicKey
{
    public static string Format(RSAParameters p, string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        using var blob = new MemoryStream();
        WriteString(blob, "ssh-rsa"u8);
        WriteMpint(blob, p.Exponent!);
        WriteMpint(blob, p.Modulus!);
        var line = "ssh-rsa " + Convert.ToBase64String(blob.ToArray());
        return comment.Length == 0 ? line : line + " " + comment;
    }

    /// <summary>Reads an ssh-rsa blob; null when the blob is not one.</summary>
    public static RSAParameters? ReadRsaBlob(ReadOnlySpan<byte> blob)
    {
        if (!TryReadString(ref blob, out var type) || !type.SequenceEqual("ssh-rsa"u8)
            || !TryReadString(ref blob, out var exponent) || !TryReadString(ref blob, out var modulus) || !blob.IsEmpty)
        {
            return null;
        }

        return new RSAParameters { Exponent = TrimMpint(exponent), Modulus = TrimMpint(modulus) };
    }

    private static byte[] TrimMpint(ReadOnlySpan<byte> value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == 0)
        {
            start++;
        }

        return value[start..].ToArray();
    }

    private static bool TryReadString(ref ReadOnlySpan<byte> blob, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (blob.Length < 4)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (length > (uint)(blob.Length - 4))
        {
            return false;
        }

        value = blob.Slice(4, (int)length);
        blob = blob[(4 + (int)length)..];
        return true;
    }

    private static void WriteString(MemoryStream stream, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        stream.Write(length);
        stream.Write(value);
    }

    private static void WriteMpint(MemoryStream stream, byte[] unsignedBigEndian)
    {
        var start = 0;
        while (start < unsignedBigEndian.Length - 1 && unsignedBigEndian[start] == 0)
        {
            start++;
        }

        var value = unsignedBigEndian.AsSpan(start);
        if ((value[0] & 0x80) != 0)
        {
            var padded = new byte[value.Length + 1];
            value.CopyTo(padded.AsSpan(1));
            WriteString(stream, padded);
        }
        else
        {
            WriteString(stream, value);
        }
    }
}
