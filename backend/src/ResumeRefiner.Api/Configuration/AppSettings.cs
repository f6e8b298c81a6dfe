using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>
/// Every setting the service reads, from environment variables (and <c>.env</c>) with the seed's names.
/// One place, so the docs' variable reference can be checked against it.
/// </summary>
public sealed partial record AppSettings
{
    public const int MinimumSecretKeyLength = 32;

    /// <summary>ENVIRONMENT: development (default), test or production.</summary>
    public string Environment { get; init; } = "development";

    /// <summary>SECRET_KEY: keys the hashing of workspace tokens. Required (32+ chars) in production.</summary>
    public string? SecretKey { get; init; }

    /// <summary>DATABASE_URL: sqlite:///path, postgresql://user:pass@host:port/db, or a plain connection string.</summary>
    public string DatabaseUrl { get; init; } = "sqlite:///./data/resume_refiner.db";

    /// <summary>ALLOWED_ORIGINS: comma-separated origins allowed by CORS (split deployments).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = ["http://localhost:5173", "http://localhost:8080"];

    /// <summary>MAX_FILE_SIZE: largest accepted upload, in bytes.</summary>
    public long MaxFileSize { get; init; } = 10 * 1024 * 1024;

    /// <summary>UPLOAD_DIR: where uploaded files are stored (local disk store).</summary>
    public string UploadDir { get; init; } = "./data/uploads";

    /// <summary>STORAGE: where original files go, local (UPLOAD_DIR, default) or s3 (an S3-compatible bucket).</summary>
    public string Storage { get; init; } = "local";

    /// <summary>S3_BUCKET: the bucket (STORAGE=s3); it must exist.</summary>
    public string? S3Bucket { get; init; }

    /// <summary>S3_REGION: the AWS region, e.g. eu-west-1 (with S3_SERVICE_URL: the region the service signs for).</summary>
    public string? S3Region { get; init; }

    /// <summary>S3_SERVICE_URL: an S3-compatible service (MinIO, Ceph, R2, ...) instead of AWS S3.</summary>
    public string? S3ServiceUrl { get; init; }

    /// <summary>S3_ACCESS_KEY: with S3_SECRET_KEY; both empty means the SDK's default credentials (environment, profile, task role).</summary>
    public string? S3AccessKey { get; init; }

    /// <summary>S3_SECRET_KEY: the secret of S3_ACCESS_KEY.</summary>
    public string? S3SecretKey { get; init; }

    /// <summary>S3_FORCE_PATH_STYLE: address the bucket as host/bucket instead of bucket.host (most self-hosted services need it).</summary>
    public bool S3ForcePathStyle { get; init; }

    /// <summary>S3_PREFIX: a folder inside the bucket for this deployment's objects, e.g. resume-refiner/.</summary>
    public string S3Prefix { get; init; } = string.Empty;

    public bool UsesS3 => Storage.Equals("s3", StringComparison.OrdinalIgnoreCase);

    /// <summary>RATE_LIMIT_PER_MINUTE: requests per minute per client on the API.</summary>
    public int RateLimitPerMinute { get; init; } = 60;

    /// <summary>UPLOAD_RATE_LIMIT_PER_MINUTE: uploads, and separately AI requests, per minute per client (the costly paths).</summary>
    public int UploadRateLimitPerMinute { get; init; } = 10;

    /// <summary>RETENTION_DAYS: resumes untouched this long are deleted with their files.</summary>
    public int RetentionDays { get; init; } = 30;

    /// <summary>ALLOWED_HOSTS: semicolon- or comma-separated host names the server answers to (* = any).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = ["*"];

    /// <summary>KNOWN_PROXIES: IP addresses of reverse proxies whose X-Forwarded-* headers are trusted.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>KNOWN_NETWORKS: CIDR ranges of trusted reverse proxies (e.g. 10.0.0.0/8).</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    /// <summary>LOG_FILE: optional path of a daily rolling log file, in addition to stdout.</summary>
    public string? LogFile { get; init; }

