namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The argument builders of euca2ools' commands/iam/__init__.py: a positional name plus a hidden, ignored
/// flag so the old Java tools' syntax ("euare-groupcreate -g devs") still parses, and --as-account, which
/// Eucalyptus receives as DelegateAccount.
/// </summary>
internal static class IamArguments
{
    public const string DelegateAccount = "DelegateAccount";

    public static void AsAccount(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Value(["--as-account"], DelegateAccount, "ACCOUNT",
            help: "[Eucalyptus cloud admin only] run this command as the administrator of another account");
    }

    public static void User(ArgumentSpec spec, string help, PositionalArity arity = PositionalArity.One) =>
        NameWithLegacyFlag(spec, "UserName", "USER", ["-u", "--user-name"], help, arity);

    public static void Group(ArgumentSpec spec, string help) =>
        NameWithLegacyFlag(spec, "GroupName", "GROUP", ["-g", "--group-name"], help, PositionalArity.One);

    public static void Role(ArgumentSpec spec, string help) =>
        NameWithLegacyFlag(spec, "RoleName", "ROLE", ["-r", "--role-name"], help, PositionalArity.One);

    public static void AccountName(ArgumentSpec spec, string help, PositionalArity arity) =>
        NameWithLegacyFlag(spec, "AccountName", "ACCOUNT", ["-a", "--account-name"], help, arity);

    private static void NameWithLegacyFlag(
        ArgumentSpec spec, string dest, string metavar, IReadOnlyList<string> flag, string help, PositionalArity arity)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Positional(dest, metavar, arity, help);
        spec.Flag(flag, "legacy-flag:" + dest, hidden: true);
    }
}
