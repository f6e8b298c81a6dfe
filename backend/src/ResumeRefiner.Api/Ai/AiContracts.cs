using ResumeRefiner.Api.Resumes;

namespace ResumeRefiner.Api.Ai;

public sealed record AiJobRequest(string? Task, IReadOnlyList<string>? Targets, string? JobDescription, Guid? AnalysisId);

public sealed record AiSuggestionView(Guid Id, string Target, string Original, string Proposal, string Reason, string Status);

public sealed record AiJobResult(string Source, string? Notice, string? Overview, IReadOnlyList<AiSuggestionView> Suggestions, int Discarded);

/// <param name="CacheWriteTokens">Input tokens written to the provider's prompt cache.</param>
/// <param name="CacheReadTokens">Input tokens read from the provider's prompt cache.</param>
/// <param name="ReplyMode">structured or prompt: how the AI was asked for its JSON; absent when it was not asked.</param>
public sealed record AiJobUsage(int InputTokens, int OutputTokens, int CacheWriteTokens, int CacheReadTokens, double EstimatedCostUsd, bool Cached, string? ReplyMode);

public sealed record AiJobError(string Type, string Title, string Detail);

public sealed record AiJobView(
    Guid Id,
    Guid ResumeId,
    int ResumeVersion,
    string Task,
    string Status,
    string Stage,
    int Progress,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    AiJobResult? Result,
    AiJobUsage Usage,
    AiJobError? Error,
    int Attempts,
    DateTime? NextAttemptAt,
    string? LastError)
{
    public static AiJobView From(AiJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        // A result as soon as there is one: completed, dead, or offline suggestions shown while the AI is retried.
        var result = job.Source is { } source
            ? new AiJobResult(source, job.Notice, job.Overview, job.Suggestions.OrderBy(s => s.Ordinal).Select(ToView).ToList(), job.Discarded)
            : null;
        var error = job.ErrorType is null ? null : new AiJobError("urn:resume-refiner:problem:" + job.ErrorType, job.ErrorTitle ?? string.Empty, job.ErrorDetail ?? string.Empty);
        return new AiJobView(job.Id, job.ResumeId, job.ResumeVersion, job.Task, job.Status, job.Stage, job.Progress,
            job.CreatedAt, job.StartedAt, job.FinishedAt, result, new AiJobUsage(job.InputTokens, job.OutputTokens, job.CacheWriteTokens, job.CacheReadTokens, job.CostUsd, job.Cached, job.ReplyMode), error,
            job.Attempts, job.Status == AiJobStatus.Retrying ? job.NotBefore : null, job.LastError);
    }

    public static AiSuggestionView ToView(AiSuggestionRecord s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Target, s.Original, s.Proposal, s.Reason, s.Status);
    }
}

public sealed record AiJobSummary(Guid Id, string Task, string Status, int Progress, DateTime CreatedAt, string? Source);

public sealed record AiJobList(IReadOnlyList<AiJobSummary> Items);

public sealed record AcceptedSuggestion(AiSuggestionView Suggestion, ResumeDetail Resume);

public sealed record RejectedSuggestion(AiSuggestionView Suggestion);

public sealed record AiUsageReport(string Day, long DailyTokenBudget, long TokensUsedToday, long TokensRemainingToday, UsageTotals Today, UsageTotals Total);
