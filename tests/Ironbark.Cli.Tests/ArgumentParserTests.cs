using Ironbark.Cli.Euca2ools;

namespace Ironbark.Cli.Tests;

public sealed class ArgumentParserTests
{
    private static ArgumentSpec Spec()
    {
        var spec = new ArgumentSpec("euare-test", "test");
        IamArguments.Group(spec, "group");
        spec.Value(["-p", "--path"], "Path", "PATH");
        spec.Value(["--policy-name"], "PolicyName", "POLICY");
        spec.Flag(["-v", "--verbose"], "verbose");
        spec.Flag(["-k", "--create-accesskey"], "key");
        var file = spec.Value(["-f", "--trust-policy"], "file", "FILE");
        var service = spec.Value(["-s", "--service"], "service", "SERVICE");
        spec.Exclusive(false, file, service);
        spec.Value(["--filter"], "filter", "NAME=VALUE", append: true);
        CommonOptions.AddServiceOptions(spec);
        return spec;
    }

    private static ParsedArguments Parse(params string[] argv) => ArgumentParser.Parse(Spec(), argv);

    private static string Error(params string[] argv) => Assert.Throws<UsageError>(() => Parse(argv)).Message;

    [Fact]
    public void Options_and_positionals_interleave()
    {
        var args = Parse("-p", "/ops/", "devs", "--region", "admin@future");

        Assert.Equal("devs", args.Get("GroupName"));
        Assert.Equal("/ops/", args.Get("Path"));
        Assert.Equal("admin@future", args.Get(CommonOptions.Region));
    }

    [Fact]
    public void Hidden_legacy_flag_takes_no_value_so_the_next_word_is_the_positional()
    {
        var args = Parse("-g", "Key-Managers");

        Assert.Equal("Key-Managers", args.Get("GroupName"));
    }

    [Fact]
    public void Attached_values_equals_form_and_clustered_flags()
    {
        var args = Parse("-p/x/", "--region=u@r", "-vk", "g");

        Assert.Equal("/x/", args.Get("Path"));
        Assert.Equal("u@r", args.Get(CommonOptions.Region));
        Assert.True(args.Has("verbose"));
        Assert.True(args.Has("key"));
    }

    [Fact]
    public void Unique_long_prefixes_are_accepted_and_ambiguous_ones_rejected()
    {
        Assert.Equal("p", Parse("--policy-n", "p", "g").Get("PolicyName"));
        Assert.Equal("ambiguous option: --p could match --path, --policy-name", Error("--p", "x", "g"));
    }

    [Fact]
    public void Append_options_collect_every_value()
    {
        Assert.Equal(["a=1", "b=2"], Parse("g", "--filter", "a=1", "--filter=b=2").GetAll("filter"));
    }

    [Fact]
    public void En_dash_prefix_from_copied_documentation_reads_as_double_dash()
    {
        Assert.Equal("devops-admin@future", Parse("g", "\u2013region", "devops-admin@future").Get(CommonOptions.Region));
    }

    [Fact]
    public void Argparse_error_messages()
    {
        Assert.Equal("too few arguments", Error());
        Assert.Equal("unrecognized arguments: extra --bogus", Error("g", "extra", "--bogus"));
        Assert.Equal("argument -p/--path: expected one argument", Error("g", "-p"));
        Assert.Equal("argument -p/--path: expected one argument", Error("g", "-p", "-v"));
        Assert.Equal("argument -s/--service: not allowed with argument -f/--trust-policy", Error("g", "-f", "x", "-s", "y"));
    }

    [Fact]
    public void Required_options_and_groups_are_enforced()
    {
        var spec = new ArgumentSpec("p", "d");
        spec.Value(["-p", "--policy-name"], "PolicyName", "POLICY", required: true);
        var a = spec.Value(["-o", "--policy-content"], "o", "TEXT");
        var b = spec.Value(["-f", "--policy-document"], "f", "FILE");
        spec.Exclusive(true, a, b);

        Assert.Equal("argument -p/--policy-name is required",
            Assert.Throws<UsageError>(() => ArgumentParser.Parse(spec, ["-o", "{}"])).Message);
        Assert.Equal("one of the arguments -o/--policy-content -f/--policy-document is required",
            Assert.Throws<UsageError>(() => ArgumentParser.Parse(spec, ["-p", "x"])).Message);
    }

    [Fact]
    public void Help_and_version_stop_parsing_before_validation()
    {
        Assert.Equal(CommonOptions.Help, Parse("-h").EarlyExit);
        Assert.Equal(CommonOptions.Version, Parse("--version", "--bogus").EarlyExit);
    }

    [Fact]
    public void Usage_hides_legacy_flags_and_shows_groups()
    {
        var usage = Spec().Usage();

        Assert.StartsWith("usage: euare-test [-p PATH] [--policy-name POLICY] [-v] [-k] [-f FILE | -s SERVICE] [--filter NAME=VALUE]", usage, StringComparison.Ordinal);
        Assert.EndsWith(" GROUP", usage, StringComparison.Ordinal);
        Assert.DoesNotContain("-g", usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_dash_ends_options()
    {
        Assert.Equal("-weird", Parse("--", "-weird").Get("GroupName"));
    }
}
