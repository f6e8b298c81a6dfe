using System.Diagnostics.Metrics;

namespace ResumeRefiner.Api.Ai;

/// <summary>The AI totals as counters of the "ResumeRefiner.Ai" meter (a Prometheus exporter can pick them up).</summary>
public sealed class AiMetrics
{
    public const string MeterName = "ResumeRefiner.Ai";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _inputTokens;
    private readonly Counter<long> _outputTokens;
    private readonly Counter<long> _cacheWriteTokens;
    private readonly Counter<long> _cacheReadTokens;
    private readonly Counter<double> _cost;
    private readonly Counter<long> _jobs;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _deadLettered;

    public AiMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("resumerefiner.ai.calls", "{call}", "Provider calls and cache hits, by outcome (ok, cached, error) and reply mode (structured, prompt)");
        _inputTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.input", "{token}", "Input tokens sent to the provider and billed at the full price");
        _cacheWriteTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.cache_write", "{token}", "Input tokens written to the provider's prompt cache");
        _cacheReadTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.cache_read", "{token}", "Input tokens read from the provider's prompt cache");
        _outputTokens = meter.CreateCounter<long>("resumerefiner.ai.tokens.output", "{token}", "Output tokens received from the provider");
        _cost = meter.CreateCounter<double>("resumerefiner.ai.cost", "USD", "Estimated provider cost");
        _jobs = meter.CreateCounter<long>("resumerefiner.ai.jobs", "{job}", "Finished AI jobs, by task and source (ai, cache, offline, failed)");
        _failures = meter.CreateCounter<long>("resumerefiner.ai.job.failures", "{attempt}", "Failed AI job attempts, by task and reason (timeout, rate-limited, overloaded, server-error, connection, circuit-open, lease-expired, ...)");
        _retries = meter.CreateCounter<long>("resumerefiner.ai.job.retries", "{attempt}", "AI jobs put back in the queue for a later attempt after a transient failure, by task and reason");
        _deadLettered = meter.CreateCounter<long>("resumerefiner.ai.job.dead_lettered", "{job}", "AI jobs out of attempts (AI_JOB_MAX_ATTEMPTS), kept as dead, by task and last reason");
    }

    /// <param name="replyMode">structured or prompt for a provider call; null for a cache hit or a failed call.</param>
    public void Call(string provider, string model, string outcome, AiTokens tokens, double cost, string? replyMode = null)
    {
        var tags = new KeyValuePair<string, object?>[] { new("provider", provider), new("model", model), new("outcome", outcome), new("reply_mode", replyMode ?? "none") };
        _calls.Add(1, tags);
        if (tokens.Total > 0)
        {
            _inputTokens.Add(tokens.Input, tags[0], tags[1]);
            _outputTokens.Add(tokens.Output, tags[0], tags[1]);
            _cacheWriteTokens.Add(tokens.CacheWrite, tags[0], tags[1]);
            _cacheReadTokens.Add(tokens.CacheRead, tags[0], tags[1]);
            _cost.Add(cost, tags[0], tags[1]);
        }
    }

    public void JobFinished(string task, string source) => _jobs.Add(1, new("task", task), new("source", source));

    public void AttemptFailed(string task, string reason) => _failures.Add(1, new("task", task), new("reason", reason));

    public void Retried(string task, string reason) => _retries.Add(1, new("task", task), new("reason", reason));

    public void DeadLettered(string task, string reason) => _deadLettered.Add(1, new("task", task), new("reason", reason));
}
