using Ironbark.Core.Errors;

namespace Ironbark.Policy.Tests;

public sealed class PolicyParserTests
{
    private const string Allow = """{"Effect":"Allow","Action":"ec2:DescribeKeyPairs","Resource":"*"}""";

    public static TheoryData<string, PolicyKind, string> Rejections() => new()
    {
        { "not json", PolicyKind.Identity, "Syntax errors in policy." },
        { "", PolicyKind.Identity, "Syntax errors in policy." },
        { "[]", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":[""" + Allow + "]} trailing", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":[""" + Allow + ",]}", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Version":"2012-10-17","Statement":""" + Allow + "}", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"a:b","Action":"a:c","Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17"}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":[]}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":"x"}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"version":"2012-10-17","Statement":""" + Allow + "}", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"effect":"Allow","Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Permit","Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","NotAction":"iam:*","Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["ec2:*",1],"Resource":"*"}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*","Condition":{"StringEqualz":{"a:b":"c"}}}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*","Condition":{"StringEquals":{"a:b":null}}}}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"User":"x"}}}""", PolicyKind.Trust, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":"arn:aws:iam::111122223333:root"}}""", PolicyKind.Trust, "Syntax errors in policy." },
        { """{"Version":"2012-10-18","Statement":""" + Allow + "}", PolicyKind.Identity, "Policy document must be version 2012-10-17 or greater." },
        { """{"Version":"2012-10-18","Statement":[]}""", PolicyKind.Identity, "Syntax errors in policy." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"allow","Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "The policy failed legacy parsing" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"yesterday-ish"}}}}""", PolicyKind.Identity, "The policy failed legacy parsing" },
        { """{"Version":"2012-10-17","Statement":[""" + Allow + ",{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ec2:*\",\"Resource\":\"*\"}]}", PolicyKind.Identity, "Has prohibited field Principal" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotPrincipal":{"AWS":"111122223333"},"Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "Has prohibited field NotPrincipal" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole","Resource":"*"}}""", PolicyKind.Trust, "Has prohibited field Resource" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Missing required field Principal" },
        { """{"Version":"2012-10-17","Statement":[{"Sid":"One","Effect":"Allow","Action":"ec2:*","Resource":"*"},{"Sid":"One","Effect":"Deny","Action":"iam:*","Resource":"*"}]}""", PolicyKind.Identity, "Statement IDs (SID) in a single policy must be unique." },
        { """{"Version":"2012-10-17","Statement":{"Sid":"has space","Effect":"Allow","Action":"ec2:*","Resource":"*"}}""", PolicyKind.Identity, "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Resource":"*"}}""", PolicyKind.Identity, "Policy statement must contain actions." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":[],"Resource":"*"}}""", PolicyKind.Identity, "Policy statement must contain actions." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*"}}""", PolicyKind.Trust, "Policy statement must contain actions." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*"}}""", PolicyKind.Identity, "Policy statement must contain resources." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":[]}}""", PolicyKind.Identity, "Policy statement must contain resources." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"key-pair/x"}}""", PolicyKind.Identity, "Resource key-pair/x must be in ARN format or \"*\"." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"DescribeKeyPairs","Resource":"*"}}""", PolicyKind.Identity, "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ec2:Describe:KeyPairs","Resource":"*"}}""", PolicyKind.Identity, "Actions/Condition can contain only one colon." },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"e*:DescribeKeyPairs","Resource":"*"}}""", PolicyKind.Identity, "Vendor e* is not valid" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"xyz"},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"xyz\"" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"11112222333"},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"11112222333\"" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/*"},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"arn:aws:iam::111122223333:user/*\"" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:sts::111122223333:assumed-role/ops/*"]},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Invalid principal in policy: \"AWS\":\"arn:aws:sts::111122223333:assumed-role/ops/*\"" },
        { """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ec2.*.com"},"Action":"sts:AssumeRole"}}""", PolicyKind.Trust, "Invalid principal in policy: \"Service\":\"ec2.*.com\"" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Malformed_documents_are_rejected_with_AWS_messages(string json, PolicyKind kind, string message)
    {
        var error = Assert.Throws<AwsException>(() => PolicyDocument.Parse(json, kind)).Error;
        Assert.Equal("MalformedPolicyDocument", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Typographic_quotes_from_the_seed_are_named_with_their_position()
    {
        const string Seed = "{ \u201CVersion\u201D: \u201C2012-10-17\u201D, \u201CStatement\u201D: [{ \u201CEffect\u201D: \u201CAllow\u201D, \u201CPrincipal\u201D: {\u201CAWS\u201D: \u201Carn:aws:iam::001827830003:root\u201D}, \u201CAction\u201D: \u201Csts:AssumeRole\u201D }] }";
        var error = Assert.Throws<AwsException>(() => PolicyDocument.Parse(Seed, PolicyKind.Trust)).Error;
        Assert.Equal("MalformedPolicyDocument", error.Code);
        Assert.Equal("Syntax errors in policy. Unexpected character '\u201C' (U+201C) at line 1, column 3; policies need ASCII double quotes.", error.Message);
    }

    [Theory]
    [InlineData("{\n  \"Version\": \"2012-10-17\",\n  \u2018Statement\u2019: []\n}", "'\u2018' (U+2018) at line 3, column 3;")]
    [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"a\u2019b\"}}", "'\u2019' (U+2019) at line 1, column 46;")]
    [InlineData("{\r\n\"Version\": \u201D", "'\u201D' (U+201D) at line 2, column 12;")]
    public void Every_typographic_quote_is_reported_where_it_first_appears(string json, string where)
    {
        var message = Assert.Throws<AwsException>(() => PolicyDocument.Parse(json, PolicyKind.Identity)).Error.Message;
        Assert.StartsWith("Syntax errors in policy. Unexpected character ", message, StringComparison.Ordinal);
        Assert.Contains(where, message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_trust_policy_parses_once_its_quotes_are_straightened()
    {
        const string Trust = """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::001827830003:root"}, "Action": "sts:AssumeRole" }] }""";
        var policy = PolicyDocument.Parse(Trust, PolicyKind.Trust);
        Assert.Equal(PolicyKind.Trust, policy.Kind);
        Assert.Equal("2012-10-17", policy.Version);
        Assert.Equal(1, policy.StatementCount);
    }

    [Theory]
    [InlineData("""{"Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}""", "2008-10-17")]
    [InlineData("""{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"ec2:*","Resource":"*"}}""", "2008-10-17")]
    [InlineData("""{"Version":"2012-10-17","Id":"any text","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}""", "2012-10-17")]
    [InlineData("""  {"Version" : "2012-10-17" , "Statement" : {"Effect":"Deny","NotAction":["ec2:*"],"NotResource":"*"} }  """, "2012-10-17")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":10},"Bool":{"aws:SecureTransport":true}}}}""", "2012-10-17")]
    [InlineData("""{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*:Describe*","Resource":"*"}}""", "2012-10-17")]
    public void Valid_identity_documents_parse(string json, string version) =>
        Assert.Equal(version, PolicyDocument.Parse(json, PolicyKind.Identity).Version);

    [Theory]
    [InlineData("\"*\"")]
    [InlineData("""{"AWS":"*"}""")]
    [InlineData("""{"AWS":["111122223333","arn:aws:iam::111122223333:root"]}""")]
    [InlineData("""{"AWS":"arn:aws:iam::111122223333:user/dev/alice"}""")]
    [InlineData("""{"AWS":"arn:aws:iam::111122223333:role/ops"}""")]
    [InlineData("""{"AWS":"arn:aws:sts::111122223333:assumed-role/ops/session-1"}""")]
    [InlineData("""{"Service":["ec2.amazonaws.com"],"Federated":"cognito-identity.amazonaws.com"}""")]
    public void Valid_trust_principals_parse(string principal)
    {
        var json = """{"Version":"2012-10-17","Statement":{"Sid":"Trust1","Effect":"Allow","Principal":""" + principal + ""","Action":"sts:AssumeRole"}}""";
        Assert.Equal("Trust1", PolicyDocument.Parse(json, PolicyKind.Trust).GetSid(0));
    }
}
