using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Observability;

/// <summary>
/// The service's own instruments (meter "ResumeRefiner.Api"). Prometheus names: '.' becomes '_', the unit is
/// appended (s → _seconds, By → _bytes) and counters end in _total, e.g. <c>resumerefiner_uploads_total</c>.
/// Tags hold only bounded values (outcomes, reasons, kinds): never ids, file names or text.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "ResumeRefiner.Api";

    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _uploads;
    private readonly Histogram<double> _parse;
    private readonly Histogram<double> _analysis;
    private readonly Histogram<double> _export;
    private readonly Counter<long> _feedback;
    private readonly BoundedTagValues _feedbackRules = new(MaxFeedbackRules);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly Lock _queueLock = new();
    private QueueSnapshot? _queue;
    private long _queueReadAt;
    private bool _queueRead;

    public AppMetrics(IMeterFactory meters, IServiceScopeFactory scopes, IOptions<StorageOptions> storage, AiCircuit circuit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(circuit);
        _scopes = scopes;
        _clock = clock;
        var meter = meters.Create(MeterName);
        var seconds = new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets };
        _uploads = meter.CreateCounter<long>("resumerefiner.uploads", "{upload}", "Uploads by outcome (accepted, duplicate, refused, error) and reason");
        _parse = meter.CreateHistogram("resumerefiner.parse.duration", "s", "Time to parse and inspect an uploaded document, by kind and outcome", advice: seconds);
        _analysis = meter.CreateHistogram("resumerefiner.analysis.duration", "s", "Time to analyse a resume (with or without a job description)", advice: seconds);
        _export = meter.CreateHistogram("resumerefiner.export.duration", "s", "Time to render an export, by format", advice: seconds);
        _feedback = meter.CreateCounter<long>("resumerefiner.feedback", "{answer}", "Users' verdicts by kind (finding, fix, suggestion, export), rule and verdict");
        meter.CreateObservableGauge("resumerefiner.ai.queue.depth", () => ReadQueue()?.Depth ?? [], "{job}",
            "AI jobs by status, all replicas: queued, running, retrying (offline suggestions shown, next attempt later) and dead (dead-lettered, kept)");
        meter.CreateObservableGauge("resumerefiner.ai.queue.oldest_age", () => ReadQueue() is { } queue ? [new Measurement<double>(queue.OldestAgeSeconds)] : Array.Empty<Measurement<double>>(), "s",
            "How long the longest-waiting due AI job has waited for a worker (queued, a retry whose time has come, or a lease run out); 0 when none waits");
        if (!storage.Value.UsesS3)
        {
            var uploadDir = storage.Value.UploadDir;
            meter.CreateObservableGauge("resumerefiner.upload_storage.free", () => DiskSpace.FreeBytes(uploadDir) is { } free ? [new Measurement<long>(free)] : Array.Empty<Measurement<long>>(),
                "By", "Free space on the disk that holds UPLOAD_DIR");
        }

        meter.CreateObservableGauge("resumerefiner.ai.circuit.open", () => circuit.State == AiCircuitState.Closed ? 0 : 1, "1", "1 while the AI provider's circuit breaker is open or half-open");
    }

    /// <summary>How long the AI queue gauge reuses its last count, so a busy scraper does not load the database.</summary>
    public static TimeSpan QueueCacheDuration { get; } = TimeSpan.FromSeconds(5);

    public void Upload(string outcome, string reason) => _uploads.Add(1, new("outcome", outcome), new("reason", reason));

    public void Parsed(TimeSpan elapsed, string kind, string outcome) => _parse.Record(elapsed.TotalSeconds, new("kind", kind), new("outcome", outcome));

    public void Analysed(TimeSpan elapsed, bool withJob) => _analysis.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("with_job", withJob ? "true" : "false"));

    public void Exported(TimeSpan elapsed, string format) => _export.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("format", format));

    /// <summary>Rules are the product's own ids, but a client names them: past this many, new ones count as "other".</summary>
    public const int MaxFeedbackRules = 500;

    public void Feedback(string kind, string rule, string verdict) =>
        _feedback.Add(1, new("kind", kind), new("rule", _feedbackRules.Admit(rule)), new("verdict", verdict));

    /// <summary>"ArchiveLimits" → "archive-limits": enum names as tag values.</summary>
    public static string Tag(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var tag = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && tag.Length > 0)
            {
                tag.Append('-');
            }

            tag.Append(char.ToLowerInvariant(c));
        }

        return tag.ToString();
    }

    private QueueSnapshot? ReadQueue()
    {
        lock (_queueLock)
        {
            if (_queueRead && _clock.GetElapsedTime(_queueReadAt) < QueueCacheDuration)
            {
                return _queue;
            }

            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDb>();
                var now = _clock.GetUtcNow().UtcDateTime;
                // Served by the (Status, CreatedAt) index; finished jobs other than dead ones are never counted.
                var counts = db.AiJobs.AsNoTracking()
                    .Where(j => j.Status == AiJobStatus.Queued || j.Status == AiJobStatus.Running || j.Status == AiJobStatus.Retrying || j.Status == AiJobStatus.Dead)
                    .GroupBy(j => j.Status)
                    .Select(g => new { Status = g.Key, Count = g.Count() })
                    .ToList();
                // Waiting since: created (queued), due (a retry), or abandoned (a lease that ran out).
                var oldest = db.AiJobs.AsNoTracking()
                    .Where(j => j.Status == AiJobStatus.Queued
                        || (j.Status == AiJobStatus.Retrying && j.NotBefore <= now)
                        || (j.Status == AiJobStatus.Running && j.LeaseExpiresAt < now))
                    .Min(j => (DateTime?)(j.Status == AiJobStatus.Running ? j.LeaseExpiresAt : j.NotBefore ?? j.CreatedAt));
                Measurement<long> Depth(string status) =>
                    new(counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0, new KeyValuePair<string, object?>("status", status));
                _queue = new QueueSnapshot(
                    [Depth(AiJobStatus.Queued), Depth(AiJobStatus.Running), Depth(AiJobStatus.Retrying), Depth(AiJobStatus.Dead)],
                    oldest is { } since && since < now ? (now - since).TotalSeconds : 0);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ObjectDisposedException)
            {
                // Database unreachable (readiness reports it) or the host is stopping: no sample rather than a wrong one.
                _queue = null;
            }

            _queueRead = true;
            _queueReadAt = _clock.GetTimestamp();
            return _queue;
        }
    }

    private sealed record QueueSnapshot(Measurement<long>[] Depth, double OldestAgeSeconds);
}

/// <summary>Free space of the file system holding a path (its nearest existing ancestor when it does not exist yet).</summary>
public static class DiskSpace
{
    public static long? FreeBytes(string path)
    {
        try
        {
            var directory = new DirectoryInfo(Path.GetFullPath(path));
            while (directory is { Exists: false })
            {
                directory = directory.Parent;
            }

            return directory is null ? null : new DriveInfo(directory.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
