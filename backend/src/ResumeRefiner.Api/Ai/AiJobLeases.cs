using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// The durable job queue in the database. A worker claims the oldest due job (queued, waiting for a retry whose time
/// has come, or running with a lease that ran out, left by a stopped replica) in one statement, so two workers never
/// get the same job; on PostgreSQL the candidate row is locked with <c>FOR UPDATE SKIP LOCKED</c>, so replicas
/// claiming at once each take a different job instead of queueing behind one lock. Every later write is conditional
/// on still holding the lease.
/// </summary>
public sealed class AiJobLeases(AppDb db, IOptions<AiJobOptions> jobs, TimeProvider clock)
{
    private TimeSpan Lease => TimeSpan.FromSeconds(jobs.Value.LeaseSeconds);

    /// <summary>Claims one job for <paramref name="owner"/>; null when there is nothing to do.</summary>
    public async Task<Guid?> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lockClause = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        // SQLite runs one writer at a time, so the single UPDATE ... WHERE "Id" = (SELECT ...) is already atomic there.
        // A job taken over from an expired lease records why its last attempt ended (the right side reads the old row).
        var sql = $"""
            UPDATE "AiJobs" SET "Status" = 'running', "LeaseOwner" = @owner, "LeaseExpiresAt" = @lease, "Attempts" = "Attempts" + 1,
                "StartedAt" = COALESCE("StartedAt", @now), "NotBefore" = NULL,
                "LastError" = CASE WHEN "Status" = 'running' THEN '{ProviderFailure.LeaseExpired}' ELSE "LastError" END
            WHERE "Id" = (
                SELECT "Id" FROM "AiJobs"
                WHERE ("Status" IN ('queued', 'retrying') AND ("NotBefore" IS NULL OR "NotBefore" <= @now))
                    OR ("Status" = 'running' AND "LeaseExpiresAt" < @now)
                ORDER BY "CreatedAt"
                LIMIT 1
                {lockClause})
            RETURNING "Id"
            """;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The only interpolated parts are fixed clauses; values are parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            Add(command, "owner", owner);
            Add(command, "lease", now + Lease);
            Add(command, "now", now);
            var result = await command.ExecuteScalarAsync(cancellationToken);
            return result switch
            {
                null or DBNull => null,
                Guid id => id,
                string text => Guid.Parse(text),
                var other => throw new InvalidOperationException($"Unexpected job id type {other.GetType()}"),
            };
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Extends the lease; false when another worker has taken the job over.</summary>
    public async Task<bool> RenewAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().UtcDateTime + Lease;
        return await Held(jobId, owner).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), cancellationToken) == 1;
    }

    public async Task<bool> ReportAsync(Guid jobId, string owner, string stage, int progress, CancellationToken cancellationToken) =>
        await Held(jobId, owner).ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, stage).SetProperty(j => j.Progress, progress), cancellationToken) == 1;

    /// <summary>
    /// Gives a job back to the queue (this replica is stopping), so another takes it at once. A stop is not the job's
    /// fault, so the attempt is given back too; a job that already shows offline suggestions goes back to retrying.
    /// </summary>
    public async Task ReleaseAsync(Guid jobId, string owner, CancellationToken cancellationToken) =>
        await Held(jobId, owner).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, j => j.Source == null ? AiJobStatus.Queued : AiJobStatus.Retrying)
            .SetProperty(j => j.Stage, AiJobStatus.Queued)
            .SetProperty(j => j.Progress, 0)
            .SetProperty(j => j.Attempts, j => j.Attempts - 1)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken);

    /// <summary>
    /// Finishes the job with its outcome and suggestions in one transaction, only while <paramref name="owner"/> still
    /// holds the lease: a worker that lost the job finishes nothing, so the job is finished exactly once.
    /// When an earlier attempt left offline suggestions (<paramref name="showsOffline"/>), an answer from the AI
    /// replaces those the user has not decided on yet; anything else keeps them as the job's result.
    /// </summary>
    public async Task<bool> FinishAsync(Guid jobId, string owner, AiJobOutcome outcome, bool showsOffline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var now = clock.GetUtcNow().UtcDateTime;
        var replace = showsOffline && outcome.Source is AiSource.Ai or AiSource.Cache;
        var keep = showsOffline && !replace;
        // A cover-letter job's letter becomes the letter's next version in the same transaction (a no-op for other tasks).
        Func<CancellationToken, Task>? letter = !keep && outcome.Source is AiSource.Ai or AiSource.Cache && outcome.Overview is { } text
            ? ct => CoverLetters.CoverLetterDrafts.AddAiVersionAsync(db, jobId, text, now, ct)
            : null;
        return await CommitAsync(jobId, owner, keep ? [] : outcome.Suggestions, replace, s =>
        {
            s.SetProperty(j => j.Status, outcome.ErrorType == null || keep ? AiJobStatus.Completed : AiJobStatus.Failed)
                .SetProperty(j => j.Stage, AiJobStage.Done)
                .SetProperty(j => j.Progress, 100)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Notice, outcome.Notice)
                .SetProperty(j => j.ErrorType, outcome.ErrorType)
                .SetProperty(j => j.ErrorTitle, outcome.ErrorTitle)
                .SetProperty(j => j.ErrorDetail, outcome.ErrorDetail)
                .SetProperty(j => j.Cached, outcome.Cached)
                .SetProperty(j => j.ReplyMode, outcome.ReplyMode);
            if (!keep)
            {
                s.SetProperty(j => j.Source, outcome.Source)
                    .SetProperty(j => j.Overview, outcome.Overview)
                    .SetProperty(j => j.Discarded, outcome.Discarded);
            }

            AddUsage(s, outcome);
        }, cancellationToken, letter);
    }

    /// <summary>
    /// A transient failure with attempts left: the job shows the offline suggestions now (written on the first such
    /// failure only, so the user's decisions on them stay) and waits in the queue until <paramref name="notBefore"/>.
    /// </summary>
    public async Task<bool> RetryLaterAsync(Guid jobId, string owner, AiJobOutcome offline, bool showsOffline, DateTime notBefore, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offline);
        return await CommitAsync(jobId, owner, showsOffline ? [] : offline.Suggestions, replacePending: false, s =>
        {
            s.SetProperty(j => j.Status, AiJobStatus.Retrying)
                .SetProperty(j => j.Stage, AiJobStatus.Queued)
                .SetProperty(j => j.Progress, 0)
                .SetProperty(j => j.NotBefore, notBefore);
            ShowOffline(s, offline, showsOffline, reason, OfflineSuggestions.RetryNotice);
        }, cancellationToken);
    }

    /// <summary>Out of attempts: the job is dead-lettered (kept, with the last failure's category) and the offline suggestions are its answer.</summary>
    public async Task<bool> DeadLetterAsync(Guid jobId, string owner, AiJobOutcome offline, bool showsOffline, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offline);
        var now = clock.GetUtcNow().UtcDateTime;
        return await CommitAsync(jobId, owner, showsOffline ? [] : offline.Suggestions, replacePending: false, s =>
        {
            s.SetProperty(j => j.Status, AiJobStatus.Dead)
                .SetProperty(j => j.Stage, AiJobStage.Done)
                .SetProperty(j => j.Progress, 100)
                .SetProperty(j => j.FinishedAt, now);
            ShowOffline(s, offline, showsOffline, reason, OfflineSuggestions.FinalNotice);
        }, cancellationToken);
    }

    private IQueryable<AiJob> Held(Guid jobId, string owner) =>
        db.AiJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == AiJobStatus.Running);

    /// <summary>The offline answer a retrying or dead-lettered job shows, the failure that led there, and the attempt's tokens.</summary>
    private static void ShowOffline(UpdateSettersBuilder<AiJob> s, AiJobOutcome offline, bool showsOffline, string reason, string notice)
    {
        s.SetProperty(j => j.LastError, reason)
            .SetProperty(j => j.Source, AiSource.Offline)
            .SetProperty(j => j.Notice, notice);
        if (!showsOffline)
        {
            s.SetProperty(j => j.Overview, offline.Overview);
        }

        AddUsage(s, offline);
    }

    /// <summary>Tokens add up over the attempts: each one's were spent.</summary>
    private static void AddUsage(UpdateSettersBuilder<AiJob> s, AiJobOutcome outcome) =>
        s.SetProperty(j => j.InputTokens, j => j.InputTokens + outcome.InputTokens)
            .SetProperty(j => j.OutputTokens, j => j.OutputTokens + outcome.OutputTokens)
            .SetProperty(j => j.CacheWriteTokens, j => j.CacheWriteTokens + outcome.CacheWriteTokens)
            .SetProperty(j => j.CacheReadTokens, j => j.CacheReadTokens + outcome.CacheReadTokens)
            .SetProperty(j => j.CostUsd, j => j.CostUsd + outcome.CostUsd);

    /// <summary>The lease-conditional row update and the suggestion rows, in one transaction; the lease also ends here.</summary>
    private async Task<bool> CommitAsync(
        Guid jobId, string owner, IReadOnlyList<ResumeRefiner.Core.Ai.AiSuggestion> add, bool replacePending, Action<UpdateSettersBuilder<AiJob>> set, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? alsoDo = null)
    {
        var rows = new List<AiSuggestionRecord>();
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                rows.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var updated = await Held(jobId, owner).ExecuteUpdateAsync(s =>
                {
                    set(s);
                    s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null);
                }, ct);
                if (updated == 0)
                {
                    return false;
                }

                if (replacePending)
                {
                    await db.AiSuggestions.Where(x => x.JobId == jobId && x.Status == AiSuggestionStatus.Pending).ExecuteDeleteAsync(ct);
                }

                // After the decided suggestions that stay, so the list keeps them first.
                var first = await db.AiSuggestions.Where(x => x.JobId == jobId).MaxAsync(x => (int?)x.Ordinal, ct) + 1 ?? 0;
                rows.AddRange(add.Select((x, i) => new AiSuggestionRecord
                {
                    Id = Guid.NewGuid(),
                    JobId = jobId,
                    Ordinal = first + i,
                    Target = x.Target,
                    Original = x.Original,
                    Proposal = x.Proposal,
                    Reason = x.Reason,
                }));
                db.AiSuggestions.AddRange(rows);
                await db.SaveChangesAsync(ct);
                if (alsoDo is not null)
                {
                    await alsoDo(ct);
                }

                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
        }
        finally
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>How the AI was asked for JSON.</summary>
public static class AiReplyMode
{
    /// <summary>The schema went along as the provider's structured-output format: the reply is generated to match it.</summary>
    public const string Structured = "structured";

