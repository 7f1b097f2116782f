namespace Ironbark.Identity.Model;

/// <summary>An EC2 resource tag. Keys are case-sensitive; the value may be empty but is never absent.</summary>
public sealed record Ec2Tag(string Key, string Value);
