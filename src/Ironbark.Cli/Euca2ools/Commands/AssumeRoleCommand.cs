using System.Globalization;

namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-assumerole (STS AssumeRole): prints shell statements that put the temporary credentials in the
/// environment, in euca2ools' exact order, so that `eval` switches the shell to the role. Both
/// AWS_SESSION_TOKEN and AWS_SECURITY_TOKEN are exported (other tools read the former, euca2ools the latter)
/// and AWS_CREDENTIAL_FILE is unset so its long-term keys cannot win over the role's.
/// </summary>
internal sealed class AssumeRoleCommand : Euca2oolsCommand
{
    private const string Role = "role";
    private const string Duration = "DurationSeconds";
    private const string SessionName = "RoleSessionName";
    private const string PolicyContent = "policy_content";
    private const string PolicyDocument = "policy_document";

    public override string Name => "euare-assumerole";

    public override string Description => "Assume an IAM role";

    public override ServiceDescriptor? Service => ServiceDescriptor.Sts;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        spec.Positional(Role, "ROLE", help: "the role to assume");
        spec.Value(["-d", "--duration"], Duration, "SECONDS", help: "number of seconds the credentials should be valid for (900-3600) (default: 900)");
        spec.Value(["--session-name"], SessionName, "NAME", help: "name of the role session (default: euca2ools-%Y-%m-%dT%H-%M-%SZ)");
        ShellExports.AddShellOptions(spec);
        var content = spec.Value(["--policy-content"], PolicyContent, "POLICY_CONTENT", help: "an IAM policy further restricting what the role's credentials may do");
        var document = spec.Value(["--policy-document"], PolicyDocument, "FILE", help: "a file containing an IAM policy further restricting what the role's credentials may do");
        spec.Exclusive(false, content, document);
        spec.Value(["--external-id"], "ExternalId", "STR", help: "external ID to use for comparison with policies");
        spec.Value(["--mfa-serial"], "SerialNumber", "MFA", help: "MFA token serial number");
        spec.Value(["--mfa-code"], "TokenCode", "CODE", help: "MFA token code");
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var args = context.Args;
        var durationText = args.Get(Duration) ?? "900";
        if (!int.TryParse(durationText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var duration))
        {
            throw new UsageError($"argument -d/--duration: invalid int value: '{durationText}'");
        }

        var roleArn = BuildRoleArn(args.Get(Role)!, () => AccountId(context));
        var sessionName = args.Get(SessionName)
            ?? context.Runtime.Clock.GetUtcNow().ToString("'euca2ools-'yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);
        var policy = args.Get(PolicyContent)
            ?? (args.Get(PolicyDocument) is { } path ? FileArguments.ReadText(path, context.Runtime, dashIsStdin: true) : null);

        var result = await context.Client.SendAsync("AssumeRole", new QueryParameters()
            .Add("RoleArn", roleArn)
            .Add("RoleSessionName", sessionName)
            .Add("DurationSeconds", duration.ToString(CultureInfo.InvariantCulture))
            .Add("Policy", policy)
            .Add("ExternalId", args.Get("ExternalId"))
            .Add("SerialNumber", args.Get("SerialNumber"))
            .Add("TokenCode", args.Get("TokenCode"))).ConfigureAwait(false);

        var keyId = AwsXml.Text(result, "Credentials", "AccessKeyId");
        var secret = AwsXml.Text(result, "Credentials", "SecretAccessKey");
        var token = AwsXml.Text(result, "Credentials", "SessionToken");
        var expiration = AwsXml.Text(result, "Credentials", "Expiration");
        var arnParts = roleArn.Split(':');
        var csh = ShellExports.UseCsh(args, context.Runtime);
        var output = context.Out;
        output.WriteLine(ShellExports.Set(csh, "AWS_ACCESS_KEY_ID", keyId));
        output.WriteLine(ShellExports.Set(csh, "AWS_ACCESS_KEY", keyId));
        output.WriteLine(ShellExports.Set(csh, "EC2_ACCESS_KEY", keyId));
        output.WriteLine(ShellExports.Set(csh, "AWS_SECRET_ACCESS_KEY", secret));
        output.WriteLine(ShellExports.Set(csh, "AWS_SECRET_KEY", secret));
        output.WriteLine(ShellExports.Set(csh, "EC2_SECRET_KEY", secret));
        output.WriteLine(ShellExports.Set(csh, "AWS_SESSION_TOKEN", token));
        output.WriteLine(ShellExports.Set(csh, "AWS_SECURITY_TOKEN", token));
        output.WriteLine(ShellExports.Set(csh, "AWS_CREDENTIAL_EXPIRATION", expiration));
        output.WriteLine(ShellExports.Set(csh, "EC2_USER_ID", arnParts.Length > 4 ? arnParts[4] : null));
        output.WriteLine(ShellExports.Unset(csh, "AWS_CREDENTIAL_FILE"));
        ShellExports.WriteEvalHint(output, context.Runtime.Invocation);
        return 0;
    }

    /// <summary>
    /// "NAME" and "role/path/NAME" get "role/" and the caller's account; "ACCT:NAME" becomes "ACCT:role/NAME";
    /// anything short of a full ARN then gets the missing "arn:aws:iam::" pieces in front.
    /// </summary>
    internal static string BuildRoleArn(string role, Func<string> accountId)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(accountId);
        if (role.StartsWith("arn:", StringComparison.Ordinal))
        {
            return role;
        }

        var colons = role.Count(c => c == ':');
        if (colons == 0)
        {
            role = accountId() + ":" + (role.StartsWith("role/", StringComparison.Ordinal) ? role : "role/" + role);
        }
        else if (colons == 1 && !role.Contains('/', StringComparison.Ordinal))
        {
            var split = role.IndexOf(':', StringComparison.Ordinal);
            role = role[..split] + ":role/" + role[(split + 1)..];
        }

        // A full ARN has five colons; each one short means one more leading piece is missing:
        // "ACCT:role/x" needs "arn:aws:iam::", "iam::ACCT:role/x" needs "arn:aws:", and so on.
        string[] pieces = ["arn", "aws", "iam", string.Empty];
        var missing = Math.Clamp(5 - role.Count(c => c == ':'), 0, pieces.Length);
        return string.Concat(pieces.Take(missing).Select(p => p + ":")) + role;
    }

    private static string AccountId(CommandContext context) =>
        context.Config.GetUserOption(context.Profile.User, "account-id")?.Value is { Length: > 0 } configured
            ? configured
            : context.Runtime.GetEnvironment("EC2_USER_ID")
              ?? throw new UsageError(
                  "failed to determine account ID; set account-id for the user in configuration or EC2_USER_ID in the environment");
}
