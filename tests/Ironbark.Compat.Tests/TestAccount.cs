using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

/// <summary>An account made for the tests, with its admin user's access key.</summary>
public sealed record TestAccount(string Name, string Id, SigningCredentials Admin)
{
    public string RootArn => $"arn:aws:iam::{Id}:root";

    public string RoleArn(string roleName) => $"arn:aws:iam::{Id}:role/{roleName}";

    public string AssumedRoleArn(string roleName, string sessionName) => $"arn:aws:sts::{Id}:assumed-role/{roleName}/{sessionName}";

    public override string ToString() => $"TestAccount {{ Name = {Name}, Id = {Id} }}";
}
