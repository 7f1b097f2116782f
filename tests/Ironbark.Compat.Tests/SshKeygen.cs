namespace Ironbark.Compat.Tests;

/// <summary>
/// OpenSSH's ssh-keygen, the independent judge of ed25519 fingerprints: "SHA256:&lt;base64&gt;" from the key
/// file. The private key goes to a 0600 file under the caller's private folder, never to output.
/// </summary>
internal static class SshKeygen
{
    public const string Path = "/usr/bin/ssh-keygen";

    /// <summary>EC2's form of the fingerprint ssh-keygen prints: the base64 SHA-256 with its '=' padding kept.</summary>
    public static async Task<string> Ed25519FingerprintAsync(string privateKey, string folder)
    {
        Assert.True(File.Exists(Path), "ssh-keygen is missing: install Debian's openssh-client");
        var file = System.IO.Path.Combine(folder, "ed25519-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, string.Empty);
        if (!OperatingSystem.IsWindows())
        {
            // ssh-keygen refuses private key files others can read.
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(file, privateKey);
        try
        {
            var run = await ProcessRunner.RunAsync(Path, ["-l", "-E", "sha256", "-f", file], new Dictionary<string, string>(StringComparer.Ordinal));
            Assert.True(run.ExitCode == 0, $"ssh-keygen exited {run.ExitCode}: {run.Stderr}");
            var field = run.Stdout.Split(' ')[1];
            Assert.StartsWith("SHA256:", field, StringComparison.Ordinal);
            return field["SHA256:".Length..] + "=";
        }
        finally
        {
            File.Delete(file);
        }
    }
}
