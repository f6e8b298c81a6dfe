using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ResumeRefiner.Api.Configuration;

/// <summary>The AI job queue: how many jobs this replica runs, and how a job is leased, retried and given up.</summary>
public sealed class AiJobOptions
{
    /// <summary>AI_WORKERS: AI jobs this replica runs at once; 0 makes it an API-only replica.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>AI_JOB_LEASE_SECONDS: how long a worker owns a running job before another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>AI_JOB_MAX_ATTEMPTS: attempts of one AI job (transient provider failures, lost workers) before it is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>AI_JOB_RETRY_DELAY_SECONDS: wait before the first retry of a job; later ones double, with jitter.</summary>
    public int RetryDelaySeconds { get; set; } = 30;

    /// <summary>AI_JOB_RETRY_MAX_DELAY_SECONDS: the longest back-off between attempts (a provider's Retry-After still wins).</summary>
    public int RetryMaxDelaySeconds { get; set; } = 900;

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        Workers = configuration.Int32("AI_WORKERS", Workers, min: 0);
        LeaseSeconds = configuration.Int32("AI_JOB_LEASE_SECONDS", LeaseSeconds, min: 1);
        MaxAttempts = configuration.Int32("AI_JOB_MAX_ATTEMPTS", MaxAttempts, min: 1);
        RetryDelaySeconds = configuration.Int32("AI_JOB_RETRY_DELAY_SECONDS", RetryDelaySeconds, min: 0);
        RetryMaxDelaySeconds = configuration.Int32("AI_JOB_RETRY_MAX_DELAY_SECONDS", RetryMaxDelaySeconds, min: 1);
    }
}

/// <summary>A worker-only replica (ROLE=worker) must be able to run jobs: workers, and a provider to call.</summary>
internal sealed class AiJobOptionsValidator(IOptions<HostingOptions> hosting, IOptions<AiOptions> ai) : SettingsValidator<AiJobOptions>
{
    protected override IEnumerable<string> Refusals(AiJobOptions options)
    {
        if (hosting.Value.Role != ProcessRole.Worker)
        {
            yield break;
        }

        if (options.Workers == 0)
        {
            yield return "ROLE=worker runs AI jobs only, so AI_WORKERS must be at least 1.";
        }
        else if (!ai.Value.Enabled)
        {
            yield return "ROLE=worker runs AI jobs, so it needs the AI provider: set CLAUDE_API_KEY (or AI_PROVIDER=openai with AI_BASE_URL and AI_MODEL).";
        }
    }
}