    /// <summary>LOG_LEVEL: Verbose, Debug, Information, Warning, Error or Fatal.</summary>
    public string LogLevel { get; init; } = "Information";

    /// <summary>CLAUDE_API_KEY: optional; without it every AI feature is off and the product works offline.</summary>
    public string? ClaudeApiKey { get; init; }

    /// <summary>AI_PROVIDER: anthropic (Claude, default) or openai (any OpenAI-compatible server such as Ollama or vLLM).</summary>
    public string AiProvider { get; init; } = "anthropic";

    /// <summary>CLAUDE_MODEL: the Claude model id.</summary>
    public string ClaudeModel { get; init; } = "claude-sonnet-5-5";

    /// <summary>ANTHROPIC_BASE_URL: a proxy or gateway in front of the Anthropic API (tests point it at a local fake).</summary>
    public string AnthropicBaseUrl { get; init; } = "https://api.anthropic.com";

    /// <summary>AI_BASE_URL: the OpenAI-compatible server's /v1 URL (AI_PROVIDER=openai).</summary>
    public string? AiBaseUrl { get; init; }

    /// <summary>AI_MODEL: the model name on the OpenAI-compatible server.</summary>
    public string? AiModel { get; init; }

    /// <summary>AI_API_KEY: the OpenAI-compatible server's key, when it wants one.</summary>
    public string? AiApiKey { get; init; }

    /// <summary>AI_DAILY_TOKEN_BUDGET: input + output tokens one workspace may spend per UTC day.</summary>
    public long AiDailyTokenBudget { get; init; } = 200_000;

    /// <summary>AI_REDACT_CONTACTS: replace contact details with placeholders before sending (on by default).</summary>
    public bool AiRedactContacts { get; init; } = true;

    /// <summary>AI_TIMEOUT_SECONDS: time limit of one provider call attempt.</summary>
    public int AiTimeoutSeconds { get; init; } = 60;

    /// <summary>AI_MAX_RETRIES: retries of a failed provider call (429, 5xx, 529, timeouts).</summary>
    public int AiMaxRetries { get; init; } = 2;

    /// <summary>AI_RETRY_BASE_DELAY_MS: first back-off delay; later ones grow exponentially, with jitter.</summary>
    public int AiRetryBaseDelayMs { get; init; } = 2000;

    /// <summary>AI_MAX_OUTPUT_TOKENS: upper bound of one reply.</summary>
    public int AiMaxOutputTokens { get; init; } = 2048;

    /// <summary>AI_PRICE_INPUT_PER_MTOK: USD per million input tokens, for the cost estimate.</summary>
    public double AiPriceInputPerMTok { get; init; } = 3;

    /// <summary>AI_PRICE_OUTPUT_PER_MTOK: USD per million output tokens, for the cost estimate.</summary>
    public double AiPriceOutputPerMTok { get; init; } = 15;

    /// <summary>AI_JOB_LEASE_SECONDS: how long a worker owns a running job before another may take it over.</summary>
    public int AiJobLeaseSeconds { get; init; } = 120;

    /// <summary>AI_WORKERS: AI jobs this replica runs at once; 0 makes it an API-only replica.</summary>
    public int AiWorkers { get; init; } = 1;

    /// <summary>AI_JOB_MAX_ATTEMPTS: attempts of one AI job (transient provider failures, lost workers) before it is dead-lettered.</summary>
    public int AiJobMaxAttempts { get; init; } = 5;

    /// <summary>AI_JOB_RETRY_DELAY_SECONDS: wait before the first retry of a job; later ones double, with jitter.</summary>
    public int AiJobRetryDelaySeconds { get; init; } = 30;

    /// <summary>AI_JOB_RETRY_MAX_DELAY_SECONDS: the longest back-off between attempts (a provider's Retry-After still wins).</summary>
    public int AiJobRetryMaxDelaySeconds { get; init; } = 900;

