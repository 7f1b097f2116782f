namespace Ironbark.Cli.Euca2ools;

/// <summary>
/// Where a service request goes and which region its SigV4 scope names. Endpoint precedence: -U/--url, the
/// service's environment variable, then "&lt;svc&gt;-url" of the resolved region; an environment URL therefore
/// beats --region. A "REGION::URL" value also fixes the signing region.
/// </summary>
internal sealed record ResolvedEndpoint(Uri Url, string SigningRegion)
{
    public static ResolvedEndpoint Resolve(
        ServiceDescriptor service, string? urlOption, ResolvedProfile profile, CliRuntime runtime, EucaConfig config)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);

        string? raw = string.IsNullOrEmpty(urlOption) ? runtime.GetEnvironment(service.UrlVariable) : urlOption;
        string? regionFromUrl = null;
        string? nameSection = profile.Region;
        if (raw is null)
        {
            var configured = config.GetRegionOption(profile.Region, service.ConfigKey);
            if (configured is not null && configured.Value.Length > 0)
            {
                raw = configured.Value;

                // Reached through "use aws:us-east-1"? Then that section's name is the scope region.
                nameSection = configured.Section;
            }
        }
        else
        {
            var split = raw.IndexOf("::", StringComparison.Ordinal);
            if (split >= 0)
            {
                regionFromUrl = raw[..split];
                raw = raw[(split + 2)..];
            }
        }

        if (raw is null)
        {
            throw new CliError(MissingEndpointMessage(service, config));
        }

        if (!Uri.TryCreate(raw, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new CliError($"{service.Name} endpoint URL '{raw}' is not a valid http or https URL");
        }

        var signingRegion = regionFromUrl is { Length: > 0 }
            ? regionFromUrl
            : config.GetRegionOption(nameSection, "name")?.Value is { Length: > 0 } name
                ? name
                : runtime.GetEnvironment("AWS_AUTH_REGION") ?? $"undefined-{runtime.ProcessId}";
        return new ResolvedEndpoint(url, signingRegion);
    }

    private static string MissingEndpointMessage(ServiceDescriptor service, EucaConfig config)
    {
        var regions = config.RegionNames
            .Where(r => !r.Contains('*', StringComparison.Ordinal) && config.GetRegionOption(r, service.ConfigKey) is not null)
            .Order(StringComparer.Ordinal)
            .ToList();
        var prefix = $"No {service.Name} endpoint to connect to was given. ";
        return regions.Count > 0
            ? prefix + $"Configured regions with {service.Name} endpoints are: {string.Join(", ", regions)}"
            : prefix + $"{service.Name} endpoints may be specified in a config file with \"{service.ConfigKey}\".";
    }
}
