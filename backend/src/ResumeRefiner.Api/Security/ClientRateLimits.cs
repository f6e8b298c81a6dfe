using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// Per-client limits on the API: every request counts against both the client's IP and its workspace
/// (so neither rotating workspaces nor sharing an IP escapes the limit), and uploads have a tighter budget.
/// </summary>
internal static class ClientRateLimits
{
    public const string UploadPolicy = "upload";

    /// <summary>Queuing AI work costs money per call, so it shares the tighter upload budget (its own bucket).</summary>
    public const string AiPolicy = "ai";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, AppSettings settings)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerMinute(settings.RateLimitPerMinute, context => IsApi(context) ? "ip:" + ClientIp(context) : null),
                PerMinute(settings.RateLimitPerMinute, context => IsApi(context) && WorkspaceToken(context) is { } token ? "ws:" + token : null));
            limiter.AddPolicy(UploadPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "upload:" + ClientIp(context),
                _ => Window(settings.UploadRateLimitPerMinute)));
            limiter.AddPolicy(AiPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "ai:" + ClientIp(context),
                _ => Window(settings.UploadRateLimitPerMinute)));
            limiter.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
                        $"You have sent too many requests in the last minute. Wait {seconds} seconds and try again.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>
    /// Trust X-Forwarded-For/Proto only from the configured proxies. ASP.NET trusts loopback by default, and
    /// trusts every sender once both lists are empty; neither is wanted, because a tunnel or sidecar on the same
    /// host would let any client name its own address. With no proxy configured the headers are ignored; a
    /// local nginx is configured like any other proxy (KNOWN_PROXIES=127.0.0.1).
    /// </summary>
    public static IServiceCollection AddForwardedHeaders(this IServiceCollection services, AppSettings settings) =>
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the default loopback network.
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            if (settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = 1;
            foreach (var proxy in settings.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

    private static PartitionedRateLimiter<HttpContext> PerMinute(int permits, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => Window(permits))
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? WorkspaceToken(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : context.Request.Cookies[WorkspaceAccessor.CookieName];
        return WorkspaceTokens.IsWellFormed(token) ? token : null;
    }
}
