using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ironbark.Server.Tests;

/// <summary>
/// Reads a PuTTY-User-Key-File-3 as PuTTY does: headers in order, the base64 line counts, and the MAC
/// recomputed here from the documented fields, so a wrong MAC or layout fails the test.
/// </summary>
public sealed class PuttyKeyFileReader
{
    private PuttyKeyFileReader(string algorithm, string comment, byte[] publicBlob, byte[] privateBlob)
    {
        Algorithm = algorithm;
        Comment = comment;
        PublicBlob = publicBlob;
        PrivateBlob = privateBlob;
    }

    public string Algorithm { get; }

    public string Comment { get; }

    public byte[] PublicBlob { get; }

    public byte[] PrivateBlob { get; }

    public static PuttyKeyFileReader Read(string text)
    {
        var lines = new Queue<string>(text.Split('\n'));
        var algorithm = Header(lines, "PuTTY-User-Key-File-3");
        Assert.Equal("none", Header(lines, "Encryption"));
        var comment = Header(lines, "Comment");
        var publicBlob = Blob(lines, "Public-Lines");
        var privateBlob = Blob(lines, "Private-Lines");
        var mac = Header(lines, "Private-MAC");
        Assert.All(lines, line => Assert.Equal(string.Empty, line));
        using var data = new MemoryStream();
        foreach (var field in new[] { Encoding.UTF8.GetBytes(algorithm), "none"u8.ToArray(), Encoding.UTF8.GetBytes(comment), publicBlob, privateBlob })
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
            data.Write(length);
            data.Write(field);
        }

        using var hmac = new HMACSHA256(Array.Empty<byte>());
        Assert.Equal(Convert.ToHexStringLower(hmac.ComputeHash(data.ToArray())), mac);
        return new PuttyKeyFileReader(algorithm, comment, publicBlob, privateBlob);
    }

    /// <summary>The SSH strings (or mpints, which share the layout) a blob holds.</summary>
    public static List<byte[]> Fields(byte[] blob)
    {
        var fields = new List<byte[]>();
        var rest = blob.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(rest);
            fields.Add(rest.Slice(4, length).ToArray());
            rest = rest[(4 + length)..];
        }

        return fields;
    }

    private static string Header(Queue<string> lines, string name)
    {
        var line = lines.Dequeue();
        Assert.StartsWith(name + ": ", line, StringComparison.Ordinal);
        return line[(name.Length + 2)..];
    }

    private static byte[] Blob(Queue<string> lines, string name)
    {
        var count = int.Parse(Header(lines, name), System.Globalization.CultureInfo.InvariantCulture);
        var base64 = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var line = lines.Dequeue();
            Assert.True(line.Length <= 64, $"{name} line {i} is {line.Length} characters");
            base64.Append(line);
        }

        return Convert.FromBase64String(base64.ToString());
    }
}
