using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ironbark.Policy.Conditions;

/// <summary>A CIDR block held as a masked 128-bit number, so a membership test is one AND and one compare.</summary>
internal readonly record struct IpNetwork(UInt128 Network, UInt128 Mask, bool IsV4)
{
    public static bool TryParse(string text, out IpNetwork network)
    {
        network = default;
        var span = text.AsSpan().Trim();
        var slash = span.IndexOf('/');
        var addressPart = slash >= 0 ? span[..slash] : span;
        if (!TryToNumber(addressPart, out var number, out var isV4))
        {
            return false;
        }

        var width = isV4 ? 32 : 128;
        var bits = width;
        if (slash >= 0 && (!int.TryParse(span[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out bits) || bits > width))
        {
            return false;
        }

        var mask = bits == 0 ? UInt128.Zero : UInt128.MaxValue << (width - bits);
        if (isV4)
        {
            mask &= uint.MaxValue;
        }

        network = new IpNetwork(number & mask, mask, isV4);
        return true;
    }

    public static bool TryToNumber(ReadOnlySpan<char> text, out UInt128 number, out bool isV4)
    {
        number = UInt128.Zero;
        isV4 = false;

        // IPAddress also takes legacy shorthands ("10.0.0", "167772161") that no CIDR in a policy means.
        if (text.IndexOf(':') < 0 && !IsDottedQuadShape(text))
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return false;
        }

        isV4 = address.AddressFamily == AddressFamily.InterNetwork;
        number = isV4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes[..written]);
        return true;
    }

    private static bool IsDottedQuadShape(ReadOnlySpan<char> text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots == 3;
    }

    public bool Contains(UInt128 address, bool isV4) => isV4 == IsV4 && (address & Mask) == Network;
}
