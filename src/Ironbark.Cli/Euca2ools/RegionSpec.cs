namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// A "USER@REGION" string as --region, EUCA_DEFAULT_REGION and AWS_DEFAULT_REGION take it. Split on the first
/// '@'; an empty half counts as "not given" so the next source can fill it (that is how "@future" works).
/// </summary>
internal sealed record RegionSpec(string? User, string? Region)
{
    public static RegionSpec Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new RegionSpec(null, null);
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new RegionSpec(null, text);
        }

        var user = text[..at];
        var region = text[(at + 1)..];
        return new RegionSpec(user.Length > 0 ? user : null, region.Length > 0 ? region : null);
    }
}
