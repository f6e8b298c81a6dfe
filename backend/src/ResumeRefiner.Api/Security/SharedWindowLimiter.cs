using System.Diagnostics;
using System.Threading.RateLimiting;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// A fixed-window limiter for one client whose count lives in PostgreSQL (<see cref="RateLimitCounters"/>), so
/// every replica draws from the same budget. While the database cannot be reached it counts in this process, as
/// a single replica would: limits stay on (N replicas then allow up to N times the limit) rather than turning
/// every request away or letting every request through.
/// </summary>
internal sealed class SharedWindowLimiter(string partition, int permitLimit, TimeSpan window, RateLimitCounters counters) : RateLimiter
{
    private static readonly RateLimitLease Granted = new WindowLease(true, null);

    private FixedWindowRateLimiter? _local;
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>Lets the partitioned limiter drop clients it has not seen for a while.</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => _local?.GetStatistics();

    /// <summary>
    /// Counting takes a database round trip, which a synchronous call must not block on: it declines, and the
    /// rate-limiting middleware then asks <see cref="AcquireAsyncCore"/>.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? Granted : new WindowLease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit);
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0)
        {
            return Granted;
        }

        if (await counters.TakeAsync(partition, permitCount, window, cancellationToken) is not { } counted)
        {
            return await Local().AcquireAsync(permitCount, cancellationToken);
        }

        return counted.Count <= permitLimit ? Granted : new WindowLease(false, counted.RetryAfter);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _local?.Dispose();
        }

        base.Dispose(disposing);
    }

    private FixedWindowRateLimiter Local()
    {
        if (_local is null)
        {
            var local = new FixedWindowRateLimiter(new() { PermitLimit = permitLimit, Window = window, QueueLimit = 0, AutoReplenishment = true });
            if (Interlocked.CompareExchange(ref _local, local, null) is not null)
            {
                local.Dispose();
            }
        }

        return _local;
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
