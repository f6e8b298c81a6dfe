using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// The durable job queue in the database. A worker claims the oldest queued job (or a running one whose lease ran
/// out, left by a stopped replica) in one statement, so two workers never get the same job; on PostgreSQL the
/// candidate row is locked with <c>FOR UPDATE SKIP LOCKED</c>, so replicas claiming at once each take a different job
/// instead of queueing behind one lock. Every later write is conditional on still holding the lease.
/// </summary>
public sealed class AiJobLeases(AppDb db, AppSettings settings, TimeProvider clock)
{
    private TimeSpan Lease => TimeSpan.FromSeconds(settings.AiJobLeaseSeconds);

    /// <summary>Claims one job for <paramref name="owner"/>; null when there is nothing to do.</summary>
    public async Task<Guid?> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lockClause = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        // SQLite runs one writer at a time, so the single UPDATE ... WHERE "Id" = (SELECT ...) is already atomic there.
        var sql = $"""
            UPDATE "AiJobs" SET "Status" = 'running', "LeaseOwner" = @owner, "LeaseExpiresAt" = @lease, "Attempts" = "Attempts" + 1,
                "StartedAt" = COALESCE("StartedAt", @now)
            WHERE "Id" = (
                SELECT "Id" FROM "AiJobs"
                WHERE "Status" = 'queued' OR ("Status" = 'running' AND "LeaseExpiresAt" < @now)
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
#pragma warning disable CA2100 // The only interpolated part is a fixed clause; values are parameters.
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
        return await db.AiJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == AiJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), cancellationToken) == 1;
    }

    public async Task<bool> ReportAsync(Guid jobId, string owner, string stage, int progress, CancellationToken cancellationToken) =>
        await db.AiJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == AiJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, stage).SetProperty(j => j.Progress, progress), cancellationToken) == 1;

    /// <summary>Gives a job back to the queue (this replica is stopping), so another takes it at once.</summary>
    public async Task ReleaseAsync(Guid jobId, string owner, CancellationToken cancellationToken) =>
        await db.AiJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == AiJobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, AiJobStatus.Queued)
                .SetProperty(j => j.Stage, AiJobStatus.Queued)
                .SetProperty(j => j.Progress, 0)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken);

    /// <summary>
    /// Finishes the job with its outcome and suggestions in one transaction, only while <paramref name="owner"/> still
    /// holds the lease: a worker that lost the job finishes nothing, so the job is finished exactly once.
    /// </summary>
    public async Task<bool> FinishAsync(Guid jobId, string owner, AiJobOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var now = clock.GetUtcNow().UtcDateTime;
        var suggestions = outcome.Suggestions.Select((s, i) => new AiSuggestionRecord
        {
            Id = Guid.NewGuid(),
            JobId = jobId,
            Ordinal = i,
            Target = s.Target,
            Original = s.Original,
            Proposal = s.Proposal,
            Reason = s.Reason,
        }).ToList();
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var updated = await db.AiJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == AiJobStatus.Running)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(j => j.Status, outcome.ErrorType == null ? AiJobStatus.Completed : AiJobStatus.Failed)
                        .SetProperty(j => j.Stage, AiJobStage.Done)
                        .SetProperty(j => j.Progress, 100)
                        .SetProperty(j => j.FinishedAt, now)
                        .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
                        .SetProperty(j => j.Source, outcome.Source)
                        .SetProperty(j => j.Notice, outcome.Notice)
                        .SetProperty(j => j.Overview, outcome.Overview)
                        .SetProperty(j => j.Discarded, outcome.Discarded)
                        .SetProperty(j => j.ErrorType, outcome.ErrorType)
                        .SetProperty(j => j.ErrorTitle, outcome.ErrorTitle)
                        .SetProperty(j => j.ErrorDetail, outcome.ErrorDetail)
                        .SetProperty(j => j.InputTokens, outcome.InputTokens)
                        .SetProperty(j => j.OutputTokens, outcome.OutputTokens)
                        .SetProperty(j => j.CostUsd, outcome.CostUsd)
                        .SetProperty(j => j.Cached, outcome.Cached), ct);
                if (updated == 0)
                {
                    return false;
                }

                db.AiSuggestions.AddRange(suggestions);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
        }
        finally
        {
            foreach (var suggestion in suggestions)
            {
                db.Entry(suggestion).State = EntityState.Detached;
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

/// <summary>How a job ended: suggestions (from the model, the cache or offline) or an error.</summary>
public sealed record AiJobOutcome(string? Source, IReadOnlyList<ResumeRefiner.Core.Ai.AiSuggestion> Suggestions)
{
    public string? Notice { get; init; }

    public string? Overview { get; init; }

    public int Discarded { get; init; }

    public string? ErrorType { get; init; }

    public string? ErrorTitle { get; init; }

    public string? ErrorDetail { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public double CostUsd { get; init; }

    public bool Cached { get; init; }

    public static AiJobOutcome Failure(string type, string title, string detail) =>
        new(null, []) { ErrorType = type, ErrorTitle = title, ErrorDetail = detail };
}