    /// <summary>The schema is only in the prompt: the reply is JSON by request, checked afterwards.</summary>
    public const string Prompt = "prompt";
}

/// <summary>Where a job's suggestions came from.</summary>
public static class AiSource
{
    public const string Ai = "ai";
    public const string Cache = "cache";
    public const string Offline = "offline";
}

/// <summary>
/// How an attempt ended: suggestions (from the model, the cache or offline) or an error; <see cref="Retry"/> when the
/// provider failed in a way a later attempt may not (the suggestions are then the offline ones to show meanwhile).
/// </summary>
public sealed record AiJobOutcome(string? Source, IReadOnlyList<ResumeRefiner.Core.Ai.AiSuggestion> Suggestions)
{
    public ProviderFailure? Retry { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string? Notice { get; init; }

    public string? Overview { get; init; }

    public int Discarded { get; init; }

    public string? ErrorType { get; init; }

    public string? ErrorTitle { get; init; }

    public string? ErrorDetail { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public int CacheWriteTokens { get; init; }

    public int CacheReadTokens { get; init; }

    public double CostUsd { get; init; }

    public bool Cached { get; init; }

    /// <summary>How the AI was asked for its reply (<see cref="AiReplyMode"/>); null when it was not asked.</summary>
    public string? ReplyMode { get; init; }

    /// <summary>The attempt's tokens, with what they cost.</summary>
    public AiJobOutcome WithUsage(AiTokens tokens, double cost) => this with
    {
        InputTokens = tokens.Input,
        OutputTokens = tokens.Output,
        CacheWriteTokens = tokens.CacheWrite,
        CacheReadTokens = tokens.CacheRead,
        CostUsd = cost,
    };

    public static AiJobOutcome Failure(string type, string title, string detail) =>
        new(null, []) { ErrorType = type, ErrorTitle = title, ErrorDetail = detail };
}
