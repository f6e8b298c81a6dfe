using System.Collections.Concurrent;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// Window counts in this process: all of them with SQLite (one process), and PostgreSQL's stand-in while the
/// database cannot be reached.
/// </summary>
public sealed class MemoryWindowCounters(TimeProvider clock) : IWindowCounters
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public ValueTask<WindowCount> TakeAsync(string partition, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = _windows.GetOrAdd(partition, _ => new Window(now));
        lock (current)
        {
            if (current.Start + window <= now)
            {
                current.Start = now;
                current.Count = 0;
            }

            current.Count += permits;
            return ValueTask.FromResult(new WindowCount(current.Count, current.Start + window - now));
        }
    }

    public Task<int> PurgeEndedAsync(TimeSpan longestWindow, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purged = 0;
        foreach (var (partition, window) in _windows)
        {
            // A request racing the purge may count in a window just removed: at most one permit per client at
            // the moment its window ends, which a fixed window allows anyway.
            if (window.Start + longestWindow <= now && _windows.TryRemove(new(partition, window)))
            {
                purged++;
            }
        }

        return Task.FromResult(purged);
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; set; } = start;

        public int Count { get; set; }
    }
}
