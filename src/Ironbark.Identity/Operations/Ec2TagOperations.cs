using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Model;
using Ironbark.Identity.Snapshots;

namespace Ironbark.Identity.Operations;

/// <summary>
/// CreateTags, DeleteTags and DescribeTags for the only taggable resources here, key pairs ("key-…"
/// ids). Tagging is authorized per key pair on its ARN with the key pair's and the request's condition
/// keys; DescribeTags has no resource-level permissions, so it is authorized on "*".
/// </summary>
public sealed class Ec2TagOperations
{
    public const string KeyPairResourceType = "key-pair";
    private readonly IdentityServices _services;

    public Ec2TagOperations(IdentityServices services)
    {
        _services = services;
    }

    public void Create(CallContext call, IReadOnlyList<string> resourceIds, IReadOnlyList<Ec2Tag> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count == 0)
        {
            throw new AwsException(ErrorCatalogue.MissingParameter("Tag"));
        }

        Ec2TagRules.RequireValid(tags);
        var targets = Authorize(call, "ec2:CreateTags", resourceIds, tags, dryRun);
        foreach (var keyPair in targets)
        {
            var merged = keyPair.Tags.Where(t => tags.All(n => n.Key != t.Key)).Concat(tags).ToList();
            if (merged.Count > Ec2TagRules.TagsPerResource)
            {
                throw new AwsException(ErrorCatalogue.TagLimitExceeded());
            }
        }

        foreach (var keyPair in targets)
        {
            if (!_services.Store.PutKeyPairTags(keyPair.KeyPairId, tags))
            {
                throw new AwsException(ErrorCatalogue.KeyPairIdsNotFound([keyPair.KeyPairId]));
            }
        }

        _services.Directory.Changed(call.Caller.AccountId);
    }

    /// <summary>
    /// Deletes the named tags, or all tags when none are named. A tag given with a value (even an empty
    /// one) is deleted only when its value matches; a tag given without a value is deleted whatever it holds.
    /// </summary>
    public void Delete(CallContext call, IReadOnlyList<string> resourceIds, IReadOnlyList<(string Key, string? Value)> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var (key, _) in tags)
        {
            Ec2TagRules.RequireValidKey(key);
        }

        var requested = tags.Select(t => new Ec2Tag(t.Key, t.Value ?? string.Empty)).ToList();
        var targets = Authorize(call, "ec2:DeleteTags", resourceIds, requested, dryRun);
        foreach (var keyPair in targets)
        {
            var doomed = keyPair.Tags
                .Where(t => tags.Count == 0 || tags.Any(d => d.Key == t.Key && (d.Value is null || d.Value == t.Value)))
                .Select(t => t.Key)
                .ToList();
            _services.Store.DeleteKeyPairTags(keyPair.KeyPairId, doomed);
        }

        _services.Directory.Changed(call.Caller.AccountId);
    }

    public IReadOnlyList<TaggedResourceTag> Describe(CallContext call, IReadOnlyList<TagFilter> filters, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(filters);
        Guard.RequireEc2(_services.Authorizer, call, new AuthorizationTarget("ec2:DescribeTags", "*", call.Caller.AccountId));
        if (dryRun)
        {
            throw new AwsException(ErrorCatalogue.DryRunOperation());
        }

        return Account(call).KeyPairs
            .SelectMany(k => k.Tags.Select(t => new TaggedResourceTag(k.KeyPairId, KeyPairResourceType, t.Key, t.Value)))
            .Where(t => filters.All(f => f.Matches(t)))
            .OrderBy(t => t.ResourceId, StringComparer.Ordinal)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Resolves every id first (so one bad id changes nothing), then authorizes each key pair.</summary>
    private List<KeyPair> Authorize(CallContext call, string action, IReadOnlyList<string> resourceIds, IReadOnlyList<Ec2Tag> tags, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(resourceIds);
        if (resourceIds.Count == 0)
        {
            throw new AwsException(ErrorCatalogue.MissingParameter("ResourceId"));
        }

        var account = Account(call);
        var invalid = resourceIds.FirstOrDefault(id => !id.StartsWith("key-", StringComparison.Ordinal));
        if (invalid is not null)
        {
            throw new AwsException(ErrorCatalogue.InvalidId(invalid));
        }

        var missing = resourceIds.Where(id => account.KeyPairs.All(k => k.KeyPairId != id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new AwsException(ErrorCatalogue.KeyPairIdsNotFound(missing));
        }

        var targets = resourceIds.Distinct(StringComparer.Ordinal).Select(id => account.KeyPairs.First(k => k.KeyPairId == id)).ToList();
        foreach (var keyPair in targets)
        {
            var keys = KeyPairConditionKeys.WithRequestTags(KeyPairConditionKeys.For(keyPair.Name, keyPair.KeyType, keyPair.Tags), tags);
            var arn = Arns.KeyPair(call.Request.Region, call.Caller.AccountId, keyPair.Name);
            Guard.RequireEc2(_services.Authorizer, call, new AuthorizationTarget(action, arn, call.Caller.AccountId) { ExtraKeys = keys });
        }

        if (dryRun)
        {
            throw new AwsException(ErrorCatalogue.DryRunOperation());
        }

        return targets;
    }

    private AccountSnapshot Account(CallContext call) => _services.Directory.Get(call.Caller.AccountId)!;
}
