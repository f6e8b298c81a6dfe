using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>Who may call the API and how much: origins, host names, trusted proxies and request limits.</summary>
public sealed class HttpOptions
{
    /// <summary>ALLOWED_ORIGINS: comma-separated origins allowed by CORS (split deployments).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = ["http://localhost:5173", "http://localhost:8080"];

    /// <summary>ALLOWED_HOSTS: semicolon- or comma-separated host names the server answers to (* = any).</summary>
    public IReadOnlyList<string> AllowedHosts { get; set; } = ["*"];

    /// <summary>KNOWN_PROXIES: IP addresses of reverse proxies whose X-Forwarded-* headers are trusted.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>KNOWN_NETWORKS: CIDR ranges of trusted reverse proxies (e.g. 10.0.0.0/8).</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>MAX_FILE_SIZE: largest accepted upload, in bytes.</summary>
    public long MaxFileSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>RATE_LIMIT_PER_MINUTE: requests per minute per client on the API.</summary>
    public int RateLimitPerMinute { get; set; } = 60;

    /// <summary>UPLOAD_RATE_LIMIT_PER_MINUTE: uploads, and separately AI requests, per minute per client (the costly paths).</summary>
    public int UploadRateLimitPerMinute { get; set; } = 10;

    /// <summary>CHECK_RATE_LIMIT_PER_MINUTE: proofreading requests per minute per IP from callers without a workspace.</summary>
    public int AnonymousCheckRateLimitPerMinute { get; set; } = 10;

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        AllowedOrigins = configuration.List("ALLOWED_ORIGINS") ?? AllowedOrigins;
        AllowedHosts = configuration.List("ALLOWED_HOSTS") ?? AllowedHosts;
        KnownProxies = configuration.List("KNOWN_PROXIES") ?? KnownProxies;
        KnownNetworks = configuration.List("KNOWN_NETWORKS") ?? KnownNetworks;
        MaxFileSize = configuration.Int64("MAX_FILE_SIZE", MaxFileSize, min: 1);
        RateLimitPerMinute = configuration.Int32("RATE_LIMIT_PER_MINUTE", RateLimitPerMinute, min: 1);
        UploadRateLimitPerMinute = configuration.Int32("UPLOAD_RATE_LIMIT_PER_MINUTE", UploadRateLimitPerMinute, min: 1);
        AnonymousCheckRateLimitPerMinute = configuration.Int32("CHECK_RATE_LIMIT_PER_MINUTE", AnonymousCheckRateLimitPerMinute, min: 1);
    }
}

/// <summary>Proxies must be addresses; production must name its origins.</summary>
internal sealed class HttpOptionsValidator(IOptions<HostingOptions> hosting) : SettingsValidator<HttpOptions>
{
    protected override IEnumerable<string> Refusals(HttpOptions options)
    {
        foreach (var proxy in options.KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return $"KNOWN_PROXIES has '{proxy}', which is not an IP address.";
        }

        foreach (var network in options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return $"KNOWN_NETWORKS has '{network}', which is not a CIDR range such as 10.0.0.0/8.";
        }

        if (hosting.Value.IsProduction && options.AllowedOrigins.Any(origin => origin.Contains('*', StringComparison.Ordinal)))
        {
            yield return "ALLOWED_ORIGINS must list exact origins in production; a wildcard '*' is not allowed.";
        }
    }
}
