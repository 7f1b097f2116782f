using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

public sealed class DispatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ironbark-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_required_command_is_registered()
    {
        string[] expected =
        [
            "euare-accountcreate", "euare-accountlist", "euare-assumerole", "euare-getcallerid", "euare-groupadduser",
            "euare-groupcreate", "euare-groupuploadpolicy", "euare-releaserole", "euare-rolecreate", "euare-roleuploadpolicy",
            "euare-useraddkey", "euare-usercreate", "euare-userlistkeys", "euca-create-keypair", "euca-delete-keypair",
            "euca-describe-keypairs", "euca-import-keypair",
        ];

        Assert.Equal(expected, Euca2oolsDispatcher.CommandNames);
    }

    [Fact]
    public void Unknown_commands_are_not_run()
    {
        Assert.False(Euca2oolsDispatcher.TryRun("euca-frobnicate", [], ["ironbark", "euca-frobnicate"], out var exit));
        Assert.Equal(2, exit);
        Assert.False(Euca2oolsDispatcher.TryRun("/usr/local/bin/ironbark", [], ["ironbark"], out _));
    }

    [Fact]
    public void Install_links_creates_one_symlink_per_command_to_the_executable()
    {
        var target = Path.Combine(_root, "bin", "ironbark");
        var links = Path.Combine(_root, "links");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = LinkInstaller.Run([links], target, output, error);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
        foreach (var name in Euca2oolsDispatcher.CommandNames)
        {
            Assert.Equal(target, new FileInfo(Path.Combine(links, name)).LinkTarget);
        }

        Assert.Equal(Euca2oolsDispatcher.CommandNames.Count, Directory.GetFileSystemEntries(links).Length);
    }

    [Fact]
    public void Install_links_replaces_old_links_but_never_regular_files()
    {
        var links = Path.Combine(_root, "links");
        Directory.CreateDirectory(links);
        File.CreateSymbolicLink(Path.Combine(links, "euare-rolecreate"), "/old/ironbark");
        File.WriteAllText(Path.Combine(links, "euare-groupcreate"), "#!/bin/sh\necho real euca2ools\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = LinkInstaller.Run([links], "/new/ironbark", output, error);

        Assert.Equal(1, exit);
        Assert.Equal("/new/ironbark", new FileInfo(Path.Combine(links, "euare-rolecreate")).LinkTarget);
        Assert.Equal("#!/bin/sh\necho real euca2ools\n", File.ReadAllText(Path.Combine(links, "euare-groupcreate")));
        Assert.Contains("euare-groupcreate exists and is not a symlink", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Install_links_needs_a_directory_and_a_real_apphost()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, LinkInstaller.Run([], "/x/ironbark", output, error));
        Assert.Equal(1, LinkInstaller.Run([_root], "/usr/share/dotnet/dotnet", output, error));
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Shell_quoting_matches_python_pipes_quote()
    {
        Assert.Equal("plain-word_1.2/x:y@z%+=,", ShellExports.Quote("plain-word_1.2/x:y@z%+=,"));
        Assert.Equal("''", ShellExports.Quote(string.Empty));
        Assert.Equal("'two words'", ShellExports.Quote("two words"));
        Assert.Equal("'it'\"'\"'s'", ShellExports.Quote("it's"));
    }
}
