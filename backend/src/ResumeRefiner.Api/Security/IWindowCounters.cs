namespace ResumeRefiner.Api.Security;

/// <summary>The count after this request, and how long until its window ends.</summary>
public readonly record struct WindowCount(int Count, TimeSpan RetryAfter);

/// <summary>
/// Where fixed-window rate limits keep their counts. Windows are per client, opened by its first request, so the
/// time left (Retry-After) is exact for each client.
/// </summary>
public interface IWindowCounters
{
    /// <summary>Takes <paramref name="permits"/> from the client's window and returns the count after it.</summary>
    ValueTask<WindowCount> TakeAsync(string partition, int permits, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets windows that have ended; returns how many.</summary>
    Task<int> PurgeEndedAsync(TimeSpan longestWindow, CancellationToken cancellationToken);
}
