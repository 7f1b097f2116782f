using System.Text.RegularExpressions;
using Ironbark.Policy.Matching;

namespace Ironbark.Policy.Tests;

public sealed class GlobPatternTests
{
    private static readonly RequestContext Alice = new(
        "iam:GetUser",
        "*",
        PrincipalInfo.ForUser("111122223333", "arn:aws:iam::111122223333:user/alice"),
        new Dictionary<string, IReadOnlyList<string>> { ["aws:username"] = ["alice"], ["aws:TagKeys"] = ["a", "b"] });

    [Theory]
    [InlineData("*", "", true)]
    [InlineData("*", "anything/at:all", true)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "ac", false)]
    [InlineData("a*c", "ac", true)]
    [InlineData("a*c", "abbbc", true)]
    [InlineData("a*c", "abbbcd", false)]
    [InlineData("*a*b*", "xxaxxbxx", true)]
    [InlineData("*a*b*", "xxbxxaxx", false)]
    [InlineData("a**b", "ab", true)]
    [InlineData("*?", "", false)]
    [InlineData("*?", "x", true)]
    [InlineData("aa*aa", "aaa", false)]
    [InlineData("aa*aa", "aaaa", true)]
    public void Wildcards_match_as_globs(string pattern, string text, bool expected) =>
        Assert.Equal(expected, GlobPattern.Compile(pattern, wildcards: true, variables: false, ignoreCase: false).IsMatch(text, null));

    [Fact]
    public void Case_sensitivity_is_the_callers_choice()
    {
        Assert.False(GlobPattern.Compile("Describe*", wildcards: true, variables: false, ignoreCase: false).IsMatch("describeKeyPairs", null));
        Assert.True(GlobPattern.Compile("Describe*", wildcards: true, variables: false, ignoreCase: true).IsMatch("describeKeyPairs", null));
        Assert.True(GlobPattern.Compile("KEYPAIR", wildcards: false, variables: false, ignoreCase: true).IsMatch("keypair", null));
    }

    [Fact]
    public void Without_wildcards_star_and_question_mark_are_text()
    {
        var pattern = GlobPattern.Compile("a*?", wildcards: false, variables: false, ignoreCase: false);
        Assert.True(pattern.IsMatch("a*?", null));
        Assert.False(pattern.IsMatch("abc", null));
    }

    [Theory]
    [InlineData("user/${aws:username}", "user/alice", true)]
    [InlineData("user/${aws:username}", "user/bob", false)]
    [InlineData("user/${ aws:UserName }", "user/alice", true)]
    [InlineData("user/${aws:userid}", "user/", false)]
    [InlineData("user/${aws:userid, 'nobody'}", "user/nobody", true)]
    [InlineData("user/${aws:TagKeys}", "user/a", false)]
    [InlineData("${*}${?}${$}", "*?$", true)]
    [InlineData("${*}", "x", false)]
    [InlineData("${unterminated", "${unterminated", true)]
    [InlineData("*/${aws:username}/*", "home/alice/docs", true)]
    public void Variables_resolve_from_the_request(string pattern, string text, bool expected) =>
        Assert.Equal(expected, GlobPattern.Compile(pattern, wildcards: true, variables: true, ignoreCase: false).IsMatch(text, Alice));

    [Fact]
    public void Without_variables_a_dollar_brace_is_text()
    {
        var pattern = GlobPattern.Compile("user/${aws:username}", wildcards: true, variables: false, ignoreCase: false);
        Assert.True(pattern.IsMatch("user/${aws:username}", Alice));
        Assert.False(pattern.IsMatch("user/alice", Alice));
    }

    [Fact]
    public void Agrees_with_a_regex_reference_on_random_inputs()
    {
        var random = new Random(20240611);
        const string Alphabet = "ab*?";
        for (var round = 0; round < 5000; round++)
        {
            var pattern = RandomString(random, Alphabet, 8);
            var text = RandomString(random, "ab", 10);
            var reference = Regex.IsMatch(text, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline);
            Assert.True(
                reference == GlobPattern.Compile(pattern, wildcards: true, variables: false, ignoreCase: false).IsMatch(text, null),
                $"pattern '{pattern}' text '{text}' expected {reference}");
        }
    }

    [Theory]
    [InlineData("arn:aws:iam::111122223333:role/*", "arn:aws:iam::111122223333:role/ops", true)]
    [InlineData("arn:aws:iam::*:role/ops", "arn:aws:iam::111122223333:role/ops", true)]
    [InlineData("arn:aws:iam::*", "arn:aws:iam::111122223333:role/ops", false)]
    [InlineData("arn:aws:*:*:*:*", "arn:aws:iam::111122223333:role/ops", true)]
    [InlineData("arn:aws:iam::111122223333:role/ops", "arn:aws:iam::111122223333:role/Ops", false)]
    [InlineData("arn:aws:sqs:*:*:queue:*", "arn:aws:sqs:us-east-1:111122223333:queue:q", true)]
    [InlineData("*", "arn:aws:iam::111122223333:role/ops", true)]
    [InlineData("arn:aws:iam::111122223333:role/ops", "not-an-arn", false)]
    public void Arn_patterns_glob_each_part_separately(string pattern, string arn, bool expected) =>
        Assert.Equal(expected, ArnPattern.Compile(pattern, variables: true).IsMatch(arn, Alice));

    private static string RandomString(Random random, string alphabet, int maxLength)
    {
        var chars = new char[random.Next(maxLength + 1)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
