using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Storage;

namespace ResumeRefiner.Api.Workspaces;

/// <summary>
/// Deletes personal data when it is due: a resume untouched for RETENTION_DAYS (rows and file), cached AI replies
/// that old (they quote the resume they were made for), workspaces left empty that long, stored files no row points to, and leftovers of interrupted writes.
/// Every step is idempotent, so several replicas may sweep at once.
/// </summary>
public sealed class DataRetention(AppDb db, IFileStore files, IOptions<RetentionOptions> retention, TimeProvider clock, ILogger<DataRetention> log)
{
    /// <summary>An upload writes its file before its row commits; younger unowned files may still be in flight.</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromHours(1);

    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.UtcDateTime.AddDays(-retention.Value.Days);

        var expired = await db.Resumes.Where(r => r.UpdatedAt < cutoff).Select(r => new { r.Id, r.StorageKey }).ToListAsync(cancellationToken);
        foreach (var resume in expired)
        {
            // Row first, then file: a crash in between leaves an orphan file, which the orphan sweep removes.
            await db.Resumes.Where(r => r.Id == resume.Id).ExecuteDeleteAsync(cancellationToken);
            await files.DeleteAsync(resume.StorageKey, cancellationToken);
        }

        var expiredReplies = await db.AiReplyCache.Where(c => c.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);

        var emptyWorkspaces = await db.Workspaces
            .Where(w => w.CreatedAt < cutoff && !db.Resumes.Any(r => r.WorkspaceId == w.Id))
            .ExecuteDeleteAsync(cancellationToken);

        var orphans = 0;
        var known = (await db.Resumes.Select(r => r.StorageKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        await foreach (var stored in files.ListAsync(cancellationToken))
        {
            if (!known.Contains(stored.Key) && stored.LastModified < now - OrphanGrace)
            {
                await files.DeleteAsync(stored.Key, cancellationToken);
                orphans++;
            }
        }

        var incomplete = await files.PurgeIncompleteAsync(now - OrphanGrace, cancellationToken);
        var sweep = new RetentionSweep(expired.Count, expiredReplies, emptyWorkspaces, orphans, incomplete);
        RetentionLog.Swept(log, sweep.ExpiredResumes, sweep.ExpiredAiReplies, sweep.EmptyWorkspaces, sweep.OrphanFiles, sweep.IncompleteWrites);
        return sweep;
    }

    /// <summary>Deletes a workspace and everything in it: rows, versions and stored files.</summary>
    public async Task DeleteWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await db.Resumes.Where(r => r.WorkspaceId == workspaceId).ExecuteDeleteAsync(cancellationToken);
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteDeleteAsync(cancellationToken);
        // By the workspace's key prefix, which also takes files that never got a row (a crash mid-upload).
        await files.DeleteWorkspaceAsync(workspaceId, cancellationToken);
    }
}

public sealed record RetentionSweep(int ExpiredResumes, int ExpiredAiReplies, int EmptyWorkspaces, int OrphanFiles, int IncompleteWrites);

/// <summary>Runs the sweep at start-up and then every hour.</summary>
internal sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionService> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DataRetention>().SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep (database briefly down) is retried at the next tick, never fatal.
                RetentionLog.Failed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

internal static partial class RetentionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep: {Expired} expired resumes, {Replies} expired AI replies, {Workspaces} empty workspaces, {Orphans} orphan files, {Incomplete} incomplete writes removed")]
    public static partial void Swept(ILogger logger, int expired, int replies, int workspaces, int orphans, int incomplete);

    // Error, so it reaches Sentry when SENTRY_DSN is set (HostingExtensions): personal data past its date stays stored.
    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; retrying at the next interval")]
    public static partial void Failed(ILogger logger, Exception exception);
}
