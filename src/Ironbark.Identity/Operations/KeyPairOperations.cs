using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.KeyPairs;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;

namespace Ironbark.Identity.Operations;

/// <summary>
/// EC2 key pairs: CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair. Create, import and
/// delete are authorized on the key pair's ARN; DescribeKeyPairs supports no resource-level
/// permissions, so it is authorized on "*".
/// </summary>
public sealed class KeyPairOperations
{
    private readonly IdentityServices _services;

    public KeyPairOperations(IdentityServices services)
    {
        _services = services;
    }

    /// <summary>The created key pair and the private key, which is returned once and never stored.</summary>
    public (KeyPair KeyPair, string PrivateKey) Create(CallContext call, string? keyName, string? keyType, string? keyFormat, IReadOnlyList<Ec2Tag> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var name = ValidName(keyName);
        var type = keyType ?? "rsa";
        if (type is not ("rsa" or "ed25519"))
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue($"Value ({keyType}) for parameter keyType is invalid. Valid values are: rsa, ed25519"));
        }

        var format = keyFormat switch
        {
            null or "pem" => PrivateKeyFormat.Pem,
            "ppk" => PrivateKeyFormat.Ppk,
            _ => throw new AwsException(ErrorCatalogue.InvalidParameterValue($"Value ({keyFormat}) for parameter keyFormat is invalid. Valid values are: pem, ppk")),
        };

        Ec2TagRules.RequireValid(tags);
        var account = AuthorizeCreation(call, "CreateKeyPair", name, type, tags, dryRun);
        RequireFree(account, name);
        var generated = type == "ed25519" ? Ed25519KeyPairGenerator.Create(format, name) : RsaKeyPairGenerator.Create(format, name);
        var keyPair = Insert(new KeyPair(account.Account.Id, name, IdGenerator.KeyPairId(), generated.Fingerprint, generated.PublicKey, type, _services.Time.GetUtcNow()) { Tags = Sorted(tags) });
        return (keyPair, generated.PrivateKey);
    }

    public KeyPair Import(CallContext call, string? keyName, string? publicKeyMaterial, IReadOnlyList<Ec2Tag> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var name = ValidName(keyName);
        var material = publicKeyMaterial ?? throw new AwsException(ErrorCatalogue.MissingParameter("PublicKeyMaterial"));
        Ec2TagRules.RequireValid(tags);
        // The key type is a condition key, so the material is read before authorizing.
        var imported = PublicKeyImporter.Import(material);
        var account = AuthorizeCreation(call, "ImportKeyPair", name, imported.KeyType, tags, dryRun);
        RequireFree(account, name);
        return Insert(new KeyPair(account.Account.Id, name, IdGenerator.KeyPairId(), imported.Fingerprint, imported.PublicKey, imported.KeyType, _services.Time.GetUtcNow()) { Tags = Sorted(tags) });
    }

    public IReadOnlyList<KeyPair> Describe(CallContext call, IReadOnlyList<string> keyNames, IReadOnlyList<string> keyPairIds, IReadOnlyList<KeyPairFilter> filters, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(keyNames);
        ArgumentNullException.ThrowIfNull(keyPairIds);
        ArgumentNullException.ThrowIfNull(filters);
        var account = Authorize(call, "ec2:DescribeKeyPairs", "*", dryRun);
        var missingNames = keyNames.Where(n => account.FindKeyPair(n) is null).ToList();
        if (missingNames.Count > 0)
        {
            throw new AwsException(missingNames.Count == 1
                ? ErrorCatalogue.KeyPairNotFound(missingNames[0])
                : ErrorCatalogue.KeyPairsNotFound(missingNames));
        }

        var missingIds = keyPairIds.Where(id => account.KeyPairs.All(k => k.KeyPairId != id)).ToList();
        if (missingIds.Count > 0)
        {
            throw new AwsException(ErrorCatalogue.KeyPairIdsNotFound(missingIds));
        }

        return account.KeyPairs
            .Where(k => keyNames.Count == 0 || keyNames.Contains(k.Name))
            .Where(k => keyPairIds.Count == 0 || keyPairIds.Contains(k.KeyPairId))
            .Where(k => filters.All(f => f.Matches(k)))
            .ToList();
    }

    /// <summary>Deleting a key pair that does not exist succeeds, as on EC2.</summary>
    public void Delete(CallContext call, string? keyName, string? keyPairId, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (keyName is null && keyPairId is null)
        {
            throw new AwsException(ErrorCatalogue.MissingParameter("KeyName"));
        }

        var own = _services.Directory.Get(call.Caller.AccountId)!;
        var existing = keyPairId is not null ? own.KeyPairs.FirstOrDefault(k => k.KeyPairId == keyPairId) : own.FindKeyPair(keyName!);
        if (keyPairId is not null && existing is null)
        {
            throw new AwsException(ErrorCatalogue.KeyPairIdsNotFound([keyPairId]));
        }

        var name = existing?.Name ?? keyName!;
        var keys = existing is null ? new Dictionary<string, IReadOnlyList<string>>() : KeyPairConditionKeys.For(existing.Name, existing.KeyType, existing.Tags);
        Authorize(call, new AuthorizationTarget("ec2:DeleteKeyPair", Arns.KeyPair(call.Request.Region, call.Caller.AccountId, name), call.Caller.AccountId) { ExtraKeys = keys }, dryRun);
        if (existing is not null && _services.Store.DeleteKeyPair(existing.AccountId, existing.Name))
        {
            _services.Directory.Changed(existing.AccountId);
        }
    }

    private static string ValidName(string? keyName)
    {
        var name = keyName ?? throw new AwsException(ErrorCatalogue.MissingParameter("KeyName"));
        if (name.Length is 0 or > 255 || !name.All(char.IsAscii))
        {
            throw new AwsException(ErrorCatalogue.InvalidParameterValue($"Value ({name}) for parameter KeyName is invalid. Expecting 1 to 255 ASCII characters."));
        }

        return name;
    }

    internal static IReadOnlyList<Ec2Tag> Sorted(IReadOnlyList<Ec2Tag> tags) => tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Creating a key pair is authorized with its name, type and request tags; tags on creation are also
    /// authorized as ec2:CreateTags on the new key pair, with ec2:CreateAction naming the creating action.
    /// </summary>
    private AccountSnapshot AuthorizeCreation(CallContext call, string action, string name, string keyType, IReadOnlyList<Ec2Tag> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        var arn = Arns.KeyPair(call.Request.Region, call.Caller.AccountId, name);
        var keys = KeyPairConditionKeys.WithRequestTags(KeyPairConditionKeys.For(name, keyType, []), tags);
        if (tags.Count > 0)
        {
            var tagKeys = new Dictionary<string, IReadOnlyList<string>>(keys, StringComparer.Ordinal) { ["ec2:CreateAction"] = [action] };
            Guard.RequireEc2(_services.Authorizer, call, new AuthorizationTarget("ec2:CreateTags", arn, call.Caller.AccountId) { ExtraKeys = tagKeys });
        }

        return Authorize(call, new AuthorizationTarget("ec2:" + action, arn, call.Caller.AccountId) { ExtraKeys = keys }, dryRun);
    }

    private AccountSnapshot Authorize(CallContext call, string action, string resource, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Authorize(call, new AuthorizationTarget(action, resource, call.Caller.AccountId), dryRun);
    }

    private AccountSnapshot Authorize(CallContext call, AuthorizationTarget target, bool dryRun)
    {
        Guard.RequireEc2(_services.Authorizer, call, target);
        if (dryRun)
        {
            throw new AwsException(ErrorCatalogue.DryRunOperation());
        }

        return _services.Directory.Get(call.Caller.AccountId)!;
    }

    private void RequireFree(AccountSnapshot account, string name)
    {
        if (account.FindKeyPair(name) is not null)
        {
            throw new AwsException(ErrorCatalogue.KeyPairDuplicate(name));
        }

        if (account.KeyPairs.Count >= _services.Limits.KeyPairsPerAccount)
        {
            throw new AwsException(ErrorCatalogue.KeyPairLimitExceeded(_services.Limits.KeyPairsPerAccount));
        }
    }

    private KeyPair Insert(KeyPair keyPair)
    {
        if (!_services.Store.TryInsertKeyPair(keyPair))
        {
            throw new AwsException(ErrorCatalogue.KeyPairDuplicate(keyPair.Name));
        }

        _services.Directory.Changed(keyPair.AccountId);
        return keyPair;
    }
}
