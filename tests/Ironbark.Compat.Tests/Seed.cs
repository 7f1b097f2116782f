namespace Ironbark.Compat.Tests;

/// <summary>The names and policy documents of the seed walkthrough (shared/seed/assume-a-role.txt).</summary>
internal static class Seed
{
    public const string RoleName = "devops-ec2-keypair-mgmt-role";
    public const string RolePolicyName = "ec2-keypair-actions";
    public const string GroupName = "Key-Managers";
    public const string GroupPolicyName = "keypair-mgmt-role-perm";
    public const string UserName = "user01";
    public const string KeyPairName = "devops-admin";

    public const string KeyPairPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "Stmt1445362739663",
              "Action": [
                "ec2:CreateKeyPair",
                "ec2:DeleteKeyPair",
                "ec2:DescribeKeyPairs",
                "ec2:ImportKeyPair"
              ],
              "Effect": "Allow",
              "Resource": "*"
            }
          ]
        }
        """;

    public static string TrustPolicy(TestAccount account) =>
        $$"""{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": {"AWS": "{{account.RootArn}}"}, "Action": "sts:AssumeRole" }] }""";

    public static string AssumeRolePolicy(TestAccount account) =>
        $$"""{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "{{account.RoleArn(RoleName)}}" }] }""";
}
