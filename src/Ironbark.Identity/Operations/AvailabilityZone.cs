namespace Ironbark.Identity.Operations;

/// <summary>The one availability zone this service reports: "&lt;region&gt;a", always available.</summary>
public sealed record AvailabilityZone(string ZoneName, string ZoneId, string RegionName);
