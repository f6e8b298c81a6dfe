using System.Text.Json;
using Amazon.Runtime;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Storage;
using CheckStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace ResumeRefiner.Api.Health;

/// <summary>
/// Readiness (<c>/health/ready</c>): may this replica take traffic? The database answers, the upload store takes a
/// write and reads it back (UPLOAD_DIR and its free disk space, or the S3 bucket with STORAGE=s3; only where the API runs: a worker-role
/// process never touches uploads). The AI provider is optional, so it only reports (degraded while its circuit is open)
/// and never makes the replica unready. Answers carry no exception messages: they name the check and the error type.
/// </summary>
internal static class ReadinessChecks
{
    public const string Tag = "ready";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services, HostingOptions hosting, StorageOptions storage)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseCheck>("database", CheckStatus.Unhealthy, [Tag], Timeout);
        if (hosting.RunsApi && storage.UsesS3)
        {
            checks.AddCheck<S3StorageCheck>("storage", CheckStatus.Unhealthy, [Tag], Timeout);
        }
        else if (hosting.RunsApi)
        {
            checks.AddCheck<UploadStorageCheck>("storage", CheckStatus.Unhealthy, [Tag], Timeout)
                .AddCheck<DiskSpaceCheck>("disk", CheckStatus.Unhealthy, [Tag], Timeout);
        }

        checks.AddCheck<AiProviderCheck>("ai", CheckStatus.Degraded, [Tag], Timeout);
        return services;
    }

    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Tag),
            ResponseWriter = WriteAsync,
            AllowCachingResponses = false,
        }).DisableRateLimiting();

    /// <summary>
    /// The status (and the 200 or 503 the framework sets from it) is for everyone: load balancers and Render's health
    /// check. The checks (AI host and model, free disk, bucket) only for <see cref="OperationsAccess"/> callers.
    /// </summary>
    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var detailed = context.RequestServices.GetRequiredService<OperationsAccess>().Allows(context);
        var body = new
        {
            status = report.Status == CheckStatus.Unhealthy ? "not-ready" : "ready",
            timestamp = clock.GetUtcNow(),
            durationMs = detailed ? Math.Round(report.TotalDuration.TotalMilliseconds, 1) : (double?)null,
            checks = !detailed ? null : report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString().ToLowerInvariant(),
                    description = e.Value.Description ?? (e.Value.Exception is { } x ? $"{x.GetType().Name}" : null),
                    durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    data = e.Value.Data.Count == 0 ? null : e.Value.Data,
                }),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, JsonOptions, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}

internal sealed class DatabaseCheck(AppDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("reachable")
            : HealthCheckResult.Unhealthy("the database does not answer: check DATABASE_URL and the database server");
}

/// <summary>Writes, reads back and deletes a probe file where uploads go, as an upload would.</summary>
internal sealed partial class UploadStorageCheck(IOptions<StorageOptions> storage, ILogger<UploadStorageCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(Path.GetFullPath(storage.Value.UploadDir), $".ready-probe-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(probe)!);
            await File.WriteAllBytesAsync(probe, "probe"u8.ToArray(), cancellationToken);
            if ((await File.ReadAllBytesAsync(probe, cancellationToken)).Length != 5)
            {
                return HealthCheckResult.Unhealthy("the upload directory did not read back what was written");
            }

            File.Delete(probe);
            return HealthCheckResult.Healthy("writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ProbeFailed(log, e.GetType().Name, e);
            TryDelete(probe);
            return HealthCheckResult.Unhealthy($"the upload directory (UPLOAD_DIR) is not writable ({e.GetType().Name})");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the directory is gone; the store's sweep removes stray probes.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: upload storage is not writable ({Error})")]
    private static partial void ProbeFailed(ILogger logger, string error, Exception exception);
}

/// <summary>Writes, reads back and deletes a probe object in the bucket (STORAGE=s3), as an upload would.</summary>
internal sealed partial class S3StorageCheck(S3FileStore store, ILogger<S3StorageCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["location"] = store.Location };
        try
        {
            return await store.ProbeAsync(cancellationToken)
                ? HealthCheckResult.Healthy("writable", data)
                : HealthCheckResult.Unhealthy("the S3 bucket did not read back what was written", data: data);
        }
        catch (AmazonServiceException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The service answered and refused: say why in S3's words (NoSuchBucket, AccessDenied, ...).
            ProbeFailed(log, e.ErrorCode ?? e.StatusCode.ToString(), e);
            return HealthCheckResult.Unhealthy($"the S3 bucket (S3_BUCKET) refused the probe ({e.ErrorCode ?? e.StatusCode.ToString()})", data: data);
        }
        catch (Exception e) when ((e is AmazonClientException or HttpRequestException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            ProbeFailed(log, e.GetType().Name, e);
            return HealthCheckResult.Unhealthy($"the S3 service cannot be reached (S3_SERVICE_URL / S3_REGION; {e.GetType().Name})", data: data);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the S3 bucket is not writable ({Error})")]
    private static partial void ProbeFailed(ILogger logger, string error, Exception exception);
}

internal sealed class DiskSpaceCheck(IOptions<StorageOptions> storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var minimum = storage.Value.MinFreeDiskMb * 1024 * 1024;
        var free = DiskSpace.FreeBytes(storage.Value.UploadDir);
        var data = new Dictionary<string, object> { ["minFreeBytes"] = minimum };
        if (free is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the free space of the upload disk cannot be read", data: data));
        }

        data["freeBytes"] = free.Value;
        return Task.FromResult(free.Value >= minimum
            ? HealthCheckResult.Healthy("enough free space", data)
            : HealthCheckResult.Unhealthy($"less than MIN_FREE_DISK_MB ({storage.Value.MinFreeDiskMb} MB) free on the upload disk", data: data));
    }
}

internal sealed class AiProviderCheck(AiProvider provider, AiCircuit circuit) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!provider.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("not configured: AI is off, offline suggestions only", new Dictionary<string, object> { ["configured"] = false }));
        }

        var data = new Dictionary<string, object>
        {
            ["configured"] = true,
            ["provider"] = provider.Name,
            ["model"] = provider.Model,
            ["circuit"] = AppMetrics.Tag(circuit.State),
        };
        return Task.FromResult(circuit.State == AiCircuitState.Closed
            ? HealthCheckResult.Healthy("configured", data)
            : HealthCheckResult.Degraded("the provider's circuit breaker is open: AI jobs get offline suggestions until it recovers", data: data));
    }
}
