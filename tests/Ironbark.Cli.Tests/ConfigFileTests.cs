using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

public sealed class ConfigFileTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private CliRuntime Runtime() => _cli.Runtime([], TextWriter.Null, TextWriter.Null);

    [Fact]
    public void Default_list_reads_home_euca_ini_files_sorted_after_the_etc_files()
    {
        _cli.Environment.Remove("EUCA_CONFIG_PATH");
        _cli.WriteConfig("b.ini", "[global]\n");
        _cli.WriteConfig("a.ini", "[global]\n");
        _cli.WriteConfig("notes.txt", "[global]\n");

        var files = ConfigLoader.ListFiles(Runtime());

        var home = files.Where(f => f.StartsWith(_cli.Home, StringComparison.Ordinal)).ToList();
        Assert.Equal([Path.Combine(_cli.Home, ".euca", "a.ini"), Path.Combine(_cli.Home, ".euca", "b.ini")], home);
        Assert.All(files.TakeWhile(f => !f.StartsWith(_cli.Home, StringComparison.Ordinal)),
            f => Assert.StartsWith("/etc/euca2ools/", f, StringComparison.Ordinal));
    }

    [Fact]
    public void EUCA_CONFIG_PATH_replaces_the_list_and_expands_variables_and_tilde()
    {
        var dir = Path.Combine(_cli.Root, "conf");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "z.ini"), "[global]\n");
        File.WriteAllText(Path.Combine(dir, "m.ini"), "[global]\n");
        _cli.WriteConfig("home.ini", "[global]\n");
        _cli.WriteConfig("ignored.ini", "[global]\n");
        _cli.Environment["CONFDIR"] = dir;
        _cli.Environment["EUCA_CONFIG_PATH"] = "~/.euca/home.ini:${CONFDIR}/*.ini:$CONFDIR/missing.ini";

        var files = ConfigLoader.ListFiles(Runtime());

        Assert.Equal(
            [Path.Combine(_cli.Home, ".euca", "home.ini"), Path.Combine(dir, "m.ini"), Path.Combine(dir, "z.ini")],
            files);
    }

    [Fact]
    public void Later_files_win_and_sections_merge()
    {
        _cli.WriteConfig("10-first.ini", "[region r]\niam-url = http://first/\nsts-url = http://sts-first/\n");
        _cli.WriteConfig("20-second.ini", "[region r]\niam-url = http://second/\n");

        var config = ConfigLoader.Load(Runtime());

        Assert.Equal("http://second/", config.GetRegionOption("r", "iam-url")?.Value);
        Assert.Equal("http://sts-first/", config.GetRegionOption("r", "sts-url")?.Value);
    }

    [Fact]
    public void ConfigParser_syntax_case_insensitive_names_colon_separator_comments_and_continuations()
    {
        var doc = new IniDocument();
        doc.Read("""
            # a comment
            ; another comment
            [region r]
            IAM-URL: http://h:8773/services/Euare/
            Sts-Url = http://h/sts ; inline comment
            ec2-url = http://h/ec2;not-a-comment
            multi = first
              second
            empty = ""
            """, "test.ini");
        var config = new EucaConfig(doc);

        Assert.Equal("http://h:8773/services/Euare/", config.GetRegionOption("r", "iam-url")?.Value);
        Assert.Equal("http://h/sts", config.GetRegionOption("r", "STS-URL")?.Value);
        Assert.Equal("http://h/ec2;not-a-comment", config.GetRegionOption("r", "ec2-url")?.Value);
        Assert.Equal("first\nsecond", config.GetRegionOption("r", "multi")?.Value);
        Assert.Equal(string.Empty, config.GetRegionOption("r", "empty")?.Value);
    }

    [Fact]
    public void Interpolation_supports_percent_escapes_and_references_and_rejects_bare_percent()
    {
        var doc = new IniDocument();
        doc.Read("[user u]\nhost = example.com\nkey-id = 100%%\nsecret-key = %(host)s/x\nbad = 50%\n", "t.ini");
        var config = new EucaConfig(doc);

        Assert.Equal("100%", config.GetUserOption("u", "key-id")?.Value);
        Assert.Equal("example.com/x", config.GetUserOption("u", "secret-key")?.Value);
        var error = Assert.Throws<CliError>(() => config.GetUserOption("u", "bad"));
        Assert.DoesNotContain("50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_before_any_section_are_an_error()
    {
        var doc = new IniDocument();
        Assert.Throws<CliError>(() => doc.Read("key = value\n", "t.ini"));
    }

    [Fact]
    public void Regions_get_an_implicit_name_and_unknown_sections_are_ignored()
    {
        var doc = new IniDocument();
        doc.Read("[region aws:us-east-1]\nec2-url = http://x/\n[frobnicate x]\na = b\n[region named]\nname = other\n", "t.ini");
        var config = new EucaConfig(doc);

        Assert.Equal("us-east-1", config.GetRegionOption("aws:us-east-1", "name")?.Value);
        Assert.Equal("other", config.GetRegionOption("named", "name")?.Value);
        Assert.Equal(["aws:us-east-1", "named"], config.RegionNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[region a@b]\n", "@")]
    [InlineData("[user a::b]\n", "empty namespace")]
    [InlineData("[region :a]\n", "empty namespace")]
    public void Section_names_with_at_signs_or_empty_namespaces_are_rejected(string text, string expected)
    {
        var doc = new IniDocument();
        doc.Read(text, "t.ini");
        var error = Assert.Throws<CliError>(() => new EucaConfig(doc));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static EucaConfig Parse(string text)
    {
        var doc = new IniDocument();
        doc.Read(text, "t.ini");
        return new EucaConfig(doc);
    }

    [Fact]
    public void Wildcard_lookup_goes_from_most_to_least_specific()
    {
        var config = Parse("""
            [region a:b]
            one = a:b
            [region a:*]
            one = a:*
            two = a:*
            [region *:b]
            two = *:b
            three = *:b
            [region *:*]
            four = *:*
            """);

        Assert.Equal(new ConfigValue("a:b", "a:b"), config.GetRegionOption("a:b", "one"));
        Assert.Equal(new ConfigValue("a:*", "a:*"), config.GetRegionOption("a:b", "two"));
        Assert.Equal(new ConfigValue("*:b", "*:b"), config.GetRegionOption("a:b", "three"));
        Assert.Equal(new ConfigValue("*:*", "*:*"), config.GetRegionOption("a:b", "four"));
        Assert.Null(config.GetRegionOption("a:b", "five"));
    }

    [Fact]
    public void Suffix_match_finds_a_unique_namespaced_section_and_its_wildcards()
    {
        var config = Parse("""
            [region aws:us-east-1]
            iam-url = https://iam.amazonaws.com/
            ec2-url = https://ec2.us-east-1.amazonaws.com/
            [region aws:us-west-2]
            ec2-url = https://ec2.us-west-2.amazonaws.com/
            [region aws:*]
            iam-url = use aws:us-east-1
            """);

        Assert.Equal("https://ec2.us-west-2.amazonaws.com/", config.GetRegionOption("us-west-2", "ec2-url")?.Value);
        var iam = config.GetRegionOption("us-west-2", "iam-url");
        Assert.Equal(new ConfigValue("https://iam.amazonaws.com/", "aws:us-east-1"), iam);
        Assert.Equal("us-west-2", config.GetRegionOption("us-west-2", "name")?.Value);
    }

    [Fact]
    public void Suffix_match_must_be_unique_among_the_shortest_candidates()
    {
        var config = Parse("[region a:east]\nx = 1\n[region b:east]\nx = 2\n[region c:d:west]\nx = 3\n[region e:west]\nx = 4\n");

        var error = Assert.Throws<CliError>(() => config.GetRegionOption("east", "x"));
        Assert.Contains("'east' is ambiguous; closest matches are a:east, b:east", error.Message, StringComparison.Ordinal);
        Assert.Equal("4", config.GetRegionOption("west", "x")?.Value);
    }

    [Fact]
    public void The_star_section_is_the_last_resort()
    {
        var config = Parse("[user *]\naccount-id = 123456789012\n[user alice]\nkey-id = AKIA\n");

        Assert.Equal("123456789012", config.GetUserOption("alice", "account-id")?.Value);
        Assert.Equal("AKIA", config.GetUserOption("alice", "key-id")?.Value);
    }

    [Fact]
    public void Use_redirects_to_another_section_and_optionally_another_option()
    {
        var config = Parse("""
            [user shared]
            key-id = AKIASHARED
            secret = s3cr3t
            [user alice]
            key-id = use shared
            secret-key = use shared secret
            """);

        Assert.Equal(new ConfigValue("AKIASHARED", "shared"), config.GetUserOption("alice", "key-id"));
        Assert.Equal("s3cr3t", config.GetUserOption("alice", "secret-key")?.Value);
    }

    [Fact]
    public void Use_loops_are_detected()
    {
        var config = Parse("[region a]\niam-url = use b\n[region b]\niam-url = use a\n");

        var error = Assert.Throws<CliError>(() => config.GetRegionOption("a", "iam-url"));
        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
    }
}
