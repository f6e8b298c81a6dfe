using Microsoft.Extensions.Configuration;

namespace ResumeRefiner.Api.Configuration;

/// <summary>
/// Every setting the service reads, from environment variables (and <c>.env</c>) with the seed's names.
/// One place, so the docs' variable reference can be checked against it.
/// </summary>
public sealed record AppSettings
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

    /// <summary>RATE_LIMIT_PER_MINUTE: requests per minute per client on the API.</summary>
    public int RateLimitPerMinute { get; init; } = 60;

    /// <summary>UPLOAD_RATE_LIMIT_PER_MINUTE: uploads per minute per client (parsing is the costly path).</summary>
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
            RateLimitPerMinute = (int)Number(configuration, "RATE_LIMIT_PER_MINUTE", defaults.RateLimitPerMinute, min: 1),
            LogLevel = Text(configuration, "LOG_LEVEL") ?? defaults.LogLevel,
            UploadRateLimitPerMinute = (int)Number(configuration, "UPLOAD_RATE_LIMIT_PER_MINUTE", defaults.UploadRateLimitPerMinute, min: 1),
            RetentionDays = (int)Number(configuration, "RETENTION_DAYS", defaults.RetentionDays, min: 1),
            AllowedHosts = List(configuration, "ALLOWED_HOSTS") ?? defaults.AllowedHosts,
            KnownProxies = List(configuration, "KNOWN_PROXIES") ?? defaults.KnownProxies,
            KnownNetworks = List(configuration, "KNOWN_NETWORKS") ?? defaults.KnownNetworks,
            LogFile = Text(configuration, "LOG_FILE"),
            ClaudeApiKey = Text(configuration, "CLAUDE_API_KEY"),
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

    /// <summary>The key for token hashing; development gets a fixed, clearly non-secret one.</summary>
    public string EffectiveSecretKey => string.IsNullOrWhiteSpace(SecretKey) ? "development-only-secret-key-not-for-production" : SecretKey;

    private static string? Text(IConfiguration configuration, string name)
    {
        var value = configuration[name];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string[]? List(IConfiguration configuration, string name) =>
        Text(configuration, name)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

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

/// <summary>A configuration value is wrong; the message names the variable and says what to set.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(string message) : base(message) { }

    public InvalidConfigurationException() { }

    public InvalidConfigurationException(string message, Exception inner) : base(message, inner) { }
}
