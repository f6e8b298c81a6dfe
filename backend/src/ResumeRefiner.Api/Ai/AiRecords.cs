using ResumeRefiner.Core.Ai;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// A queued AI request. The row is the queue: a worker claims it with a lease, renews the lease while it works,
/// and only the lease holder may finish it, so a job survives a restart and is finished exactly once.
/// </summary>
public sealed class AiJob
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public Guid ResumeId { get; set; }

    /// <summary>The resume version the suggestions are for.</summary>
    public int ResumeVersion { get; set; }

    /// <summary>The analysis the job was started from, so its cost counts towards that analysis.</summary>
    public Guid? AnalysisId { get; set; }

    /// <summary>Keyed hash of the address that asked for the job (never the address), for the per-client budget.</summary>
    public string? ClientHash { get; set; }

    /// <summary>rewriteBullets, tailor, summary or review.</summary>
    public required string Task { get; set; }

    /// <summary>The task's input: targets, job description, keywords (a JSON column).</summary>
    public required AiTaskInput Input { get; set; }

    /// <summary>queued, running, retrying (offline suggestions shown, the AI is asked again later), completed, failed or dead.</summary>
    public string Status { get; set; } = AiJobStatus.Queued;

    /// <summary>queued, preparing, calling-model, validating or done.</summary>
    public string Stage { get; set; } = AiJobStatus.Queued;

    public int Progress { get; set; }

    /// <summary>How many times a worker claimed the job (more than one after a retry or a takeover).</summary>
    public int Attempts { get; set; }

    /// <summary>A job waiting for a retry is not claimed before this time.</summary>
    public DateTime? NotBefore { get; set; }

    /// <summary>Why the last attempt failed (timeout, rate-limited, overloaded, ...): a category, never provider text.</summary>
    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>ai, cache or offline, once completed.</summary>
    public string? Source { get; set; }

    public string? Notice { get; set; }

    public string? Overview { get; set; }

    public int Discarded { get; set; }

    public string? ErrorType { get; set; }

    public string? ErrorTitle { get; set; }

    public string? ErrorDetail { get; set; }

    /// <summary>Input tokens billed at the full price (not read from or written to the provider's prompt cache).</summary>
    public int InputTokens { get; set; }

    public int OutputTokens { get; set; }

    /// <summary>Input tokens written to the provider's prompt cache (billed above the input price).</summary>
    public int CacheWriteTokens { get; set; }

    /// <summary>Input tokens read from the provider's prompt cache (billed at a fraction of the input price).</summary>
    public int CacheReadTokens { get; set; }

    public double CostUsd { get; set; }

    public bool Cached { get; set; }

    /// <summary>How the AI's answer was asked for: structured (schema-constrained) or prompt (JSON by instruction); null without an AI answer.</summary>
    public string? ReplyMode { get; set; }

    public List<AiSuggestionRecord> Suggestions { get; set; } = [];
}

public static class AiJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>A transient failure: the offline suggestions are shown and the job waits in the queue for its next attempt.</summary>
    public const string Retrying = "retrying";

    /// <summary>Dead-lettered: out of attempts, kept for inspection; the user keeps the offline suggestions.</summary>
    public const string Dead = "dead";

    public static bool IsFinished(string status) => status is Completed or Failed or Dead;
}

public static class AiJobStage
{
    public const string Preparing = "preparing";
    public const string CallingModel = "calling-model";
    public const string Validating = "validating";
    public const string Done = "done";
}

/// <summary>Where a suggestion stands: waiting for the user, or decided once and for all.</summary>
public static class AiSuggestionStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}

/// <summary>One suggestion of a job, which the user accepts or rejects.</summary>
public sealed class AiSuggestionRecord
{
    public Guid Id { get; set; }

    public Guid JobId { get; set; }

    /// <summary>Position in the reply, so the list keeps the model's order.</summary>
    public int Ordinal { get; set; }

    public required string Target { get; set; }

    public required string Original { get; set; }

    public required string Proposal { get; set; }

    public required string Reason { get; set; }

    /// <summary>pending, accepted or rejected.</summary>
    public string Status { get; set; } = AiSuggestionStatus.Pending;
}

/// <summary>
/// A validated reply, keyed by a hash of the workspace and everything that decides the reply (provider, model, prompt
/// version, prompt). It quotes the resume, so it is personal data: scoped to the workspace, deleted with the resume
/// it was made for, and swept after the retention period.
/// </summary>
public sealed class AiCachedReply
{
    /// <summary>SHA-256 (hex) of the workspace and the request.</summary>
    public required string Key { get; set; }

    public Guid WorkspaceId { get; set; }

    public Guid ResumeId { get; set; }

    public required string Model { get; set; }

    public required string PromptVersion { get; set; }

    public required string Reply { get; set; }

    public int InputTokens { get; set; }

    public int OutputTokens { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One provider call (or cache hit) and what it cost: the ledger behind budgets and usage totals.</summary>
public sealed class AiUsageRecord
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public Guid? JobId { get; set; }

    public Guid? AnalysisId { get; set; }

    /// <summary>Keyed hash of the client address of the job (never the address): the per-client budget counts it.</summary>
    public string? ClientHash { get; set; }

    public required string Provider { get; set; }

    public required string Model { get; set; }

    /// <summary>Input tokens billed at the full price.</summary>
    public int InputTokens { get; set; }

    public int OutputTokens { get; set; }

    /// <summary>Input tokens written to the provider's prompt cache.</summary>
    public int CacheWriteTokens { get; set; }

    /// <summary>Input tokens read from the provider's prompt cache.</summary>
    public int CacheReadTokens { get; set; }

    public double CostUsd { get; set; }

    public bool Cached { get; set; }

    /// <summary>structured or prompt, for a provider call; null for a cache hit.</summary>
    public string? ReplyMode { get; set; }

    public DateTime CreatedAt { get; set; }
}
