using System.Globalization;
using System.Net;

namespace Ironbark.Server.Hosting;

/// <summary>`ironbark server` options: where to listen and where the data lives.</summary>
public sealed record ServerOptions(IPEndPoint Listen, string DataDirectory)
{
    public const string DefaultListen = "127.0.0.1:8773";

    public static string DefaultDataDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(root, "ironbark");
    }

    /// <summary>HOST:PORT, with [v6]:PORT for IPv6; port 0 picks a free port.</summary>
    public static IPEndPoint ParseListen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new FormatException($"--listen wants HOST:PORT, not '{text}'");
        }

        var host = text[..colon].Trim('[', ']');
        var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var parsed) ? parsed : null;
        return address is null ? throw new FormatException($"--listen wants an IP address, not '{host}'") : new IPEndPoint(address, port);
    }
}
