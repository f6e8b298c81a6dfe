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

/// <summary>
/// Proxies must be addresses. Production must name its origins (https, or http on the local machine), its host names,
/// and trust forwarded headers only from private networks.
/// </summary>
internal sealed class HttpOptionsValidator(IOptions<HostingOptions> hosting) : SettingsValidator<HttpOptions>
{
    /// <summary>Ranges no one on the internet can send from: RFC 1918, shared (RFC 6598), loopback and unique local IPv6.</summary>
    private static readonly IPNetwork[] PrivateRanges =
    [
        IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"),
    ];

    private const string PrivateRangeList = "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, 127.0.0.0/8, ::1, fc00::/7";

    protected override IEnumerable<string> Refusals(HttpOptions options)
    {
        var production = hosting.Value.IsProduction;
        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out var address))
            {
                yield return $"KNOWN_PROXIES has '{proxy}', which is not an IP address.";
            }
            else if (production && !IsPrivate(new IPNetwork(address, address.GetAddressBytes().Length * 8)))
            {
                yield return $"KNOWN_PROXIES has '{proxy}', a public address: production trusts X-Forwarded-* only from private networks ({PrivateRangeList}).";
            }
        }

        foreach (var network in options.KnownNetworks)
        {
            if (!IPNetwork.TryParse(network, out var range))
            {
                yield return $"KNOWN_NETWORKS has '{network}', which is not a CIDR range such as 10.0.0.0/8.";
            }
            else if (production && !IsPrivate(range))
            {
                yield return $"KNOWN_NETWORKS has '{network}', which is wider than a private range: production trusts X-Forwarded-* only from private networks ({PrivateRangeList}).";
            }
        }

        if (!production)
        {
            yield break;
        }

        if (options.AllowedOrigins.Any(origin => origin.Contains('*', StringComparison.Ordinal)))
        {
            yield return "ALLOWED_ORIGINS must list exact origins in production; a wildcard '*' is not allowed.";
        }

        foreach (var origin in options.AllowedOrigins.Where(origin => !origin.Contains('*', StringComparison.Ordinal) && !IsSafeOrigin(origin)))
        {
            // Sandboxed frames, data: and file: pages all send "Origin: null", so allowing it allows any page.
            yield return origin.Equals("null", StringComparison.OrdinalIgnoreCase)
                ? "ALLOWED_ORIGINS has 'null', which any sandboxed page or local file sends: list https origins in production."
                : $"ALLOWED_ORIGINS has '{origin}', which is not an https origin: production allows plain http only for localhost.";
        }

        if (options.AllowedHosts.Contains("*"))
        {
            yield return "ALLOWED_HOSTS must name the server's host names in production (e.g. resumes.example.com); '*' (the default) answers any Host header.";
        }
    }

    private static bool IsSafeOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool IsPrivate(IPNetwork network)
    {
        // An IPv4 range written as IPv4-mapped IPv6 (::ffff:10.0.0.0/104) is judged as the IPv4 range it is.
        if (network.BaseAddress.IsIPv4MappedToIPv6 && network.PrefixLength >= 96)
        {
            network = new IPNetwork(network.BaseAddress.MapToIPv4(), network.PrefixLength - 96);
        }

        return PrivateRanges.Any(range => range.BaseAddress.AddressFamily == network.BaseAddress.AddressFamily
            && network.PrefixLength >= range.PrefixLength
            && range.Contains(network.BaseAddress));
    }
}
