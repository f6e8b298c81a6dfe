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
/// Fan-out of job events to the server-sent-event streams on this replica, and a wake-up for idle workers. With
/// <c>relayed</c> (PostgreSQL), everything published here is also handed to <see cref="AiJobEventRelay"/>, which sends
/// it to the other replicas and delivers theirs here, so a stream on any replica gets the token deltas. It only speeds
/// things up: the job row is the truth, and streams poll it too.
/// </summary>
public sealed class AiJobEvents(bool relayed = false) : IDisposable
{
    /// <summary>Events waiting for the relay; a relay that falls behind loses the oldest (the row still tells the end).</summary>
    private readonly Channel<AiJobRelayed>? _outbox = relayed
        ? Channel.CreateBounded<AiJobRelayed>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true })
        : null;

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

    /// <summary>Tells this replica's followers of the job, and the other replicas' through the relay.</summary>
    public void Publish(Guid jobId, AiJobEvent e)
    {
        Deliver(jobId, e);
        _outbox?.Writer.TryWrite(new AiJobRelayed(jobId, e));
    }

    /// <summary>A job was queued: wake a worker here, and on the other replicas through the relay.</summary>
    public void NotifyWork()
    {
        Wake();
        _outbox?.Writer.TryWrite(new AiJobRelayed(null, null));
    }

    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _work.WaitAsync(timeout, cancellationToken);

    /// <summary>What this replica published, for the relay to send on (empty without a relay).</summary>
    internal ChannelReader<AiJobRelayed> Outbox => _outbox?.Reader ?? throw new InvalidOperationException("These job events are not relayed.");

    /// <summary>An event from another replica (or this one): to this replica's followers only.</summary>
    internal void Deliver(Guid jobId, AiJobEvent e)
    {
        if (_followers.TryGetValue(jobId, out var set))
        {
            foreach (var channel in set.Keys)
            {
                channel.Writer.TryWrite(e);
            }
        }
    }

    /// <summary>Wakes one idle worker of this replica.</summary>
    internal void Wake() => _work.Release();

    public void Dispose() => _work.Dispose();

    public sealed class Subscription(ChannelReader<AiJobEvent> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<AiJobEvent> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

/// <summary>An event (or, with no job, a wake-up for workers) on its way to the other replicas.</summary>
internal sealed record AiJobRelayed(Guid? JobId, AiJobEvent? Event);
