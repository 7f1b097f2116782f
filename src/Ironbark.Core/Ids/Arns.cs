namespace Ironbark.Core.Ids;

/// <summary>Builds the ARNs AWS uses for identities and EC2 key pairs.</summary>
public static class Arns
{
    public static string Root(string accountId) => $"arn:aws:iam::{accountId}:root";

    public static string User(string accountId, string path, string name) => $"arn:aws:iam::{accountId}:user{path}{name}";

    public static string Group(string accountId, string path, string name) => $"arn:aws:iam::{accountId}:group{path}{name}";

    public static string Role(string accountId, string path, string name) => $"arn:aws:iam::{accountId}:role{path}{name}";

    /// <summary>The role's path is not part of a session ARN (unlike Eucalyptus).</summary>
    public static string AssumedRole(string accountId, string roleName, string sessionName) =>
        $"arn:aws:sts::{accountId}:assumed-role/{roleName}/{sessionName}";

    public static string FederatedUser(string accountId, string name) => $"arn:aws:sts::{accountId}:federated-user/{name}";

    public static string KeyPair(string region, string accountId, string name) => $"arn:aws:ec2:{region}:{accountId}:key-pair/{name}";

    /// <summary>Eucalyptus' resource type for account-management actions of the cloud administrator.</summary>
    public static string Account(string accountId, string name) => $"arn:aws:iam::{accountId}:account/{name}";
}
