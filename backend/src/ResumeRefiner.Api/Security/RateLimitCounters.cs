using System.Data.Common;
using Npgsql;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Security;

/// <summary>
/// Rate-limit counters every replica shares, one row per client in PostgreSQL, counted by one atomic upsert
/// (the row lock serialises concurrent requests). Windows are per client, opened by its first request, and the
/// database's clock decides when they end, so replicas with drifting clocks still agree. While the database cannot
/// be reached it counts in this process, as a single replica would: limits stay on (N replicas then allow up to N
/// times the limit) rather than turning every request away or letting every request through.
/// </summary>
public sealed partial class RateLimitCounters : IWindowCounters, IAsyncDisposable
{
    /// <summary>After a failure, requests are counted in memory this long before the database is tried again.</summary>
    private static readonly TimeSpan RetryDatabaseAfter = TimeSpan.FromSeconds(5);

    private const string CountSql = """
        INSERT INTO "RateLimitWindows" AS w ("PartitionKey", "WindowStart", "Count")
        VALUES (@key, now(), @permits)
        ON CONFLICT ("PartitionKey") DO UPDATE SET
            "WindowStart" = CASE WHEN w."WindowStart" + @window <= now() THEN now() ELSE w."WindowStart" END,
            "Count" = CASE WHEN w."WindowStart" + @window <= now() THEN @permits ELSE w."Count" + @permits END
        RETURNING "Count", extract(epoch FROM "WindowStart" + @window - now())::float8
        """;

    private readonly NpgsqlDataSource _database;
    private readonly WorkspaceTokens _keys;
    private readonly TimeProvider _clock;
    private readonly ILogger<RateLimitCounters> _log;
    private readonly MemoryWindowCounters _local;
    private long _retryDatabaseAt;

    public RateLimitCounters(string connectionString, WorkspaceTokens keys, TimeProvider clock, ILogger<RateLimitCounters> log)
    {
        // A request waits for its count: a database that hangs must cost seconds, not the default 15 + 30.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2, CommandTimeout = 2 };
        _database = NpgsqlDataSource.Create(builder.ConnectionString);
        _keys = keys;
        _clock = clock;
        _log = log;
        _local = new MemoryWindowCounters(clock);
    }

    /// <summary>True while counts are kept in this process because the database did not answer.</summary>
    public bool CountsLocally => _clock.GetTimestamp() < Interlocked.Read(ref _retryDatabaseAt);

    public async ValueTask<WindowCount> TakeAsync(string partition, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = _clock.GetTimestamp();
        if (now < Interlocked.Read(ref _retryDatabaseAt))
        {
            return await _local.TakeAsync(partition, permits, window, cancellationToken);
        }

        try
        {
            await using var command = _database.CreateCommand(CountSql);
            command.Parameters.AddWithValue("key", StoredKey(partition));
            command.Parameters.AddWithValue("permits", permits);
            command.Parameters.AddWithValue("window", window);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var counted = new WindowCount(reader.GetInt32(0), TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1))));
            if (Interlocked.Exchange(ref _retryDatabaseAt, 0) != 0)
            {
                Recovered(_log);
            }

            return counted;
        }
        catch (Exception e) when ((e is DbException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            var until = now + (long)(RetryDatabaseAfter.TotalSeconds * _clock.TimestampFrequency);
            if (Interlocked.Exchange(ref _retryDatabaseAt, until) == 0)
            {
                Unavailable(_log, e.GetType().Name, e);
            }

            return await _local.TakeAsync(partition, permits, window, cancellationToken);
        }
    }

    /// <summary>Deletes windows that ended; idempotent, so every replica may run it.</summary>
    public async Task<int> PurgeEndedAsync(TimeSpan longestWindow, CancellationToken cancellationToken)
    {
        await _local.PurgeEndedAsync(longestWindow, cancellationToken);
        await using var command = _database.CreateCommand("""DELETE FROM "RateLimitWindows" WHERE "WindowStart" + @window <= now()""");
        command.Parameters.AddWithValue("window", longestWindow);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>No client IP or workspace token is stored: only the limit's kind and a keyed hash.</summary>
    private string StoredKey(string partition)
    {
        var colon = partition.IndexOf(':', StringComparison.Ordinal);
        return partition[..(colon + 1)] + _keys.Hash(partition[(colon + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits: the database cannot be reached ({Error}); counting per replica until it answers")]
    private static partial void Unavailable(ILogger logger, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limits: the database answers again; counting across replicas")]
    private static partial void Recovered(ILogger logger);
}

/// <summary>Deletes ended windows once a minute, so the table holds only clients seen in the last minute or so.</summary>
internal sealed partial class RateLimitWindowSweep(IWindowCounters counters, TimeProvider clock, ILogger<RateLimitWindowSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ClientRateLimits.Window, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await counters.PurgeEndedAsync(ClientRateLimits.Window, stoppingToken);
            }
            catch (Exception e) when (e is DbException or TimeoutException)
            {
                // The next tick tries again; counting itself does not depend on the sweep.
                SweepFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limits: removing ended windows failed")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}
