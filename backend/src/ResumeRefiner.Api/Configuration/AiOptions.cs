using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>The API an AI provider speaks (AI_PROVIDER).</summary>
public enum AiProviderKind
{
    /// <summary>Claude, through the Anthropic API.</summary>
    Anthropic,

    /// <summary>Any OpenAI-compatible server, such as Ollama or vLLM.</summary>
    OpenAi,
}

/// <summary>The AI provider and what one call to it may take: time, retries, tokens and money.</summary>
public sealed class AiOptions
{
    /// <summary>AI_PROVIDER: anthropic (Claude, default) or openai (any OpenAI-compatible server such as Ollama or vLLM).</summary>
    public AiProviderKind Provider { get; set; } = AiProviderKind.Anthropic;

    /// <summary>CLAUDE_API_KEY: optional; without it every AI feature is off and the product works offline.</summary>
    public string? ClaudeApiKey { get; set; }

    /// <summary>CLAUDE_MODEL: the Claude model id.</summary>
    public string ClaudeModel { get; set; } = "claude-sonnet-5-5";

    /// <summary>ANTHROPIC_BASE_URL: a proxy or gateway in front of the Anthropic API (tests point it at a local fake).</summary>
    public string AnthropicBaseUrl { get; set; } = "https://api.anthropic.com";

    /// <summary>AI_BASE_URL: the OpenAI-compatible server's /v1 URL (AI_PROVIDER=openai).</summary>
    public string? OpenAiBaseUrl { get; set; }

    /// <summary>AI_MODEL: the model name on the OpenAI-compatible server.</summary>
    public string? OpenAiModel { get; set; }

    /// <summary>AI_API_KEY: the OpenAI-compatible server's key, when it wants one.</summary>
    public string? OpenAiApiKey { get; set; }

    /// <summary>AI_DAILY_TOKEN_BUDGET: input + output tokens one workspace may spend per UTC day.</summary>
    public long DailyTokenBudget { get; set; } = 200_000;

    /// <summary>
    /// AI_CLIENT_DAILY_TOKEN_BUDGET: tokens all workspaces of one client address may spend per UTC day (default 3×
    /// AI_DAILY_TOKEN_BUDGET), so creating workspaces does not buy more budget.
    /// </summary>
    public long ClientDailyTokenBudget { get; set; } = 600_000;

    /// <summary>AI_GLOBAL_DAILY_TOKEN_BUDGET: tokens the whole service may spend per UTC day; null (default) sets no limit.</summary>
    public long? GlobalDailyTokenBudget { get; set; }

    /// <summary>AI_REDACT_CONTACTS: replace contact details with placeholders before sending (on by default).</summary>
    public bool RedactContacts { get; set; } = true;

    /// <summary>AI_TIMEOUT_SECONDS: time limit of one provider call attempt.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>AI_MAX_RETRIES: retries of a failed provider call (429, 5xx, 529, timeouts).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>AI_RETRY_BASE_DELAY_MS: first back-off delay; later ones grow exponentially, with jitter.</summary>
    public int RetryBaseDelayMs { get; set; } = 2000;

    /// <summary>AI_MAX_OUTPUT_TOKENS: upper bound of one reply.</summary>
    public int MaxOutputTokens { get; set; } = 2048;

    /// <summary>AI_PRICE_INPUT_PER_MTOK: USD per million input tokens, for the cost estimate.</summary>
    public double PriceInputPerMTok { get; set; } = 3;

    /// <summary>AI_PRICE_OUTPUT_PER_MTOK: USD per million output tokens, for the cost estimate.</summary>
    public double PriceOutputPerMTok { get; set; } = 15;

    /// <summary>AI_PRICE_CACHE_WRITE_PER_MTOK: USD per million input tokens written to the prompt cache (Claude: 1.25× input).</summary>
    public double PriceCacheWritePerMTok { get; set; } = 3.75;

    /// <summary>AI_PRICE_CACHE_READ_PER_MTOK: USD per million input tokens read from the prompt cache (Claude: 0.1× input).</summary>
    public double PriceCacheReadPerMTok { get; set; } = 0.30;

