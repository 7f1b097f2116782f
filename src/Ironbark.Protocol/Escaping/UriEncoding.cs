using System.Text;

namespace Ironbark.Protocol.Escaping;

/// <summary>
/// RFC 3986 encoding as SigV4 defines it: only A-Z a-z 0-9 '-' '_' '.' '~' pass through, everything
/// else is percent-encoded from its UTF-8 bytes with upper-case hex.
/// </summary>
internal static class UriEncoding
{
    private const string UpperHex = "0123456789ABCDEF";

    public static bool IsUnreserved(byte b) =>
        (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9 || b == '-' || b == '_' || b == '.' || b == '~';

    public static void AppendEncoded(StringBuilder sb, ReadOnlySpan<char> text, bool keepSlash)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                AppendByte(sb, (byte)c, keepSlash);
                continue;
            }

            // Non-ASCII is rare here; encode the remainder to UTF-8 once and continue byte-wise.
            var rest = text[i..];
            var max = Encoding.UTF8.GetMaxByteCount(rest.Length);
            Span<byte> bytes = max <= 512 ? stackalloc byte[512] : new byte[max];
            var written = Encoding.UTF8.GetBytes(rest, bytes);
            AppendEncoded(sb, bytes[..written], keepSlash);
            return;
        }
    }

    public static void AppendEncoded(StringBuilder sb, ReadOnlySpan<byte> bytes, bool keepSlash)
    {
        foreach (var b in bytes)
        {
            AppendByte(sb, b, keepSlash);
        }
    }

    private static void AppendByte(StringBuilder sb, byte b, bool keepSlash)
    {
        if (IsUnreserved(b) || (keepSlash && b == '/'))
        {
            sb.Append((char)b);
        }
        else
        {
            sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
        }
    }

    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
