using System.Diagnostics;

namespace Ironbark.Cli.Tests;

/// <summary>
/// Runs the real apphost (copied next to the tests) to prove argv[0] dispatch survives .NET's symlink
/// resolution: only /proc/self/cmdline still knows the link name. No network is involved.
/// </summary>
public sealed class ProcessDispatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ironbark-proc-").FullName;
    private static readonly string AppHost = Path.Combine(AppContext.BaseDirectory, "ironbark");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SHELL"] = "/bin/sh";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void A_symlink_named_after_a_command_runs_that_command()
    {
        var link = Path.Combine(_root, "euare-releaserole");
        File.CreateSymbolicLink(link, AppHost);

        var (exit, stdout, _) = Run(link, "-c");

        Assert.Equal(0, exit);
        Assert.StartsWith("unsetenv AWS_ACCESS_KEY_ID;\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith($"#     eval `{link} -c`\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_name_can_also_be_the_first_argument()
    {
        var (exit, stdout, _) = Run(AppHost, "euare-releaserole");

        Assert.Equal(0, exit);
        Assert.StartsWith("unset AWS_ACCESS_KEY_ID;\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith($"#     eval `{AppHost} euare-releaserole`\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_commands_print_usage_and_exit_2()
    {
        var (exit, stdout, stderr) = Run(AppHost, "euca-frobnicate");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("euare-assumerole", stderr, StringComparison.Ordinal);
        Assert.Contains("ironbark: error: unknown command 'euca-frobnicate'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_links_points_links_at_the_running_apphost_and_they_work()
    {
        var links = Path.Combine(_root, "bin");

        var (exit, _, stderr) = Run(AppHost, "install-links", links);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(Path.GetFullPath(AppHost), new FileInfo(Path.Combine(links, "euca-describe-keypairs")).LinkTarget);
        var version = Run(Path.Combine(links, "euca-describe-keypairs"), "--version");
        Assert.Equal(0, version.Exit);
        Assert.StartsWith("euca2ools 3.4.1 (Newton)", version.Stderr, StringComparison.Ordinal);
    }
}
