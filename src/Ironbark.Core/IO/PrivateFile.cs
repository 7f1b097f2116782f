namespace Ironbark.Core.IO;

/// <summary>Files that hold secrets: mode 0600, flushed to disk before returning.</summary>
public static class PrivateFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates a new file; fails if one exists.</summary>
    public static void Create(string path, string contents) => Write(path, contents, FileMode.CreateNew);

    /// <summary>Creates or replaces a file; an existing file's mode is tightened to 0600 as well.</summary>
    public static void Replace(string path, string contents) => Write(path, contents, FileMode.Create);

    private static void Write(string path, string contents, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies to new files only, hence the explicit chmod below.
            options.UnixCreateMode = OwnerOnly;
        }

        using var stream = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnly);
        }

        using var writer = new StreamWriter(stream);
        writer.Write(contents);
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }
}