    /// <summary>ROLE (or --role): all (API and AI worker), api (no worker) or worker (AI jobs only; HTTP serves health and metrics).</summary>
    public string Role { get; init; } = ProcessRole.All;

    /// <summary>Whether this process serves the API (and the web app).</summary>
    public bool RunsApi => Role is ProcessRole.All or ProcessRole.Api;

    /// <summary>Whether this process runs AI jobs.</summary>
    public bool RunsWorker => Role is ProcessRole.All or ProcessRole.Worker;

    /// <summary>Whether the configured provider has what it needs to be called.</summary>
    public bool AiEnabled => IsOpenAiCompatible
        ? !string.IsNullOrWhiteSpace(AiBaseUrl) && !string.IsNullOrWhiteSpace(AiModel)
        : !string.IsNullOrWhiteSpace(ClaudeApiKey);

    public bool IsOpenAiCompatible => AiProvider.Equals("openai", StringComparison.OrdinalIgnoreCase);

    /// <summary>The model requests go to.</summary>
    public string AiModelName => IsOpenAiCompatible ? AiModel ?? string.Empty : ClaudeModel;

    /// <summary>SENTRY_DSN: optional; errors go to Sentry when set (never request bodies or personal data).</summary>
    public string? SentryDsn { get; init; }

    /// <summary>OTEL_EXPORTER_OTLP_ENDPOINT: optional OTLP collector (traces and metrics), e.g. http://otel-collector:4317.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>OTEL_SERVICE_NAME: the service name on traces and metrics.</summary>
    public string ServiceName { get; init; } = "resume-refiner-api";

    /// <summary>MIN_FREE_DISK_MB: below this much free space on UPLOAD_DIR's disk, /health/ready answers 503.</summary>
    public long MinFreeDiskMb { get; init; } = 500;

    /// <summary>PORT: the HTTP port when no ASPNETCORE_URLS is given (platforms such as Render set it).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>SPA_DIR: the built frontend served at /; missing means API only.</summary>
    public string SpaDir { get; init; } = "./frontend/dist";

    public bool IsProduction => Environment.Equals("production", StringComparison.OrdinalIgnoreCase);

    public bool IsDevelopment => Environment.Equals("development", StringComparison.OrdinalIgnoreCase);

    public DatabaseTarget Database => DatabaseTarget.Parse(DatabaseUrl);

