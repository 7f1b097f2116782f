using Ironbark.Cli.Euca2ools.Commands;

namespace Ironbark.Cli.Euca2ools;

/// <summary>Every euca2ools command Ironbark implements, by program name; install-links links exactly these.</summary>
internal static class CommandRegistry
{
    private static readonly Func<Euca2oolsCommand>[] Factories =
    [
        () => new AccountCreateCommand(),
        () => new AccountListCommand(),
        () => new UserCreateCommand(),
        () => new UserAddKeyCommand(),
        () => new UserListKeysCommand(),
        () => new RoleCreateCommand(),
        UploadPolicyCommand.ForRole,
        () => new GroupCreateCommand(),
        () => new GroupAddUserCommand(),
        UploadPolicyCommand.ForGroup,
        () => new AssumeRoleCommand(),
        () => new ReleaseRoleCommand(),
        () => new GetCallerIdCommand(),
        () => new CreateKeyPairCommand(),
        () => new DescribeKeyPairsCommand(),
        () => new DeleteKeyPairCommand(),
        () => new ImportKeyPairCommand(),
    ];

    public static IReadOnlyList<string> Names { get; } = Factories.Select(f => f().Name).Order(StringComparer.Ordinal).ToArray();

    public static Euca2oolsCommand? Find(string name) =>
        Factories.Select(f => f()).FirstOrDefault(c => c.Name == name);
}
