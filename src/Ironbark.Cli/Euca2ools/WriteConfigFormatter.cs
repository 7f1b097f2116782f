using System.Net;
using System.Text;

namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// The "-w/--write-config" output of the key-creating IAM commands: a euca2ools ini file with a region section
/// whose service URLs are derived from the cloud's DNS domain, and a user section holding the new key. It is
/// written in Python ConfigParser.write form ("key = value", a blank line after each section).
/// </summary>
internal static class WriteConfigFormatter
{
    private static readonly string[] ServiceNames =
    [
        "autoscaling", "bootstrap", "cloudformation", "ec2", "elasticloadbalancing", "iam", "monitoring",
        "properties", "reporting", "s3", "sts",
    ];

    public const string DomainDest = "domain";
    public const string SetDefaultUserDest = "set_default_user";

    public static void AddOptions(ArgumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Value(["-d", "--domain"], DomainDest, "DOMAIN",
            help: "DNS domain to use for region information in configuration file output (default: based on IAM URL)");
        spec.Flag(["-l", "--set-default-user"], SetDefaultUserDest,
            help: "set this user as the default user for the region in -w/--write-config output");
    }

    /// <summary>
    /// Looks up the account ID with GetUser unless the caller already knows it (accountcreate does); a 403
    /// only costs the "ACCOUNT:" prefix, with a warning, as in euca2ools.
    /// </summary>
    public static async Task WriteAsync(
        CommandContext context, string accessKeyId, string secretKey, string? userName, string? knownAccountId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accountId = knownAccountId;
        if (accountId is null)
        {
            try
            {
                var result = await context.Client.SendAsync("GetUser", new QueryParameters()
                    .Add("UserName", userName)
                    .Add(IamArguments.DelegateAccount, context.Args.Get(IamArguments.DelegateAccount))).ConfigureAwait(false);
                accountId = AwsXml.Text(result, "User", "Arn")?.Split(':') is { Length: > 4 } arn ? arn[4] : null;
            }
            catch (AwsServiceError e) when (e.StatusCode == 403)
            {
                context.Runtime.Error.WriteLine($"warning: unable to retrieve account ID ({e.Message})");
            }
        }

        var domain = context.Args.Get(DomainDest) ?? DomainFromIamUrl(context);
        var userSection = (accountId is { Length: > 0 } ? accountId + ":" : string.Empty) + (userName ?? "root");

        var region = new List<(string, string)>();
        if (domain is not null)
        {
            var scheme = context.Client.Endpoint.Url.Scheme;
            region.AddRange(ServiceNames.Select(svc => ($"{svc}-url", $"{scheme}://{svc}.{domain}/")));
        }

        foreach (var copied in new[] { "verify-ssl", "verify-tls" })
        {
            if (context.Config.GetRegionOption(context.Profile.Region, copied)?.Value is { } value)
            {
                region.Add((copied, value));
            }
        }

        if (context.Args.Has(SetDefaultUserDest))
        {
            region.Add(("user", userSection));
        }

        var text = new StringBuilder();
        var regionName = context.Profile.Region ?? domain;
        if (region.Count > 0 && regionName is not null)
        {
            AppendSection(text, $"region {regionName.Split(':')[0]}", region);
        }

        var user = new List<(string, string)> { ("key-id", accessKeyId), ("secret-key", secretKey) };
        if (accountId is { Length: > 0 })
        {
            user.Add(("account-id", accountId));
        }

        AppendSection(text, $"user {userSection}", user);
        context.Out.Write(text.ToString());
    }

    /// <summary>The IAM URL's host minus its first label ("iam.cloud.example.com:8773" → "cloud.example.com:8773").</summary>
    private static string? DomainFromIamUrl(CommandContext context)
    {
        var url = context.Client.Endpoint.Url;
        var host = url.Host;
        if (IPAddress.TryParse(host.Trim('[', ']'), out _) || !host.Contains('.', StringComparison.Ordinal))
        {
            context.Runtime.Error.WriteLine(
                $"warning: IAM URL {url} refers to a specific IP; for a complete configuration file supply the region's DNS domain with -d/--domain");
            return null;
        }

        return host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..] + (url.IsDefaultPort ? string.Empty : $":{url.Port}");
    }

    private static void AppendSection(StringBuilder text, string header, IEnumerable<(string Key, string Value)> options)
    {
        text.Append('[').Append(header).Append("]\n");
        foreach (var (key, value) in options)
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        text.Append('\n');
    }
}