    /// <exception cref="InvalidConfigurationException">A value cannot be read; the message names the variable.</exception>
    public static AppSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new AppSettings();
        return new AppSettings
        {
            Environment = Text(configuration, "ENVIRONMENT") ?? defaults.Environment,
            SecretKey = Text(configuration, "SECRET_KEY"),
            DatabaseUrl = Text(configuration, "DATABASE_URL") ?? defaults.DatabaseUrl,
            AllowedOrigins = List(configuration, "ALLOWED_ORIGINS") ?? defaults.AllowedOrigins,
            MaxFileSize = Number(configuration, "MAX_FILE_SIZE", defaults.MaxFileSize, min: 1),
            UploadDir = Text(configuration, "UPLOAD_DIR") ?? defaults.UploadDir,
            Storage = Text(configuration, "STORAGE")?.ToLowerInvariant() ?? defaults.Storage,
            S3Bucket = Text(configuration, "S3_BUCKET"),
            S3Region = Text(configuration, "S3_REGION"),
            S3ServiceUrl = Text(configuration, "S3_SERVICE_URL"),
            S3AccessKey = Text(configuration, "S3_ACCESS_KEY"),
            S3SecretKey = Text(configuration, "S3_SECRET_KEY"),
            S3ForcePathStyle = Flag(configuration, "S3_FORCE_PATH_STYLE", defaults.S3ForcePathStyle),
            S3Prefix = Text(configuration, "S3_PREFIX") ?? defaults.S3Prefix,
            RateLimitPerMinute = (int)Number(configuration, "RATE_LIMIT_PER_MINUTE", defaults.RateLimitPerMinute, min: 1),
            LogLevel = Text(configuration, "LOG_LEVEL") ?? defaults.LogLevel,
            UploadRateLimitPerMinute = (int)Number(configuration, "UPLOAD_RATE_LIMIT_PER_MINUTE", defaults.UploadRateLimitPerMinute, min: 1),
            RetentionDays = (int)Number(configuration, "RETENTION_DAYS", defaults.RetentionDays, min: 1),
            AllowedHosts = List(configuration, "ALLOWED_HOSTS") ?? defaults.AllowedHosts,
            KnownProxies = List(configuration, "KNOWN_PROXIES") ?? defaults.KnownProxies,
            KnownNetworks = List(configuration, "KNOWN_NETWORKS") ?? defaults.KnownNetworks,
            LogFile = Text(configuration, "LOG_FILE"),
            ClaudeApiKey = Text(configuration, "CLAUDE_API_KEY"),
            AiProvider = Text(configuration, "AI_PROVIDER")?.ToLowerInvariant() ?? defaults.AiProvider,
            ClaudeModel = Text(configuration, "CLAUDE_MODEL") ?? defaults.ClaudeModel,
            AnthropicBaseUrl = Text(configuration, "ANTHROPIC_BASE_URL") ?? defaults.AnthropicBaseUrl,
            AiBaseUrl = Text(configuration, "AI_BASE_URL"),
            AiModel = Text(configuration, "AI_MODEL"),
            AiApiKey = Text(configuration, "AI_API_KEY"),
            AiDailyTokenBudget = Number(configuration, "AI_DAILY_TOKEN_BUDGET", defaults.AiDailyTokenBudget, min: 1),
            AiRedactContacts = Flag(configuration, "AI_REDACT_CONTACTS", defaults.AiRedactContacts),
            AiTimeoutSeconds = (int)Number(configuration, "AI_TIMEOUT_SECONDS", defaults.AiTimeoutSeconds, min: 1),
            AiMaxRetries = (int)Number(configuration, "AI_MAX_RETRIES", defaults.AiMaxRetries, min: 0),
            AiRetryBaseDelayMs = (int)Number(configuration, "AI_RETRY_BASE_DELAY_MS", defaults.AiRetryBaseDelayMs, min: 1),
            AiMaxOutputTokens = (int)Number(configuration, "AI_MAX_OUTPUT_TOKENS", defaults.AiMaxOutputTokens, min: 16),
            AiPriceInputPerMTok = Price(configuration, "AI_PRICE_INPUT_PER_MTOK", defaults.AiPriceInputPerMTok),
            AiPriceOutputPerMTok = Price(configuration, "AI_PRICE_OUTPUT_PER_MTOK", defaults.AiPriceOutputPerMTok),
            AiJobLeaseSeconds = (int)Number(configuration, "AI_JOB_LEASE_SECONDS", defaults.AiJobLeaseSeconds, min: 1),
            AiWorkers = (int)Number(configuration, "AI_WORKERS", defaults.AiWorkers, min: 0),
            AiJobMaxAttempts = (int)Number(configuration, "AI_JOB_MAX_ATTEMPTS", defaults.AiJobMaxAttempts, min: 1),
            AiJobRetryDelaySeconds = (int)Number(configuration, "AI_JOB_RETRY_DELAY_SECONDS", defaults.AiJobRetryDelaySeconds, min: 0),
            AiJobRetryMaxDelaySeconds = (int)Number(configuration, "AI_JOB_RETRY_MAX_DELAY_SECONDS", defaults.AiJobRetryMaxDelaySeconds, min: 1),
            // The command line's --role and the environment's ROLE are the same key (configuration keys ignore case).
            Role = Text(configuration, "ROLE")?.ToLowerInvariant() ?? defaults.Role,
            SentryDsn = Text(configuration, "SENTRY_DSN"),
            OtlpEndpoint = Text(configuration, "OTEL_EXPORTER_OTLP_ENDPOINT"),
            ServiceName = Text(configuration, "OTEL_SERVICE_NAME") ?? defaults.ServiceName,
            MinFreeDiskMb = Number(configuration, "MIN_FREE_DISK_MB", defaults.MinFreeDiskMb, min: 0),
            Port = (int)Number(configuration, "PORT", defaults.Port, min: 1),
            SpaDir = Text(configuration, "SPA_DIR") ?? defaults.SpaDir,
        };
    }

    /// <summary>Refuses settings that are unsafe or unreadable, naming the variable to fix.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Environment.Equals("development", StringComparison.OrdinalIgnoreCase)
            && !Environment.Equals("test", StringComparison.OrdinalIgnoreCase) && !IsProduction)
        {
            errors.Add($"ENVIRONMENT must be development, test or production (got '{Environment}').");
        }

        if (!Enum.TryParse<Serilog.Events.LogEventLevel>(LogLevel, ignoreCase: true, out _))
        {
            errors.Add($"LOG_LEVEL must be one of Verbose, Debug, Information, Warning, Error, Fatal (got '{LogLevel}').");
        }

        try
        {
            _ = Database;
        }
        catch (InvalidConfigurationException e)
        {
            errors.Add(e.Message);
        }

        foreach (var proxy in KnownProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _))
            {
                errors.Add($"KNOWN_PROXIES has '{proxy}', which is not an IP address.");
            }
        }

        foreach (var network in KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                errors.Add($"KNOWN_NETWORKS has '{network}', which is not a CIDR range such as 10.0.0.0/8.");
            }
        }

        errors.AddRange(ValidateStorage());

        if (!AiProvider.Equals("anthropic", StringComparison.OrdinalIgnoreCase) && !IsOpenAiCompatible)
        {
            errors.Add($"AI_PROVIDER must be anthropic or openai (got '{AiProvider}').");
        }

        foreach (var (name, url) in new[] { ("ANTHROPIC_BASE_URL", AnthropicBaseUrl), ("AI_BASE_URL", AiBaseUrl), ("OTEL_EXPORTER_OTLP_ENDPOINT", OtlpEndpoint), ("S3_SERVICE_URL", S3ServiceUrl) })
        {
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errors.Add($"{name} must be an absolute http(s) URL (got '{url}').");
            }
        }

        if (SentryDsn is not null && !(Uri.TryCreate(SentryDsn, UriKind.Absolute, out var dsn) && dsn.Scheme is "http" or "https" && dsn.UserInfo.Length > 0))
        {
            // The DSN itself is not echoed: its key part is a credential.
            errors.Add("SENTRY_DSN must be a Sentry DSN such as https://<key>@o0.ingest.sentry.io/<project>, or empty to turn Sentry off.");
        }

        if (IsOpenAiCompatible && (string.IsNullOrWhiteSpace(AiBaseUrl) || string.IsNullOrWhiteSpace(AiModel)))
        {
            errors.Add("AI_PROVIDER=openai needs AI_BASE_URL (e.g. http://localhost:11434/v1) and AI_MODEL (e.g. llama3.2).");
        }

        if (Role is not (ProcessRole.All or ProcessRole.Api or ProcessRole.Worker))
        {
            errors.Add($"ROLE (or --role) must be all, api or worker (got '{Role}').");
        }
        else if (Role == ProcessRole.Worker && AiWorkers == 0)
        {
            errors.Add("ROLE=worker runs AI jobs only, so AI_WORKERS must be at least 1.");
        }
        else if (Role == ProcessRole.Worker && !AiEnabled)
        {
            errors.Add("ROLE=worker runs AI jobs, so it needs the AI provider: set CLAUDE_API_KEY (or AI_PROVIDER=openai with AI_BASE_URL and AI_MODEL).");
        }

        if (IsProduction)
        {
            if (string.IsNullOrWhiteSpace(SecretKey))
            {
                errors.Add("SECRET_KEY is required in production: set it to a random string of at least 32 characters (e.g. `openssl rand -base64 48`).");
            }
            else if (SecretKey.Length < MinimumSecretKeyLength)
            {
                errors.Add($"SECRET_KEY is too short ({SecretKey.Length} characters): production needs at least {MinimumSecretKeyLength}.");
            }

            if (AllowedOrigins.Any(o => o.Contains('*', StringComparison.Ordinal)))
            {
                errors.Add("ALLOWED_ORIGINS must list exact origins in production; a wildcard '*' is not allowed.");
            }
        }

        return errors;
    }

    private IEnumerable<string> ValidateStorage()
    {
        if (!UsesS3)
        {
            if (!Storage.Equals("local", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"STORAGE must be local or s3 (got '{Storage}').";
            }

            yield break;
        }

        if (S3Bucket is null)
        {
            yield return "STORAGE=s3 needs S3_BUCKET, the name of an existing bucket.";
        }
        else if (!BucketName().IsMatch(S3Bucket))
        {
            yield return $"S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens (got '{S3Bucket}').";
        }

        if (S3Region is null && S3ServiceUrl is null)
        {
            yield return "STORAGE=s3 needs S3_REGION (e.g. eu-west-1) for AWS S3, or S3_SERVICE_URL for an S3-compatible service.";
        }

        if ((S3AccessKey is null) != (S3SecretKey is null))
        {
            // Neither value is echoed: they are credentials.
            yield return "S3_ACCESS_KEY and S3_SECRET_KEY go together: set both, or neither to use the SDK's default credentials (environment, profile, task role).";
        }

        if (!S3PrefixPattern().IsMatch(S3Prefix))
        {
            yield return $"S3_PREFIX must be letters, digits, '-', '_', '.' and '/' separators, not starting with '/' (got '{S3Prefix}').";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial System.Text.RegularExpressions.Regex BucketName();

    [System.Text.RegularExpressions.GeneratedRegex("^(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]*$")]
    private static partial System.Text.RegularExpressions.Regex S3PrefixPattern();

    /// <summary>The key for token hashing; development gets a fixed, clearly non-secret one.</summary>
    public string EffectiveSecretKey => string.IsNullOrWhiteSpace(SecretKey) ? "development-only-secret-key-not-for-production" : SecretKey;

    private static string? Text(IConfiguration configuration, string name)
    {
        var value = configuration[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string[]? List(IConfiguration configuration, string name) =>
        Text(configuration, name)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Flag(IConfiguration configuration, string name, bool fallback) => Text(configuration, name)?.ToLowerInvariant() switch
    {
        null => fallback,
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        var other => throw new InvalidConfigurationException($"{name} must be true or false (got '{other}')."),
    };

    private static double Price(IConfiguration configuration, string name, double fallback)
    {
        var text = Text(configuration, name);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new InvalidConfigurationException($"{name} must be a price in USD per million tokens, 0 or more (got '{text}').");
        }

        return value;
    }

    private static long Number(IConfiguration configuration, string name, long fallback, long min)
    {
        var text = Text(configuration, name);
        if (text is null)
        {
            return fallback;
        }

        if (!long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new InvalidConfigurationException($"{name} must be a whole number of at least {min} (got '{text}').");
        }

        return value;
    }
}

/// <summary>What one process does (ROLE): serve the API, run AI jobs, or both.</summary>
public static class ProcessRole
{
    public const string All = "all";
    public const string Api = "api";
    public const string Worker = "worker";
}

/// <summary>A configuration value is wrong; the message names the variable and says what to set.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(string message) : base(message) { }

    public InvalidConfigurationException() { }

    public InvalidConfigurationException(string message, Exception inner) : base(message, inner) { }
}