    /// <summary>Whether the configured provider has what it needs to be called.</summary>
    public bool Enabled => Provider == AiProviderKind.OpenAi
        ? !string.IsNullOrWhiteSpace(OpenAiBaseUrl) && !string.IsNullOrWhiteSpace(OpenAiModel)
        : !string.IsNullOrWhiteSpace(ClaudeApiKey);

    /// <summary>The provider as AI_PROVIDER names it.</summary>
    public string ProviderName => Provider.ToString().ToLowerInvariant();

    /// <summary>The model requests go to.</summary>
    public string ModelName => Provider == AiProviderKind.OpenAi ? OpenAiModel ?? string.Empty : ClaudeModel;

    /// <summary>The longest one call may take: every attempt timing out, with the back-off between attempts.</summary>
    public TimeSpan CallTimeout =>
        TimeSpan.FromSeconds(TimeoutSeconds) * (MaxRetries + 2) + TimeSpan.FromMilliseconds(RetryBaseDelayMs) * Math.Pow(2, MaxRetries + 1);

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    internal void ReadFrom(IConfiguration configuration)
    {
        Provider = configuration.Mode("AI_PROVIDER", Provider, "AI_PROVIDER must be anthropic or openai");
        ClaudeApiKey = configuration.Text("CLAUDE_API_KEY");
        ClaudeModel = configuration.Text("CLAUDE_MODEL") ?? ClaudeModel;
        AnthropicBaseUrl = configuration.Text("ANTHROPIC_BASE_URL") ?? AnthropicBaseUrl;
        OpenAiBaseUrl = configuration.Text("AI_BASE_URL");
        OpenAiModel = configuration.Text("AI_MODEL");
        OpenAiApiKey = configuration.Text("AI_API_KEY");
        DailyTokenBudget = configuration.Int64("AI_DAILY_TOKEN_BUDGET", DailyTokenBudget, min: 1);
        ClientDailyTokenBudget = configuration.Int64("AI_CLIENT_DAILY_TOKEN_BUDGET", DailyTokenBudget * 3, min: 1);
        GlobalDailyTokenBudget = configuration.Text("AI_GLOBAL_DAILY_TOKEN_BUDGET") is null
            ? null
            : configuration.Int64("AI_GLOBAL_DAILY_TOKEN_BUDGET", 0, min: 1);
        RedactContacts = configuration.Flag("AI_REDACT_CONTACTS", RedactContacts);
        TimeoutSeconds = configuration.Int32("AI_TIMEOUT_SECONDS", TimeoutSeconds, min: 1);
        MaxRetries = configuration.Int32("AI_MAX_RETRIES", MaxRetries, min: 0);
        RetryBaseDelayMs = configuration.Int32("AI_RETRY_BASE_DELAY_MS", RetryBaseDelayMs, min: 1);
        MaxOutputTokens = configuration.Int32("AI_MAX_OUTPUT_TOKENS", MaxOutputTokens, min: 16);
        PriceInputPerMTok = configuration.Price("AI_PRICE_INPUT_PER_MTOK", PriceInputPerMTok);
        PriceOutputPerMTok = configuration.Price("AI_PRICE_OUTPUT_PER_MTOK", PriceOutputPerMTok);
        PriceCacheWritePerMTok = configuration.Price("AI_PRICE_CACHE_WRITE_PER_MTOK", PriceCacheWritePerMTok);
        PriceCacheReadPerMTok = configuration.Price("AI_PRICE_CACHE_READ_PER_MTOK", PriceCacheReadPerMTok);
    }
}

/// <summary>Provider URLs must be http(s); an OpenAI-compatible provider needs its server and model.</summary>
internal sealed class AiOptionsValidator : SettingsValidator<AiOptions>
{
    protected override IEnumerable<string> Refusals(AiOptions options)
    {
        if (UnlessHttpUrl("ANTHROPIC_BASE_URL", options.AnthropicBaseUrl) is { } anthropic)
        {
            yield return anthropic;
        }

        if (UnlessHttpUrl("AI_BASE_URL", options.OpenAiBaseUrl) is { } openAi)
        {
            yield return openAi;
        }

        if (options.Provider == AiProviderKind.OpenAi && !options.Enabled)
        {
            yield return "AI_PROVIDER=openai needs AI_BASE_URL (e.g. http://localhost:11434/v1) and AI_MODEL (e.g. llama3.2).";
        }
    }
}
