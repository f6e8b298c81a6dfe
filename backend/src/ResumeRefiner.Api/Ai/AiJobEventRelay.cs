using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Carries job events between replicas on PostgreSQL with <c>LISTEN/NOTIFY</c> on one fixed channel: what this
/// replica publishes on <see cref="AiJobEvents"/> is sent as NOTIFY (one round trip per batch, in order, consecutive
/// deltas of a job joined), and what the other replicas send arrives on one dedicated listening connection and is
/// delivered to this replica's streams; its own echoes are recognised by their origin and ignored. A lost listening
/// connection is opened again with back-off (1 s doubling to 30 s); events sent meanwhile are missed, which costs
/// deltas only, since the streams poll the job row. Payloads hold resume-derived text: never logged.
/// </summary>
internal sealed partial class AiJobEventRelay : BackgroundService
{
    public const string Channel = "resume_refiner_ai_jobs";

    /// <summary>PostgreSQL refuses a payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7999;

    /// <summary>
    /// Text per payload: JSON escapes a UTF-16 unit as at most 6 bytes (<c>\uXXXX</c>), so 1200 of them and the
    /// envelope (ids, kind, sequence: under 200 bytes) stay under <see cref="MaxPayloadBytes"/>.
    /// </summary>
    public const int TextPerPayload = 1200;

    private const string Work = "work";
    private const int BatchSize = 200;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly AiJobEvents _events;
    private readonly ILogger<AiJobEventRelay> _log;
    private readonly string _listenConnection;
    private readonly string _sendConnection;

    /// <summary>This replica's mark on what it sends, so it can tell its own echoes.</summary>
    private readonly string _origin = Guid.NewGuid().ToString("N");

    private long _sequence;
    private int _listens;

    public AiJobEventRelay(AiJobEvents events, string connectionString, ILogger<AiJobEventRelay> log)
    {
        _events = events;
        _log = log;
        // Keepalive finds a listening connection that died silently; short timeouts keep a hanging database from
        // holding events back for long (the outbox drops the oldest meanwhile).
        _listenConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15, ApplicationName = "resume-refiner ai-events" }.ConnectionString;
        _sendConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5, CommandTimeout = 5, ApplicationName = "resume-refiner ai-events" }.ConnectionString;
    }

    /// <summary>How many times the listening connection was opened and is listening (for tests and diagnostics).</summary>
    public int Listens => Volatile.Read(ref _listens);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), SendAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_listenConnection);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (backoff > TimeSpan.Zero)
                {
                    ListeningAgain(_log);
                }

                backoff = TimeSpan.Zero;
                Interlocked.Increment(ref _listens);
                // A job queued elsewhere while this replica was not listening: look for it now.
                _events.Wake();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Events only speed streams up: whatever fails here must not stop the host.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                ListenFailed(_log, e.GetType().Name, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs args)
    {
        if (Read(args.Payload) is not { } message || message.Origin == _origin)
        {
            return;
        }

        if (message.Kind == Work)
        {
            _events.Wake();
        }
        else if (message.JobId is { } jobId && message.Kind is AiJobEvent.Delta or AiJobEvent.Changed)
        {
            _events.Deliver(jobId, new AiJobEvent(message.Kind, message.Text));
        }
    }

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        var outbox = _events.Outbox;
        NpgsqlConnection? connection = null;
        var failing = false;
        try
        {
            while (await outbox.WaitToReadAsync(stoppingToken))
            {
                var items = new List<AiJobRelayed>();
                while (items.Count < BatchSize && outbox.TryRead(out var item))
                {
                    items.Add(item);
                }

                var payloads = Payloads(items, _origin, ref _sequence);
                try
                {
                    if (connection is null)
                    {
                        connection = new NpgsqlConnection(_sendConnection);
                        await connection.OpenAsync(stoppingToken);
                    }

                    // One statement, so one transaction: the listeners get the batch in this order.
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, payload) FROM unnest(@payloads) AS payload", connection);
                    notify.Parameters.AddWithValue("channel", Channel);
                    notify.Parameters.AddWithValue("payloads", payloads);
                    await notify.ExecuteNonQueryAsync(stoppingToken);
                    if (failing)
                    {
                        failing = false;
                        SendingAgain(_log);
                    }
                }
#pragma warning disable CA1031 // As above: a batch that cannot be sent is dropped, the host goes on.
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    // The batch is lost to the other replicas (their streams still poll the row); a new connection next time.
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }

                    if (!failing)
                    {
                        failing = true;
                        SendFailed(_log, e.GetType().Name);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The NOTIFY payloads for a batch, in order: consecutive deltas of one job joined, then cut into pieces of at most
    /// <see cref="TextPerPayload"/> UTF-16 units (never between the halves of a surrogate pair). Each carries a sequence
    /// number, as PostgreSQL folds identical payloads of one transaction into one.
    /// </summary>
    internal static string[] Payloads(IReadOnlyList<AiJobRelayed> items, string origin, ref long sequence)
    {
        var payloads = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.JobId is not { } jobId || item.Event is not { } e)
            {
                payloads.Add(Write(new Message(null, Work, null, origin, ++sequence)));
                continue;
            }

            if (e.Kind != AiJobEvent.Delta)
            {
                payloads.Add(Write(new Message(jobId, e.Kind, null, origin, ++sequence)));
                continue;
            }

            var text = new StringBuilder(e.Text);
            while (i + 1 < items.Count && items[i + 1] is { JobId: { } next, Event: { Kind: AiJobEvent.Delta } following } && next == jobId)
            {
                text.Append(following.Text);
                i++;
            }

            var joined = text.ToString();
            for (var start = 0; start < joined.Length;)
            {
                var length = Math.Min(TextPerPayload, joined.Length - start);
                if (length < joined.Length - start && char.IsHighSurrogate(joined[start + length - 1]))
                {
                    length--;
                }

                payloads.Add(Write(new Message(jobId, AiJobEvent.Delta, joined.Substring(start, length), origin, ++sequence)));
                start += length;
            }
        }

        return [.. payloads];
    }

    internal static Message? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Message>(payload);
        }
        catch (JsonException)
        {
            // Not ours (someone else's NOTIFY on the channel): ignored.
            return null;
        }
    }

    private static string Write(Message message) => JsonSerializer.Serialize(message);

    internal sealed record Message(
        [property: JsonPropertyName("jobId")] Guid? JobId,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("origin")] string Origin,
        [property: JsonPropertyName("seq")] long Sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job events: listening for other replicas' events failed ({Error}); trying again in {DelaySeconds} s")]
    private static partial void ListenFailed(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI job events: listening for other replicas' events again")]
    private static partial void ListeningAgain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AI job events: sending to other replicas failed ({Error}); their streams miss this replica's deltas until it works again")]
    private static partial void SendFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "AI job events: sending to other replicas again")]
    private static partial void SendingAgain(ILogger logger);
}
