using System.Diagnostics;
using System.Threading.RateLimiting;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// A fixed-window limiter for one client over <see cref="IWindowCounters"/>: in memory with SQLite, in PostgreSQL
/// (shared by every replica) otherwise. A refusal carries the seconds left in the client's window.
/// </summary>
internal sealed class WindowLimiter(string partition, int permitLimit, TimeSpan window, IWindowCounters counters) : RateLimiter
{
    private static readonly RateLimitLease Granted = new WindowLease(true, null);

    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>Lets the partitioned limiter drop clients it has not seen for a while.</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>
    /// Counting may take a database round trip, which a synchronous call must not block on: it declines, and the
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

        var counted = await counters.TakeAsync(partition, permitCount, window, cancellationToken);
        return counted.Count <= permitLimit ? Granted : new WindowLease(false, counted.RetryAfter);
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
