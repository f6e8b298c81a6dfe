using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// Records what each call cost and answers budget and usage questions from the shared database. Budgets count every
/// token the model read or wrote, cached or not, so a workspace's allowance does not depend on whether the provider's
/// cache happened to be warm; the cost estimate prices cache writes and reads at their own prices.
/// </summary>
public sealed class AiUsageLedger(AppDb db, IOptions<AiOptions> ai, WorkspaceTokens tokens, TimeProvider clock)
{
    public double Cost(AiTokens used) =>
        Math.Round((used.Input * ai.Value.PriceInputPerMTok + used.Output * ai.Value.PriceOutputPerMTok
            + used.CacheWrite * ai.Value.PriceCacheWritePerMTok + used.CacheRead * ai.Value.PriceCacheReadPerMTok) / 1_000_000, 6);

    private DateTime DayStart => clock.GetUtcNow().UtcDateTime.Date;

    /// <summary>Seconds until the budget renews at 00:00 UTC.</summary>
    public int SecondsUntilRenewal => Math.Max(1, (int)Math.Ceiling((DayStart.AddDays(1) - clock.GetUtcNow().UtcDateTime).TotalSeconds));

    public async Task<long> TokensUsedTodayAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        var start = DayStart;
        return await db.AiUsage.Where(u => u.WorkspaceId == workspaceId && u.CreatedAt >= start)
            .SumAsync(u => (long)u.InputTokens + u.OutputTokens + u.CacheWriteTokens + u.CacheReadTokens, cancellationToken);
    }

    /// <summary>
    /// The first of today's budgets that is spent: the workspace's, its client's (new workspaces from one address
    /// share it) or the whole service's; null while all have tokens left. Counted in the shared database, so the
    /// budgets hold across replicas.
    /// </summary>
    public async Task<AiBudget?> SpentBudgetAsync(Guid workspaceId, string? clientHash, CancellationToken cancellationToken)
    {
        if (await TokensUsedTodayAsync(workspaceId, cancellationToken) >= ai.Value.DailyTokenBudget)
        {
            return AiBudget.Workspace;
        }

        var today = db.AiUsage.Where(u => u.CreatedAt >= DayStart);
        if (clientHash is not null
            && await today.Where(u => u.ClientHash == clientHash).SumAsync(u => (long)u.InputTokens + u.OutputTokens + u.CacheWriteTokens + u.CacheReadTokens, cancellationToken) >= ai.Value.ClientDailyTokenBudget)
        {
            return AiBudget.Client;
        }

        if (ai.Value.GlobalDailyTokenBudget is { } global
            && await today.SumAsync(u => (long)u.InputTokens + u.OutputTokens + u.CacheWriteTokens + u.CacheReadTokens, cancellationToken) >= global)
        {
            return AiBudget.Global;
        }

        return null;
    }

    /// <summary>
    /// A keyed hash (SECRET_KEY) of the client address, so usage rows hold no address. An IPv6 client is counted by
    /// its /64, the block one subscriber usually gets, so rotating addresses within it buys no budget.
    /// </summary>
    public string ClientHash(IPAddress? address)
    {
        var client = address switch
        {
            null => "unknown",
            { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
            { AddressFamily: AddressFamily.InterNetworkV6 } => Block64(address) + "/64",
            _ => address.ToString(),
        };
        return tokens.Hash("client:" + client);
    }

    private static string Block64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }

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
        var rows = await records.Select(u => new { u.InputTokens, u.OutputTokens, u.CacheWriteTokens, u.CacheReadTokens, u.CostUsd }).ToListAsync(cancellationToken);
        return new UsageTotals(rows.Count, rows.Sum(r => (long)r.InputTokens), rows.Sum(r => (long)r.OutputTokens),
            rows.Sum(r => (long)r.CacheWriteTokens), rows.Sum(r => (long)r.CacheReadTokens), Math.Round(rows.Sum(r => r.CostUsd), 6));
    }
}

/// <summary>The daily token budgets, from the narrowest.</summary>
public enum AiBudget
{
    Workspace,
    Client,
    Global,
}

/// <param name="InputTokens">Input tokens at the full price.</param>
/// <param name="CacheWriteTokens">Input tokens written to the provider's prompt cache.</param>
/// <param name="CacheReadTokens">Input tokens read from the provider's prompt cache.</param>
public sealed record UsageTotals(int Calls, long InputTokens, long OutputTokens, long CacheWriteTokens, long CacheReadTokens, double EstimatedCostUsd);

/// <summary>
/// The tokens of one call, as the provider bills them: <see cref="Input"/> at the full price, <see cref="CacheWrite"/>
/// and <see cref="CacheRead"/> (input tokens written to or read from the prompt cache) at theirs, and the output.
/// </summary>
public readonly record struct AiTokens(int Input, int Output, int CacheWrite = 0, int CacheRead = 0)
{
    /// <summary>Every token the model read or wrote: what the budgets count.</summary>
    public long Total => (long)Input + Output + CacheWrite + CacheRead;

    public static AiTokens operator +(AiTokens a, AiTokens b) =>
        new(a.Input + b.Input, a.Output + b.Output, a.CacheWrite + b.CacheWrite, a.CacheRead + b.CacheRead);

    public static AiTokens Add(AiTokens a, AiTokens b) => a + b;
}
