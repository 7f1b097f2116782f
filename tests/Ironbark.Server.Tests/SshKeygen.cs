using System.Diagnostics;

namespace Ironbark.Server.Tests;

/// <summary>
/// OpenSSH's ssh-keygen (Debian's openssh-client), the independent judge of ed25519 material: the
/// private key is written to a 0600 temporary file, never to output or assertion messages.
/// </summary>
public static class SshKeygen
{
    /// <summary>ssh-keygen's output for these arguments, with the private key file's path appended.</summary>
    public static string Run(string privateKey, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), "ironbark-key-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, string.Empty);
        if (!OperatingSystem.IsWindows())
        {
            // ssh-keygen refuses private key files others can read.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.WriteAllText(path, privateKey);
            var start = new ProcessStartInfo("ssh-keygen") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"ssh-keygen {string.Join(' ', arguments)} exited {process.ExitCode}");
            return output.Trim();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
