namespace Ironbark.Cli.Euca2ools.Commands;

/// <summary>
/// euare-groupuploadpolicy (PutGroupPolicy) and euare-roleuploadpolicy (PutRolePolicy): attach an inline
/// policy to the named entity; print nothing. The two differ only in the entity they name.
/// </summary>
internal sealed class UploadPolicyCommand : Euca2oolsCommand
{
    private readonly string _entity;
    private readonly string _title;
    private readonly Action<ArgumentSpec, string> _entityArgument;

    private UploadPolicyCommand(string entity, Action<ArgumentSpec, string> entityArgument)
    {
        _entity = entity;
        _title = char.ToUpperInvariant(entity[0]) + entity[1..];
        _entityArgument = entityArgument;
    }

    public static UploadPolicyCommand ForGroup() => new("group", IamArguments.Group);

    public static UploadPolicyCommand ForRole() => new("role", IamArguments.Role);

    public override string Name => $"euare-{_entity}uploadpolicy";

    public override string Description => $"Attach a policy to a {_entity}";

    public override ServiceDescriptor? Service => ServiceDescriptor.Iam;

    protected override void DefineArguments(ArgumentSpec spec)
    {
        _entityArgument(spec, $"{_entity} to attach the policy to");
        PolicyArguments.Add(spec);
        IamArguments.AsAccount(spec);
    }

    public override async Task<int> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = PolicyArguments.Read(context);
        await context.Client.SendAsync($"Put{_title}Policy", new QueryParameters()
            .Add($"{_title}Name", context.Args.Get($"{_title}Name"))
            .Add("PolicyName", context.Args.Get(PolicyArguments.PolicyName))
            .Add("PolicyDocument", document)
            .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
        return 0;
    }
}
