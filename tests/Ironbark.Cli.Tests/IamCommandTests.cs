using System.Net;

namespace Ironbark.Cli.Tests;

public sealed class IamCommandTests : IDisposable
{
    private readonly CliHarness _cli = new CliHarness().WithFutureRegion();

    public void Dispose() => _cli.Dispose();

    private const string IamUrl = "http://127.0.0.1:8773/services/Euare/";

    private static Dictionary<string, string> Expect(params string[] pairs)
    {
        var result = new Dictionary<string, string>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            result[pairs[i]] = pairs[i + 1];
        }

        return result;
    }

    [Fact]
    public void Accountcreate_prints_name_tab_id()
    {
        _cli.Http.Respond(AwsResponses.Iam("CreateAccount", "<Account><AccountName>devops</AccountName><AccountId>000123456789</AccountId></Account>"));

        var result = _cli.Run("euare-accountcreate", "devops", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("devops\t000123456789\n", result.Stdout);
        Assert.Equal(Expect("AccountName", "devops", "Action", "CreateAccount", "Version", "2010-05-08"), _cli.Http.Requests[0].Params());
        Assert.Equal(IamUrl, _cli.Http.Requests[0].Url.ToString());
    }

    [Fact]
    public void Accountcreate_k_creates_an_admin_key_in_the_new_account()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("CreateAccount", "<Account><AccountName>devops</AccountName><AccountId>000123456789</AccountId></Account>"))
            .Respond(AwsResponses.CreateAccessKey("admin", "AKIANEWADMIN", "new-admin-secret"));

        var result = _cli.Run("euare-accountcreate", "-k", "devops");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("devops\t000123456789\nAKIANEWADMIN\nnew-admin-secret\n", result.Stdout);
        Assert.Equal(
            Expect("UserName", "admin", "DelegateAccount", "000123456789", "Action", "CreateAccessKey", "Version", "2010-05-08"),
            _cli.Http.Requests[1].Params());
    }

    [Fact]
    public void Accountcreate_w_writes_an_ini_file_with_domain_derived_urls()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("CreateAccount", "<Account><AccountName>devops</AccountName><AccountId>000123456789</AccountId></Account>"))
            .Respond(AwsResponses.CreateAccessKey("admin", "AKIANEWADMIN", "new-admin-secret"));

        var result = _cli.Run("euare-accountcreate", "devops", "-w", "-U", "https://iam.cloud.example.com:8773/services/Euare/", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            [region future]
            autoscaling-url = https://autoscaling.cloud.example.com:8773/
            bootstrap-url = https://bootstrap.cloud.example.com:8773/
            cloudformation-url = https://cloudformation.cloud.example.com:8773/
            ec2-url = https://ec2.cloud.example.com:8773/
            elasticloadbalancing-url = https://elasticloadbalancing.cloud.example.com:8773/
            iam-url = https://iam.cloud.example.com:8773/
            monitoring-url = https://monitoring.cloud.example.com:8773/
            properties-url = https://properties.cloud.example.com:8773/
            reporting-url = https://reporting.cloud.example.com:8773/
            s3-url = https://s3.cloud.example.com:8773/
            sts-url = https://sts.cloud.example.com:8773/

            [user 000123456789:admin]
            key-id = AKIANEWADMIN
            secret-key = new-admin-secret
            account-id = 000123456789


            """,
            result.Stdout);
        Assert.Equal(2, _cli.Http.Requests.Count);
    }

    [Fact]
    public void Write_config_against_an_ip_url_warns_and_prints_only_the_user_section()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("CreateUser", "<User><UserName>bob</UserName><Arn>arn:aws:iam::001827830003:user/bob</Arn><UserId>AIDABOB</UserId></User>"))
            .Respond(AwsResponses.CreateAccessKey("bob", "AKIABOB", "bob-secret"))
            .Respond(AwsResponses.Iam("GetUser", "<User><UserName>bob</UserName><Arn>arn:aws:iam::001827830003:user/bob</Arn></User>"));

        var result = _cli.Run("euare-usercreate", "bob", "-w", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[user 001827830003:bob]\nkey-id = AKIABOB\nsecret-key = bob-secret\naccount-id = 001827830003\n\n", result.Stdout);
        Assert.Contains("warning: IAM URL http://127.0.0.1:8773/services/Euare/ refers to a specific IP", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(Expect("UserName", "bob", "Action", "GetUser", "Version", "2010-05-08"), _cli.Http.Requests[2].Params());
    }

    [Fact]
    public void Write_config_survives_a_403_on_GetUser_by_dropping_the_account_prefix()
    {
        _cli.Http
            .Respond(AwsResponses.CreateAccessKey("bob", "AKIABOB", "bob-secret"))
            .Respond(AwsResponses.IamError("AccessDenied", "not allowed"), HttpStatusCode.Forbidden);

        var result = _cli.Run("euare-useraddkey", "bob", "-w", "-d", "cloud.example.com", "-l");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: unable to retrieve account ID (not allowed)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("user = bob\n\n[user bob]\nkey-id = AKIABOB\nsecret-key = bob-secret\n\n", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("[region future]\nautoscaling-url = http://autoscaling.cloud.example.com/\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Accountlist_follows_markers_across_pages()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("ListAccounts",
                "<Accounts><member><AccountName>eucalyptus</AccountName><AccountId>000000000001</AccountId></member></Accounts>" +
                "<IsTruncated>true</IsTruncated><Marker>page2</Marker>"))
            .Respond(AwsResponses.Iam("ListAccounts",
                "<Accounts><member><AccountName>devops</AccountName><AccountId>001827830003</AccountId></member>" +
                "<member><AccountName></AccountName><AccountId>000000000003</AccountId></member></Accounts><IsTruncated>false</IsTruncated>"));

        var result = _cli.Run("euare-accountlist", "--show-empty-fields");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("eucalyptus\t000000000001\ndevops\t001827830003\n(nil)\t000000000003\n", result.Stdout);
        Assert.Null(_cli.Http.Requests[0].Param("Marker"));
        Assert.Equal("page2", _cli.Http.Requests[1].Param("Marker"));
    }

    [Fact]
    public void Usercreate_with_group_key_and_verbose_sends_three_calls_and_prints_in_order()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("CreateUser", "<User><Path>/ops/</Path><UserName>bob</UserName><UserId>AIDABOB</UserId><Arn>arn:aws:iam::001827830003:user/ops/bob</Arn></User>"))
            .Respond(AwsResponses.IamEmpty("AddUserToGroup"))
            .Respond(AwsResponses.CreateAccessKey("bob", "AKIABOB", "bob-secret"));

        var result = _cli.Run("euare-usercreate", "-u", "bob", "-p", "/ops/", "-g", "devs", "-k", "-v", "--as-account", "devops");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("arn:aws:iam::001827830003:user/ops/bob\nAIDABOB\nAKIABOB\nbob-secret\n", result.Stdout);
        Assert.Equal(Expect("UserName", "bob", "Path", "/ops/", "DelegateAccount", "devops", "Action", "CreateUser", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
        Assert.Equal(Expect("GroupName", "devs", "UserName", "bob", "DelegateAccount", "devops", "Action", "AddUserToGroup", "Version", "2010-05-08"),
            _cli.Http.Requests[1].Params());
        Assert.Equal(Expect("UserName", "bob", "DelegateAccount", "devops", "Action", "CreateAccessKey", "Version", "2010-05-08"),
            _cli.Http.Requests[2].Params());
    }

    [Fact]
    public void Usercreate_verify_checks_the_group_first()
    {
        _cli.Http.Respond(AwsResponses.IamError("NoSuchEntity", "The group with name devs cannot be found."), HttpStatusCode.NotFound);

        var result = _cli.Run("euare-usercreate", "bob", "-g", "devs", "--verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euare-usercreate: error (NoSuchEntity): The group with name devs cannot be found.\n", result.Stderr);
        Assert.Equal("GetGroup", Assert.Single(_cli.Http.Requests).Param("Action"));
    }

    [Fact]
    public void Useraddkey_prints_key_id_then_secret()
    {
        _cli.Http.Respond(AwsResponses.CreateAccessKey("bob", "AKIABOB", "bob-secret"));

        var result = _cli.Run("euare-useraddkey", "-u", "bob");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("AKIABOB\nbob-secret\n", result.Stdout);
        Assert.Equal(Expect("UserName", "bob", "Action", "CreateAccessKey", "Version", "2010-05-08"), _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Useraddkey_requires_the_user_argument()
    {
        var result = _cli.Run("euare-useraddkey");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(_cli.Http.Requests);
        Assert.EndsWith("euare-useraddkey: error: too few arguments\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Userlistkeys_prints_key_and_status_lines_for_every_page()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("ListAccessKeys",
                "<UserName>bob</UserName><AccessKeyMetadata><member><UserName>bob</UserName><AccessKeyId>AKIA1</AccessKeyId><Status>Active</Status></member></AccessKeyMetadata>" +
                "<IsTruncated>true</IsTruncated><Marker>m1</Marker>"))
            .Respond(AwsResponses.Iam("ListAccessKeys",
                "<AccessKeyMetadata><member><AccessKeyId>AKIA2</AccessKeyId><Status>Inactive</Status></member></AccessKeyMetadata><IsTruncated>false</IsTruncated>"));

        var result = _cli.Run("euare-userlistkeys", "bob");

        Assert.Equal("AKIA1\nActive\nAKIA2\nInactive\n", result.Stdout);
        Assert.Equal(Expect("UserName", "bob", "Marker", "m1", "Action", "ListAccessKeys", "Version", "2010-05-08"), _cli.Http.Requests[1].Params());
    }

    [Fact]
    public void Rolecreate_as_written_in_the_seed_walkthrough()
    {
        const string trust = """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::001827830003:root"}, "Action": "sts:AssumeRole" }] }""";
        var file = _cli.WriteFile("devops-role-trustpolicy.json", trust);
        _cli.Http.Respond(AwsResponses.Iam("CreateRole", "<Role><RoleName>devops-ec2-keypair-mgmt-role</RoleName></Role>"));

        var result = _cli.Run("euare-rolecreate", "-f", file, "devops-ec2-keypair-mgmt-role", "\u2013region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Expect("RoleName", "devops-ec2-keypair-mgmt-role", "AssumeRolePolicyDocument", trust, "Action", "CreateRole", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Rolecreate_service_generates_the_trust_policy_and_verbose_prints_it_unquoted()
    {
        _cli.Http.Respond(AwsResponses.Iam("CreateRole",
            "<Role><Arn>arn:aws:iam::001827830003:role/r</Arn><RoleId>AROAR</RoleId>" +
            "<AssumeRolePolicyDocument>%7B%22Statement%22%3A%5B%5D%7D</AssumeRolePolicyDocument></Role>"));

        var result = _cli.Run("euare-rolecreate", "r", "-s", "ec2.amazonaws.com", "-p", "/svc/", "-v");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("arn:aws:iam::001827830003:role/r\nAROAR\n{\"Statement\":[]}\n", result.Stdout);
        Assert.Equal(
            """{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com"]},"Action":["sts:AssumeRole"]}]}""",
            _cli.Http.Requests[0].Param("AssumeRolePolicyDocument"));
        Assert.Equal("/svc/", _cli.Http.Requests[0].Param("Path"));
    }

    [Fact]
    public void Rolecreate_reads_the_trust_policy_from_stdin_for_dash()
    {
        _cli.Stdin = "{\"from\":\"stdin\"}";
        _cli.Http.Respond(AwsResponses.Iam("CreateRole", "<Role/>"));

        Assert.Equal(0, _cli.Run("euare-rolecreate", "r", "-f", "-").ExitCode);
        Assert.Equal("{\"from\":\"stdin\"}", _cli.Http.Requests[0].Param("AssumeRolePolicyDocument"));
    }

    [Fact]
    public void Rolecreate_needs_exactly_one_trust_policy_source()
    {
        var none = _cli.Run("euare-rolecreate", "r");
        Assert.Equal(2, none.ExitCode);
        Assert.EndsWith("euare-rolecreate: error: one of the arguments -f/--trust-policy -s/--service is required\n", none.Stderr, StringComparison.Ordinal);

        var both = _cli.Run("euare-rolecreate", "r", "-f", "x", "-s", "y");
        Assert.Equal(2, both.ExitCode);
        Assert.Empty(_cli.Http.Requests);
    }

    [Fact]
    public void Roleuploadpolicy_as_written_in_the_seed_walkthrough()
    {
        var file = _cli.WriteFile("keypair-mgmt-policy.json", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ec2:CreateKeyPair\"],\"Resource\":\"*\"}]}");
        _cli.Http.Respond(AwsResponses.IamEmpty("PutRolePolicy"));

        var result = _cli.Run("euare-roleuploadpolicy", "--policy-name", "ec2-keypair-actions", "--policy-document", file,
            "devops-ec2-keypair-mgmt-role", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            Expect("RoleName", "devops-ec2-keypair-mgmt-role", "PolicyName", "ec2-keypair-actions", "PolicyDocument", File.ReadAllText(file),
                "Action", "PutRolePolicy", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Roleuploadpolicy_sends_literal_content_with_o()
    {
        _cli.Http.Respond(AwsResponses.IamEmpty("PutRolePolicy"));

        Assert.Equal(0, _cli.Run("euare-roleuploadpolicy", "r", "-p", "p", "-o", "{\"a\": 1}").ExitCode);
        Assert.Equal("{\"a\": 1}", _cli.Http.Requests[0].Param("PolicyDocument"));
    }

    [Fact]
    public void Uploadpolicy_with_a_missing_file_is_an_os_error()
    {
        var result = _cli.Run("euare-groupuploadpolicy", "g", "-p", "p", "-f", "/nonexistent/policy.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("euare-groupuploadpolicy: error: No such file or directory: /nonexistent/policy.json\n", result.Stderr);
        Assert.Empty(_cli.Http.Requests);
    }

    [Fact]
    public void Groupcreate_with_the_hidden_g_flag_as_in_the_seed()
    {
        _cli.Http.Respond(AwsResponses.Iam("CreateGroup", "<Group><GroupName>Key-Managers</GroupName></Group>"));

        var result = _cli.Run("euare-groupcreate", "-g", "Key-Managers", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(Expect("GroupName", "Key-Managers", "Action", "CreateGroup", "Version", "2010-05-08"), _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Groupcreate_verbose_prints_arn_and_id()
    {
        _cli.Http.Respond(AwsResponses.Iam("CreateGroup", "<Group><GroupName>g</GroupName><GroupId>AGPAG</GroupId><Arn>arn:aws:iam::001827830003:group/ops/g</Arn></Group>"));

        var result = _cli.Run("euare-groupcreate", "g", "-p", "/ops/", "-v", "--as-account", "devops");

        Assert.Equal("arn:aws:iam::001827830003:group/ops/g\nAGPAG\n", result.Stdout);
        Assert.Equal(Expect("GroupName", "g", "Path", "/ops/", "DelegateAccount", "devops", "Action", "CreateGroup", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Groupadduser_as_written_in_the_seed()
    {
        _cli.Http.Respond(AwsResponses.IamEmpty("AddUserToGroup"));

        var result = _cli.Run("euare-groupadduser", "-u", "user01", "-g", "Key-Managers", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expect("GroupName", "Key-Managers", "UserName", "user01", "Action", "AddUserToGroup", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Groupadduser_requires_u()
    {
        var result = _cli.Run("euare-groupadduser", "Key-Managers");

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("euare-groupadduser: error: argument -u/--user-name is required\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Groupuploadpolicy_as_written_in_the_seed()
    {
        var file = _cli.WriteFile("assume.json", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}]}");
        _cli.Http.Respond(AwsResponses.IamEmpty("PutGroupPolicy"));

        var result = _cli.Run("euare-groupuploadpolicy", "-p", "keypair-mgmt-role-perm", "-f", file, "Key-Managers", "--region", "devops-admin@future");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Expect("GroupName", "Key-Managers", "PolicyName", "keypair-mgmt-role-perm", "PolicyDocument", File.ReadAllText(file),
                "Action", "PutGroupPolicy", "Version", "2010-05-08"),
            _cli.Http.Requests[0].Params());
    }

    [Fact]
    public void Account_commands_accept_as_account_but_the_admin_key_goes_to_the_new_account()
    {
        _cli.Http
            .Respond(AwsResponses.Iam("CreateAccount", "<Account><AccountName>devops</AccountName><AccountId>000123456789</AccountId></Account>"))
            .Respond(AwsResponses.CreateAccessKey("admin", "AKIANEWADMIN", "new-admin-secret"))
            .Respond(AwsResponses.Iam("ListAccounts", "<Accounts/><IsTruncated>false</IsTruncated>"));

        Assert.Equal(0, _cli.Run("euare-accountcreate", "devops", "-k", "--as-account", "eucalyptus").ExitCode);
        Assert.Equal(0, _cli.Run("euare-accountlist", "--as-account", "eucalyptus").ExitCode);

        Assert.Equal("eucalyptus", _cli.Http.Requests[0].Param("DelegateAccount"));
        Assert.Equal("000123456789", _cli.Http.Requests[1].Param("DelegateAccount"));
        Assert.Equal("eucalyptus", _cli.Http.Requests[2].Param("DelegateAccount"));
    }
}
