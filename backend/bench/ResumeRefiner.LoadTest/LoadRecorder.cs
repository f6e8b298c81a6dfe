using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace ResumeRefiner.LoadTest;

/// <summary>
/// Records every request of a run: latency per operation (HdrHistogram, microseconds), status codes, and a
/// per-second timeline, so a fault drill can show when errors happened and how long recovery took.
/// </summary>
internal sealed class LoadRecorder
{
    private const long MaxLatencyMicros = 120L * 1_000_000;
    private readonly ConcurrentDictionary<string, LongConcurrentHistogram> _latency = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errorsByOperation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, (int Ok, int Failed)> _timeline = new();
    private readonly ConcurrentQueue<FailedRequest> _failures = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly LongConcurrentHistogram _firstSuggestions = new(1, MaxLatencyMicros, 3);
    private int _offlineFirst;
    private int _requests;
    private int _errors;
    private int _unavailableWithRetryAfter;

    public int Requests => Volatile.Read(ref _requests);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Claims a slot for one more request; false once the run's request budget is spent.</summary>
    public bool TryReserve(int maxRequests) => Interlocked.Increment(ref _requests) <= maxRequests;

    public void Record(string operation, TimeSpan latency, int status, bool success, bool retryAfter)
    {
        var micros = Math.Clamp((long)latency.TotalMicroseconds, 1, MaxLatencyMicros);
        _latency.GetOrAdd(operation, _ => new LongConcurrentHistogram(1, MaxLatencyMicros, 3)).RecordValue(micros);
        _latency.GetOrAdd("all", _ => new LongConcurrentHistogram(1, MaxLatencyMicros, 3)).RecordValue(micros);
        _statuses.AddOrUpdate(status == 0 ? "transport-error" : status.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
        var second = (int)_clock.Elapsed.TotalSeconds;
        _timeline.AddOrUpdate(second, success ? (1, 0) : (0, 1), (_, t) => success ? (t.Ok + 1, t.Failed) : (t.Ok, t.Failed + 1));
        if (success)
        {
            return;
        }

        Interlocked.Increment(ref _errors);
        _errorsByOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
        if (status == 503 && retryAfter)
        {
            Interlocked.Increment(ref _unavailableWithRetryAfter);
        }

        if (_failures.Count < 200)
        {
            _failures.Enqueue(new FailedRequest(Math.Round(_clock.Elapsed.TotalSeconds, 2), operation, status));
        }
    }

    /// <summary>How long a user waited from queueing an AI job until it showed suggestions, and whose.</summary>
    public void RecordFirstSuggestions(TimeSpan waited, string source)
    {
        _firstSuggestions.RecordValue(Math.Clamp((long)waited.TotalMicroseconds, 1, MaxLatencyMicros));
        if (source != "ai")
        {
            Interlocked.Increment(ref _offlineFirst);
        }
    }

    public LoadReport Report(LoadOptions options, TimeSpan measured, AiJobTally ai)
    {
        var total = _latency.TryGetValue("all", out var all) ? all.TotalCount : 0;
        var operations = _latency
            .OrderBy(p => p.Key == "all" ? 1 : 0).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new OperationStats(
                p.Key,
                p.Value.TotalCount,
                p.Key == "all" ? Volatile.Read(ref _errors) : _errorsByOperation.GetValueOrDefault(p.Key),
                Millis(Percentile(p.Value, 50)),
                Millis(Percentile(p.Value, 95)),
                Millis(Percentile(p.Value, 99)),
                Millis(p.Value.GetMaxValue())))
            .ToList();
        return new LoadReport(
            options.BaseUrl.ToString(),
            _started.ToUnixTimeMilliseconds(),
            options.Users,
            Math.Round(measured.TotalSeconds, 1),
            total,
            Math.Round(total / Math.Max(0.001, measured.TotalSeconds), 1),
            Volatile.Read(ref _errors),
            total == 0 ? 0 : Math.Round(100.0 * Volatile.Read(ref _errors) / total, 3),
            Volatile.Read(ref _unavailableWithRetryAfter),
            operations,
            new SortedDictionary<string, int>(_statuses, StringComparer.Ordinal),
            _timeline.OrderBy(t => t.Key).Select(t => new Second(t.Key, t.Value.Ok, t.Value.Failed)).ToList(),
            [.. _failures],
            ai,
            new FirstSuggestions(
                _firstSuggestions.TotalCount,
                Volatile.Read(ref _offlineFirst),
                Seconds(Percentile(_firstSuggestions, 50)),
                Seconds(Percentile(_firstSuggestions, 95)),
                Seconds(_firstSuggestions.GetMaxValue())));
    }

    // HdrHistogram throws on an empty histogram ("percentile value not found in range"): a drill that queues no AI
    // job has no waits to report, which is 0, not a crash at the end of the run.
    private static long Percentile(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile);

    private static double Millis(long micros) => Math.Round(micros / 1000.0, 1);

    private static double Seconds(long micros) => Math.Round(micros / 1_000_000.0, 2);
}

internal sealed record FailedRequest(double AtSeconds, string Operation, int Status);

internal sealed record OperationStats(string Operation, long Count, int Errors, double P50Ms, double P95Ms, double P99Ms, double MaxMs);

internal sealed record Second(int At, int Ok, int Failed);

/// <summary>What became of the AI jobs the run queued: nothing may stay unfinished or be lost.</summary>
internal sealed record AiJobTally(int Queued, int CompletedByAi, int CompletedOffline, int Failed, int Unfinished, int Lost);

/// <param name="StartedAtUnixMs">When the first request went out, so a fault drill can place its fault on the timeline.</param>
internal sealed record LoadReport(
    string BaseUrl,
    long StartedAtUnixMs,
    int Users,
    double Seconds,
    long Requests,
    double RequestsPerSecond,
    int Errors,
    double ErrorPercent,
    int UnavailableWithRetryAfter,
    IReadOnlyList<OperationStats> Operations,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<Second> Timeline,
    IReadOnlyList<FailedRequest> Failures,
    AiJobTally Ai,
    FirstSuggestions FirstSuggestions);

/// <summary>AI jobs the users waited on: how long until suggestions showed, and how many showed the offline ones first.</summary>
internal sealed record FirstSuggestions(long Count, int OfflineFirst, double P50Seconds, double P95Seconds, double MaxSeconds);
