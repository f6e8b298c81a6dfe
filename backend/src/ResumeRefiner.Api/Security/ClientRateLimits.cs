using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// Per-client limits on the API: every request counts against both the client's IP and its workspace
/// (so neither rotating workspaces nor sharing an IP escapes the limit), and uploads have a tighter budget.
/// Counts live in <see cref="IWindowCounters"/>: shared by all replicas on PostgreSQL, in memory with SQLite.
/// </summary>
internal static class ClientRateLimits
{
    public const string UploadPolicy = "upload";

    /// <summary>Queuing AI work costs money per call, so it shares the tighter upload budget (its own bucket).</summary>
    public const string AiPolicy = "ai";

    /// <summary>
    /// Proofreading a long text costs seconds of CPU and needs no workspace, so a caller without one gets a tighter
    /// budget per IP; a workspace's checks count against the general limits only.
    /// </summary>
    public const string AnonymousCheckPolicy = "anonymous-check";

    /// <summary>Every limit counts requests per minute.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, HttpOptions http, DatabaseTarget database)
    {
        // On PostgreSQL the replicas share their counts (a client cannot multiply its budget by the number of
        // replicas); SQLite means one process, which counts in memory.
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IWindowCounters>(provider => new RateLimitCounters(database.ConnectionString,
                provider.GetRequiredService<WorkspaceTokens>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RateLimitCounters>>()));
        }
        else
        {
            services.AddSingleton<IWindowCounters>(provider => new MemoryWindowCounters(provider.GetRequiredService<TimeProvider>()));
        }

        services.AddHostedService<RateLimitWindowSweep>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IWindowCounters>((limiter, counters) =>
        {
            RateLimitPartition<string> PerMinute(string partition, int permits) =>
                RateLimitPartition.Get(partition, key => new WindowLimiter(key, permits, Window, counters));

            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(context => IsApi(context) ? "ip:" + ClientIp(context) : null, http.RateLimitPerMinute, PerMinute),
                Partitioned(context => IsApi(context) && WorkspaceToken(context) is { } token ? "ws:" + token : null, http.RateLimitPerMinute, PerMinute));
            limiter.AddPolicy(UploadPolicy, context => PerMinute("upload:" + ClientIp(context), http.UploadRateLimitPerMinute));
            limiter.AddPolicy(AiPolicy, context => PerMinute("ai:" + ClientIp(context), http.UploadRateLimitPerMinute));
            limiter.AddPolicy(AnonymousCheckPolicy, context => WorkspaceToken(context) is null
                ? PerMinute("check:" + ClientIp(context), http.AnonymousCheckRateLimitPerMinute)
                : RateLimitPartition.GetNoLimiter("check:workspace"));
            limiter.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
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
    public static IServiceCollection AddForwardedHeaders(this IServiceCollection services, HttpOptions http) =>
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the default loopback network.
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            if (http.KnownProxies.Count == 0 && http.KnownNetworks.Count == 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = 1;
            foreach (var proxy in http.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in http.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

    private static PartitionedRateLimiter<HttpContext> Partitioned(
        Func<HttpContext, string?> key, int permits, Func<string, int, RateLimitPartition<string>> perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? perMinute(partition, permits)
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? WorkspaceToken(HttpContext context)
    {
        var production = context.RequestServices.GetRequiredService<IOptions<HostingOptions>>().Value.IsProduction;
        var token = WorkspaceAccessor.ReadToken(context.Request, production);
        return WorkspaceTokens.IsWellFormed(token) ? token : null;
    }
}
