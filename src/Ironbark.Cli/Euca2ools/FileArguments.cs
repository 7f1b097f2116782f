namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// File-valued arguments (trust policies, policy documents, public keys). Failures become euca2ools' OS-error
/// form "STRERROR: FILENAME" (exit 1) instead of a .NET exception dump.
/// </summary>
internal static class FileArguments
{
    public static string ReadText(string path, CliRuntime runtime, bool dashIsStdin)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return dashIsStdin && path == "-" ? runtime.In.ReadToEnd() : Guard(path, () => File.ReadAllText(path));
    }

    public static byte[] ReadBytes(string path, CliRuntime runtime, bool dashIsStdin)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return dashIsStdin && path == "-"
            ? System.Text.Encoding.UTF8.GetBytes(runtime.In.ReadToEnd())
            : Guard(path, () => File.ReadAllBytes(path));
    }

    public static T Guard<T>(string path, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{StrError(e)}: {path}", e);
        }
    }

    public static string StrError(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "No such file or directory",
        UnauthorizedAccessException => "Permission denied",
        _ => e.Message,
    };
}
