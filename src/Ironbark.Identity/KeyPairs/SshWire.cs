using System.Buffers.Binary;

namespace Ironbark.Identity.KeyPairs;

/// <summary>RFC 4251 encodings shared by OpenSSH public keys, OpenSSH private keys and PuTTY key files.</summary>
public static class SshWire
{
    public static void WriteUInt32(Stream stream, uint value)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }

    public static void WriteString(Stream stream, ReadOnlySpan<byte> value)
    {
        WriteUInt32(stream, (uint)value.Length);
        stream.Write(value);
    }

    /// <summary>A positive mpint: leading zeros dropped, one zero added when the top bit would read as a sign.</summary>
    public static void WriteMpint(Stream stream, ReadOnlySpan<byte> unsignedBigEndian)
    {
        var start = 0;
        while (start < unsignedBigEndian.Length - 1 && unsignedBigEndian[start] == 0)
        {
            start++;
        }

        var value = unsignedBigEndian[start..];
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

    public static bool TryReadString(ref ReadOnlySpan<byte> blob, out ReadOnlySpan<byte> value)
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
}
