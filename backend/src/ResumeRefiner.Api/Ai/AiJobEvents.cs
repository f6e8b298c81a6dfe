using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ResumeRefiner.Api.Ai;

/// <summary>Something a job's followers should hear about now: a streamed text chunk, or that the row changed.</summary>
public sealed record AiJobEvent(string Kind, string? Text = null)
{
    public const string Delta = "delta";
    public const string Changed = "changed";
}

/// <summary>
/// In-process fan-out of job events to server-sent-event streams on this replica, and a wake-up for idle workers.
/// It only speeds things up: the job row is the truth, and streams poll it too, so a job run by another replica is
/// still followed (without its token deltas).
/// </summary>
public sealed class AiJobEvents : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<AiJobEvent>, byte>> _followers = new();
    private readonly SemaphoreSlim _work = new(0, int.MaxValue);

    public Subscription Follow(Guid jobId)
    {
        var channel = Channel.CreateBounded<AiJobEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        _followers.GetOrAdd(jobId, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () =>
        {
            if (_followers.TryGetValue(jobId, out var set))
            {
                set.TryRemove(channel, out _);
            }
        });
    }

    public void Publish(Guid jobId, AiJobEvent e)
    {
        if (_followers.TryGetValue(jobId, out var set))
        {
            foreach (var channel in set.Keys)
            {
                channel.Writer.TryWrite(e);
            }
        }
    }

    /// <summary>A job was queued on this replica: wake a worker instead of waiting for its next poll.</summary>
    public void NotifyWork() => _work.Release();

    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _work.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _work.Dispose();

    public sealed class Subscription(ChannelReader<AiJobEvent> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<AiJobEvent> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
