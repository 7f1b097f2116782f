using Ironbark.Policy.Conditions;

namespace Ironbark.Policy.Tests;

public sealed class ConditionOperatorTests
{
    [Theory]
    [InlineData("StringEquals", "String", false, false, "None")]
    [InlineData("StringNotLikeIfExists", "StringLike", true, true, "None")]
    [InlineData("ForAnyValue:StringEqualsIgnoreCase", "StringIgnoreCase", false, false, "ForAnyValue")]
    [InlineData("ForAllValues:ArnNotLikeIfExists", "Arn", true, true, "ForAllValues")]
    [InlineData("NotIpAddress", "IpAddress", true, false, "None")]
    [InlineData("DateGreaterThanEquals", "Date", false, false, "None")]
    [InlineData("Null", "Null", false, false, "None")]
    public void Operator_names_parse_into_their_parts(string name, string family, bool negated, bool ifExists, string set)
    {
        var op = ConditionOperator.TryParse(name);
        Assert.NotNull(op);
        Assert.Equal((Enum.Parse<ConditionFamily>(family), negated, ifExists, Enum.Parse<SetModifier>(set)), (op.Family, op.Negated, op.IfExists, op.Set));
    }

    [Theory]
    [InlineData("stringequals")]
    [InlineData("StringEqual")]
    [InlineData("ForSomeValues:StringEquals")]
    [InlineData("IfExists")]
    [InlineData("StringEqualsIfExistsIfExists")]
    public void Unknown_operator_names_do_not_parse(string name) => Assert.Null(ConditionOperator.TryParse(name));

