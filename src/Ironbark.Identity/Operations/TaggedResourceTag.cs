namespace Ironbark.Identity.Operations;

/// <summary>A DescribeTags row: one tag of one resource.</summary>
public sealed record TaggedResourceTag(string ResourceId, string ResourceType, string Key, string Value);
