using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Ai;

/// <summary>Records what each call cost and answers budget and usage questions from the shared database.</summary>
public sealed class AiUsageLedger(AppDb db, IOptions<AiOptions> ai, TimeProvider clock)
{
    public double Cost(int inputTokens, int outputTokens) =>
        Math.Round((inputTokens * ai.Value.PriceInputPerMTok + outputTokens * ai.Value.PriceOutputPerMTok) / 1_000_000, 6);

    private DateTime DayStart => clock.GetUtcNow().UtcDateTime.Date;

    /// <summary>Seconds until the budget renews at 00:00 UTC.</summary>
    public int SecondsUntilRenewal => Math.Max(1, (int)Math.Ceiling((DayStart.AddDays(1) - clock.GetUtcNow().UtcDateTime).TotalSeconds));

    public async Task<long> TokensUsedTodayAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var start = DayStart;
        return await db.AiUsage.Where(u => u.WorkspaceId == workspaceId && u.CreatedAt >= start)
            .SumAsync(u => (long)u.InputTokens + u.OutputTokens, cancellationToken);
    }

    public async Task<bool> IsSpentAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await TokensUsedTodayAsync(workspaceId, cancellationToken) >= ai.Value.DailyTokenBudget;

    public async Task RecordAsync(AiUsageRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        db.AiUsage.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }

    /// <summary>A workspace's tokens and cost today and in total, optionally of one analysis only, and what is left of today's budget.</summary>
    public async Task<AiUsageReport> ReportAsync(Guid workspaceId, Guid? analysisId, CancellationToken cancellationToken)
    {
        var records = db.AiUsage.AsNoTracking().Where(u => u.WorkspaceId == workspaceId);
        if (analysisId is { } analysis)
        {
            records = records.Where(u => u.AnalysisId == analysis);
        }

        var start = DayStart;
        var today = await TotalsAsync(records.Where(u => u.CreatedAt >= start), cancellationToken);
        var total = await TotalsAsync(records, cancellationToken);
        var used = await TokensUsedTodayAsync(workspaceId, cancellationToken);
        return new AiUsageReport(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ai.Value.DailyTokenBudget, used,
            Math.Max(0, ai.Value.DailyTokenBudget - used), today, total);
    }

    private static async Task<UsageTotals> TotalsAsync(IQueryable<AiUsageRecord> records, CancellationToken cancellationToken)
    {
        var rows = await records.Select(u => new { u.InputTokens, u.OutputTokens, u.CostUsd }).ToListAsync(cancellationToken);
        return new UsageTotals(rows.Count, rows.Sum(r => (long)r.InputTokens), rows.Sum(r => (long)r.OutputTokens), Math.Round(rows.Sum(r => r.CostUsd), 6));
    }
}

public sealed record UsageTotals(int Calls, long InputTokens, long OutputTokens, double EstimatedCostUsd);
