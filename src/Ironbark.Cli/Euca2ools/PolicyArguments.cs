namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The -p NAME plus (-o TEXT | -f FILE) options shared by the *uploadpolicy commands. Unlike rolecreate's
/// trust policy, "-f -" is not stdin here: euca2ools opens the path as given.
/// </summary>
internal static class PolicyArguments
{
    public const string PolicyName = "PolicyName";
    private const string Content = "policy_content";
    private const string Document = "policy_document";

    public static void Add(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Value(["-p", "--policy-name"], PolicyName, "POLICY", required: true, help: "name of the policy (required)");
        var content = spec.Value(["-o", "--policy-content"], Content, "POLICY_CONTENT", help: "literal JSON text of the policy document");
        var document = spec.Value(["-f", "--policy-document"], Document, "FILE", help: "file containing the policy document");
        spec.Exclusive(true, content, document);
    }

    public static string Read(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Args.Get(Content)
            ?? FileArguments.ReadText(context.Args.Get(Document)!, context.Runtime, dashIsStdin: false);
    }
}