    [Theory]
    [InlineData("10.0.0.0/8", "10.255.1.2", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("203.0.113.7", "203.0.113.7", true)]
    [InlineData("203.0.113.7/32", "203.0.113.8", false)]
    [InlineData("0.0.0.0/0", "198.51.100.1", true)]
    [InlineData("0.0.0.0/0", "2001:db8::1", false)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    [InlineData("::/0", "2001:db9::1", true)]
    [InlineData("10.0.0.0/8", "not-an-ip", false)]
    public void Cidr_membership(string cidr, string address, bool expected)
    {
        Assert.True(IpNetwork.TryParse(cidr, out var network));
        var parsed = IpNetwork.TryToNumber(address, out var number, out var isV4);
        Assert.Equal(expected, parsed && network.Contains(number, isV4));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("2001:db8::/129")]
    [InlineData("10.0.0/8")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("")]
    public void Bad_cidrs_are_refused(string cidr) => Assert.False(IpNetwork.TryParse(cidr, out _));

    [Theory]
    [InlineData("2020-09-13T12:26:40Z", 1600000000)]
    [InlineData("1600000000", 1600000000)]
    [InlineData("2020-09-13T14:26:40+02:00", 1600000000)]
    [InlineData("2020-09-13", 1599955200)]
    [InlineData("2020-09-13T12:26", 1599999960)]
    [InlineData("2020-09-13T12:26:40.5Z", 1600000000)]
    [InlineData("2020-09-13T07:26:40-05:00", 1600000000)]
    [InlineData("2020-09-13 12:26:40Z", 1600000000)]
    public void Dates_read_iso_8601_and_epoch_seconds(string text, long epoch)
    {
        Assert.True(PolicyDate.TryParse(text, out var value));
        Assert.Equal(epoch, value.ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2020-02-30T00:00:00Z")]
    [InlineData("2020-09-13T24:00:00Z")]
    [InlineData("2020-09-13T12:26:40.Z")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public void Bad_dates_are_refused(string text) => Assert.False(PolicyDate.TryParse(text, out _));

    // The truth table of aws-semantics §1.5, clause by clause.
    [Theory]
    [InlineData("StringEquals", "v", null, "False")]
    [InlineData("StringNotEquals", "v", null, "True")]
    [InlineData("StringEqualsIfExists", "v", null, "True")]
    [InlineData("StringNotEqualsIfExists", "v", null, "True")]
    [InlineData("StringNotEqualsIfExists", "v", "v", "False")]
    [InlineData("Null", "true", null, "True")]
    [InlineData("Null", "false", null, "False")]
    [InlineData("Null", "false", "x", "True")]
    [InlineData("Null", "maybe", null, "Unevaluable")]
    [InlineData("NullIfExists", "true", null, "Unevaluable")]
    [InlineData("ForAllValues:StringEquals", "v", null, "True")]
    [InlineData("ForAnyValue:StringEquals", "v", null, "False")]
    [InlineData("ForAnyValue:StringNotEquals", "v", null, "False")]
    [InlineData("StringNotLike", "a*", null, "True")]
    [InlineData("ArnNotLike", "arn:aws:iam::*:role/*", null, "True")]
    [InlineData("NumericEquals", "x", "1", "Unevaluable")]
    [InlineData("NumericGreaterThanEquals", "1.5", "1.50", "True")]
    [InlineData("NumericGreaterThan", "1.5", "1.50", "False")]
    [InlineData("NumericNotEquals", "1", "2", "True")]
    [InlineData("DateNotEquals", "2020-01-01T00:00:00Z", "1577836800", "False")]
    [InlineData("DateLessThanEquals", "2020-01-01T00:00:00Z", "1577836800", "True")]
    [InlineData("Bool", "true", "TRUE", "True")]
    [InlineData("Bool", "yes", "true", "Unevaluable")]
    [InlineData("BinaryEquals", "QQ==", "QQ==", "Unevaluable")]
    [InlineData("IpAddress", "10.0.0.0/8", "10.0.0.1", "True")]
    [InlineData("NotIpAddress", "10.0.0.0/8", "10.0.0.1", "False")]
    [InlineData("NotIpAddressIfExists", "10.0.0.0/8", null, "True")]
    public void Clauses_follow_the_missing_key_and_negation_rules(string op, string policyValue, string? contextValue, string expected)
    {
        var json = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"OP":{"test:key":"VALUE"}}}}"""
            .Replace("OP", op, StringComparison.Ordinal)
            .Replace("VALUE", policyValue, StringComparison.Ordinal);
        var statement = PolicyDocument.Parse(json, PolicyKind.Identity).Statements[0];
        var keys = new Dictionary<string, IReadOnlyList<string>>();
        if (contextValue is not null)
        {
            keys["TEST:KEY"] = [contextValue];
        }

        var context = new RequestContext("ec2:DescribeKeyPairs", "*", PrincipalInfo.ForUser("111122223333", "arn:aws:iam::111122223333:user/alice"), keys);
        var clause = Assert.Single(statement.Conditions);
        Assert.Equal(Enum.Parse<ConditionOutcome>(expected), clause.Evaluate(context));
    }

    [Theory]
    [InlineData("ForAllValues:StringLike", "team-*", new[] { "team-a", "team-b" }, "True")]
    [InlineData("ForAllValues:StringLike", "team-*", new[] { "team-a", "cost" }, "False")]
    [InlineData("ForAnyValue:StringLike", "team-*", new[] { "cost", "team-b" }, "True")]
    [InlineData("ForAllValues:StringNotEquals", "cost", new[] { "team-a", "team-b" }, "True")]
    [InlineData("ForAllValues:StringNotEquals", "cost", new[] { "team-a", "cost" }, "False")]
    [InlineData("StringEquals", "cost", new[] { "team-a", "cost" }, "True")]
    [InlineData("StringNotEquals", "cost", new[] { "team-a", "cost" }, "False")]
    public void Set_operators_quantify_over_context_values(string op, string policyValue, string[] contextValues, string expected)
    {
        var json = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"OP":{"aws:TagKeys":"VALUE"}}}}"""
            .Replace("OP", op, StringComparison.Ordinal)
            .Replace("VALUE", policyValue, StringComparison.Ordinal);
        var statement = PolicyDocument.Parse(json, PolicyKind.Identity).Statements[0];
        var context = new RequestContext("ec2:CreateTags", "*", PrincipalInfo.ForUser("111122223333", "arn:aws:iam::111122223333:user/alice"), new Dictionary<string, IReadOnlyList<string>> { ["aws:TagKeys"] = contextValues });
        Assert.Equal(Enum.Parse<ConditionOutcome>(expected), Assert.Single(statement.Conditions).Evaluate(context));
    }
}
