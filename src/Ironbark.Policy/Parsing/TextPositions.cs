namespace Ironbark.Policy.Parsing;

/// <summary>Turns UTF-8 offsets from the reader into lines and columns counted in characters.</summary>
internal static class TextPositions
{
    public static SourcePosition At(ReadOnlySpan<byte> utf8, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((utf8[i] & 0xC0) != 0x80)
            {
                // Continuation bytes belong to the character already counted.
                column++;
            }
        }

        return new SourcePosition(line, column);
    }
}
