using Ironbark.Core.Ids;
using Ironbark.Core.Text;

namespace Ironbark.Core.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData(IdPrefix.User, "AIDA")]
    [InlineData(IdPrefix.Group, "AGPA")]
    [InlineData(IdPrefix.Role, "AROA")]
    [InlineData(IdPrefix.ManagedPolicy, "ANPA")]
    [InlineData(IdPrefix.InstanceProfile, "AIPA")]
    public void Unique_ids_have_aws_prefixes_and_21_characters(IdPrefix prefix, string text)
    {
        var id = IdGenerator.UniqueId(prefix);
        Assert.Matches($"^{text}[A-Z2-7]{{17}}$", id);
    }

    [Fact]
    public void Key_ids_secrets_accounts_and_key_pair_ids_have_aws_shapes()
    {
        Assert.Matches("^AKIA[A-Z2-7]{16}$", IdGenerator.AccessKeyId(temporary: false));
        Assert.Matches("^ASIA[A-Z2-7]{16}$", IdGenerator.AccessKeyId(temporary: true));
        Assert.Matches("^[A-Za-z0-9+/]{40}$", IdGenerator.SecretAccessKey());
        Assert.Matches("^[0-9]{12}$", IdGenerator.AccountId());
        Assert.Matches("^key-[0-9a-f]{17}$", IdGenerator.KeyPairId());
        Assert.NotEqual(IdGenerator.SecretAccessKey(), IdGenerator.SecretAccessKey());
    }

    [Fact]
    public void Arns_follow_aws_formats()
    {
        Assert.Equal("arn:aws:iam::123456789012:root", Arns.Root("123456789012"));
        Assert.Equal("arn:aws:iam::123456789012:user/division/alice", Arns.User("123456789012", "/division/", "alice"));
        Assert.Equal("arn:aws:iam::123456789012:role/r", Arns.Role("123456789012", "/", "r"));
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/r/s", Arns.AssumedRole("123456789012", "r", "s"));
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:key-pair/k", Arns.KeyPair("eu-west-1", "123456789012", "k"));
    }

    [Fact]
    public void Times_are_written_in_utc_with_z()
    {
        var t = new DateTimeOffset(2026, 12, 3, 17, 4, 5, 678, TimeSpan.FromHours(2));
        Assert.Equal("2026-12-03T15:04:05Z", AwsTime.Iso(t));
        Assert.Equal("2026-12-03T15:04:05.678Z", AwsTime.IsoMillis(t));
        Assert.Equal(AwsTime.Truncate(t), AwsTime.Parse(AwsTime.Iso(t)));
    }
}
