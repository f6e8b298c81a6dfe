using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Tests.Configuration;

public sealed class SettingsTests
{
    private static IConfiguration Variables(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    private static StartupSettings Read(params (string Key, string Value)[] values) => StartupSettings.Read(Variables(values));

    private static IReadOnlyList<string> Refusals(params (string Key, string Value)[] values)
    {
        try
        {
            Read(values);
            return [];
        }
        catch (InvalidConfigurationException refused)
        {
            return refused.Refusals;
        }
    }

    /// <summary>A production configuration with nothing to refuse; a test adds the one value it is about.</summary>
    private static readonly (string Key, string Value)[] SafeProduction =
        [("ENVIRONMENT", "production"), ("SECRET_KEY", new string('k', 40)), ("ALLOWED_HOSTS", "resumes.example.com")];

    private static (string Key, string Value)[] Pairs(string values) =>
        [.. values.Split(';').Select(pair => (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]))];

    [Theory]
    [InlineData("", "Development")]
    [InlineData("ENVIRONMENT=development", "Development")]
    [InlineData("ENVIRONMENT=Production", "Production")]
    [InlineData("ENVIRONMENT=test", "Test")]
    [InlineData("ENVIRONMENT=staging", null)]
    [InlineData("ENVIRONMENT=production;ASPNETCORE_ENVIRONMENT=Staging", null)]
    [InlineData("DOTNET_ENVIRONMENT=Development", null)]
    public void The_hosting_environment_follows_ENVIRONMENT_unless_the_framework_is_told_otherwise(string values, string? expected)
    {
        var configuration = Variables(values.Length == 0 ? [] : Pairs(values));

        Assert.Equal(expected, HostingOptions.HostEnvironmentName(configuration));
    }

    [Fact]
    public void Defaults_run_offline_on_sqlite_under_data()
    {
        var settings = Read();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Database.Target.Provider);
        Assert.Equal("Data Source=./data/resume_refiner.db", settings.Database.Target.ConnectionString);
        Assert.Equal(10_485_760, settings.Http.MaxFileSize);
        Assert.Equal("./data/uploads", settings.Storage.UploadDir);
        Assert.Equal(DeploymentEnvironment.Development, settings.Hosting.Environment);
        Assert.Equal(AiProviderKind.Anthropic, settings.Ai.Provider);
        Assert.False(settings.Ai.Enabled);
    }

    [Fact]
    public void The_role_comes_from_the_command_line_or_ROLE_and_the_command_line_wins()
    {
        var fromArgs = StartupSettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection([new("ROLE", "api")])
            .AddCommandLine(["--role", "worker"])
            .AddInMemoryCollection([new("CLAUDE_API_KEY", "sk-ant-x")])
            .Build()).Hosting;

        Assert.Equal(ProcessRole.Worker, fromArgs.Role);
        Assert.False(fromArgs.RunsApi);
        Assert.True(fromArgs.RunsWorker);
        Assert.Equal(ProcessRole.All, Read().Hosting.Role);
        Assert.True(Read().Hosting.RunsApi && Read().Hosting.RunsWorker);
        Assert.Equal(ProcessRole.Api, Read(("ROLE", "API")).Hosting.Role);
    }

    [Theory]
    [InlineData("scheduler", "", "1", "ROLE (or --role) must be all, api or worker")]
    [InlineData("worker", "", "1", "ROLE=worker runs AI jobs, so it needs the AI provider")]
    [InlineData("worker", "sk-ant-x", "0", "AI_WORKERS must be at least 1")]
    public void A_role_that_cannot_work_is_refused_with_the_reason(string role, string key, string workers, string expected)
    {
        var refusals = Refusals(("ROLE", role), ("CLAUDE_API_KEY", key), ("AI_WORKERS", workers));

        Assert.Contains(refusals, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Modes_are_names_in_any_case_not_numbers()
    {
        var settings = Read(("ENVIRONMENT", "Test"), ("STORAGE", "LOCAL"), ("AI_PROVIDER", "OpenAI"), ("AI_BASE_URL", "http://localhost:11434/v1"),
            ("AI_MODEL", "llama3.2"), ("LOG_LEVEL", "warning"));

        Assert.Equal(DeploymentEnvironment.Test, settings.Hosting.Environment);
        Assert.Equal(StorageKind.Local, settings.Storage.Kind);
        Assert.Equal(AiProviderKind.OpenAi, settings.Ai.Provider);
        Assert.Equal("openai", settings.Ai.ProviderName);
        Assert.Equal("llama3.2", settings.Ai.ModelName);
        Assert.Equal(Serilog.Events.LogEventLevel.Warning, settings.Observability.LogLevel);
        Assert.StartsWith("ROLE (or --role) must be", Assert.Single(Refusals(("ROLE", "1"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite:///./resume_refiner.db", DatabaseProvider.Sqlite, "Data Source=./resume_refiner.db")]
    [InlineData("sqlite:////var/lib/rr/app.db", DatabaseProvider.Sqlite, "Data Source=/var/lib/rr/app.db")]
    [InlineData("Data Source=app.db", DatabaseProvider.Sqlite, "Data Source=app.db")]
    [InlineData("postgresql://rr:p%40ss@db.internal:6543/resumes", DatabaseProvider.Postgres, "Host=db.internal;Port=6543;Database=resumes;Username=rr;Password=p@ss")]
    [InlineData("postgres://rr@localhost/resumes?sslmode=require", DatabaseProvider.Postgres, "Host=localhost;Port=5432;Database=resumes;Username=rr;SSL Mode=Require")]
    [InlineData("Host=127.0.0.1;Database=x", DatabaseProvider.Postgres, "Host=127.0.0.1;Database=x")]
    public void DATABASE_URL_accepts_urls_and_connection_strings(string url, DatabaseProvider provider, string connectionString)
    {
        var target = DatabaseTarget.Parse(url);

        Assert.Equal(provider, target.Provider);
        Assert.Equal(connectionString, target.ConnectionString);
    }

    [Theory]
    [InlineData(null, "SECRET_KEY is required")]
    [InlineData("short", "SECRET_KEY is too short")]
    public void Production_refuses_a_missing_or_short_secret_key(string? secret, string expected)
    {
        var values = new List<(string, string)> { ("ENVIRONMENT", "production"), ("ALLOWED_ORIGINS", "https://app.example.com") };
        if (secret is not null)
        {
            values.Add(("SECRET_KEY", secret));
        }

        var refusals = Refusals([.. values]);

        Assert.Contains(refusals, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_short_METRICS_TOKEN_is_refused_without_echoing_it(bool production)
    {
        var token = ("METRICS_TOKEN", "guessable-metrics-token");

        var refusal = Assert.Single(production ? Refusals([.. SafeProduction, token]) : Refusals(token));

        Assert.StartsWith("METRICS_TOKEN is too short (23 characters)", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("guessable", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void METRICS_TOKEN_is_optional_and_read_when_long_enough()
    {
        var token = new string('m', 32);

        Assert.Null(Read([.. SafeProduction]).Observability.MetricsToken);
        Assert.Equal(token, Read([.. SafeProduction, ("METRICS_TOKEN", $" {token} ")]).Observability.MetricsToken);
    }

    [Fact]
    public void Production_refuses_a_wildcard_origin()
    {
        var refusals = Refusals([.. SafeProduction, ("ALLOWED_ORIGINS", "*")]);

        Assert.Equal("ALLOWED_ORIGINS must list exact origins in production; a wildcard '*' is not allowed.", Assert.Single(refusals));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("NULL")]
    public void Production_refuses_the_null_origin(string origin)
    {
        var refusals = Refusals([.. SafeProduction, ("ALLOWED_ORIGINS", $"https://app.example.com,{origin}")]);

        Assert.Equal("ALLOWED_ORIGINS has 'null', which any sandboxed page or local file sends: list https origins in production.", Assert.Single(refusals));
    }

    [Theory]
    [InlineData("http://app.example.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("app.example.com")]
    public void Production_refuses_an_origin_that_is_not_https(string origin)
    {
        var refusals = Refusals([.. SafeProduction, ("ALLOWED_ORIGINS", origin)]);

        Assert.Equal($"ALLOWED_ORIGINS has '{origin}', which is not an https origin: production allows plain http only for localhost.", Assert.Single(refusals));
    }

    [Fact]
    public void Production_allows_plain_http_origins_on_the_local_machine()
    {
        var settings = Read([.. SafeProduction, ("ALLOWED_ORIGINS", "http://localhost:8080,http://127.0.0.1:5173,http://[::1]:8080")]);

        Assert.Equal(3, settings.Http.AllowedOrigins.Count);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("8.0.0.0/8")]
    [InlineData("10.0.0.0/7")]
    [InlineData("2001:db8::/32")]
    [InlineData("::ffff:0.0.0.0/96")]
    public void Production_refuses_KNOWN_NETWORKS_wider_than_a_private_range(string network)
    {
        var refusals = Refusals([.. SafeProduction, ("KNOWN_NETWORKS", $"10.0.0.0/8,{network}")]);

        Assert.StartsWith($"KNOWN_NETWORKS has '{network}', which is wider than a private range", Assert.Single(refusals), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("2001:db8::1")]
    public void Production_refuses_a_public_address_in_KNOWN_PROXIES(string proxy)
    {
        var refusals = Refusals([.. SafeProduction, ("KNOWN_PROXIES", $"127.0.0.1,{proxy}")]);

        Assert.StartsWith($"KNOWN_PROXIES has '{proxy}', a public address", Assert.Single(refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_trusts_proxies_on_private_networks()
    {
        var settings = Read([.. SafeProduction, ("KNOWN_NETWORKS", "10.0.0.0/8;172.28.0.0/16;192.168.1.0/24;100.64.0.0/10;fd00::/8;::ffff:10.0.0.0/104"),
            ("KNOWN_PROXIES", "127.0.0.1,::1,10.1.2.3")]);

        Assert.Equal(6, settings.Http.KnownNetworks.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData("resumes.example.com;*")]
    public void Production_refuses_ALLOWED_HOSTS_that_answers_any_host(string? hosts)
    {
        var values = SafeProduction.Where(value => value.Key != "ALLOWED_HOSTS").ToList();
        if (hosts is not null)
        {
            values.Add(("ALLOWED_HOSTS", hosts));
        }

        var refusals = Refusals([.. values]);

        Assert.StartsWith("ALLOWED_HOSTS must name the server's host names in production", Assert.Single(refusals), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_production_wide_proxies_null_origins_and_any_host_are_allowed()
    {
        var settings = Read(("ALLOWED_ORIGINS", "null,http://app.example.com"), ("KNOWN_NETWORKS", "0.0.0.0/0"), ("ALLOWED_HOSTS", "*"));

        Assert.Equal(["0.0.0.0/0"], settings.Http.KnownNetworks);
    }

    [Fact]
    public void Outside_production_the_development_key_and_a_wildcard_origin_are_allowed()
    {
        var settings = Read(("ENVIRONMENT", "test"), ("ALLOWED_ORIGINS", "*"));

        Assert.Equal("development-only-secret-key-not-for-production", settings.Workspace.EffectiveSecretKey);
        Assert.Equal(["*"], settings.Http.AllowedOrigins);
    }

    [Fact]
    public void A_safe_production_configuration_passes()
    {
        var settings = Read([.. SafeProduction, ("ALLOWED_ORIGINS", "https://a.example, https://b.example")]);

        Assert.True(settings.Hosting.IsProduction);
        Assert.Equal(["https://a.example", "https://b.example"], settings.Http.AllowedOrigins);
    }

    [Fact]
    public void Every_refusal_is_reported_at_once()
    {
        var refusals = Refusals(("ENVIRONMENT", "production"), ("ALLOWED_ORIGINS", "*"), ("KNOWN_PROXIES", "proxy.internal"), ("STORAGE", "s3"));

        Assert.Contains(refusals, e => e.StartsWith("SECRET_KEY is required", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.StartsWith("ALLOWED_ORIGINS", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.StartsWith("KNOWN_PROXIES", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.StartsWith("STORAGE=s3 needs S3_BUCKET", StringComparison.Ordinal));
        Assert.Equal(refusals.Count, refusals.Distinct().Count());
    }

    /// <summary>Each refusal names its variable, so the message says what to fix.</summary>
    [Theory]
    [InlineData("ENVIRONMENT=staging", "ENVIRONMENT must be development, test or production (got 'staging').")]
    [InlineData("ROLE=scheduler", "ROLE (or --role) must be all, api or worker (got 'scheduler').")]
    [InlineData("PORT=0", "PORT must be a whole number of at least 1 (got '0').")]
    [InlineData("DATABASE_URL=mysql://x", "DATABASE_URL must be sqlite:///path/to/file.db")]
    [InlineData("DATABASE_URL=sqlite:///", "DATABASE_URL 'sqlite:///' needs a file path")]
    [InlineData("MAX_FILE_SIZE=10MB", "MAX_FILE_SIZE must be a whole number of at least 1 (got '10MB').")]
    [InlineData("RATE_LIMIT_PER_MINUTE=0", "RATE_LIMIT_PER_MINUTE must be a whole number of at least 1")]
    [InlineData("UPLOAD_RATE_LIMIT_PER_MINUTE=-1", "UPLOAD_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1")]
    [InlineData("CHECK_RATE_LIMIT_PER_MINUTE=0", "CHECK_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1")]
    [InlineData("KNOWN_PROXIES=10.0.0.1,proxy.internal", "KNOWN_PROXIES has 'proxy.internal', which is not an IP address.")]
    [InlineData("KNOWN_NETWORKS=10.0.0.0/33", "KNOWN_NETWORKS has '10.0.0.0/33', which is not a CIDR range")]
    [InlineData("RETENTION_DAYS=0", "RETENTION_DAYS must be a whole number of at least 1")]
    [InlineData("STORAGE=azure", "STORAGE must be local or s3 (got 'azure').")]
    [InlineData("MIN_FREE_DISK_MB=-1", "MIN_FREE_DISK_MB must be a whole number of at least 0")]
    [InlineData("S3_FORCE_PATH_STYLE=maybe", "S3_FORCE_PATH_STYLE must be true or false (got 'maybe').")]
    [InlineData("S3_SERVICE_URL=minio:9000", "S3_SERVICE_URL must be an absolute http(s) URL (got 'minio:9000').")]
    [InlineData("LOG_LEVEL=Loud", "LOG_LEVEL must be one of Verbose, Debug, Information, Warning, Error, Fatal (got 'Loud').")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT=otel-collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL")]
    [InlineData("AI_PROVIDER=gemini", "AI_PROVIDER must be anthropic or openai (got 'gemini').")]
    [InlineData("AI_PROVIDER=openai", "AI_PROVIDER=openai needs AI_BASE_URL (e.g. http://localhost:11434/v1) and AI_MODEL (e.g. llama3.2).")]
    [InlineData("ANTHROPIC_BASE_URL=ftp://proxy", "ANTHROPIC_BASE_URL must be an absolute http(s) URL (got 'ftp://proxy').")]
    [InlineData("AI_BASE_URL=localhost:11434", "AI_BASE_URL must be an absolute http(s) URL")]
    [InlineData("AI_DAILY_TOKEN_BUDGET=0", "AI_DAILY_TOKEN_BUDGET must be a whole number of at least 1")]
    [InlineData("AI_REDACT_CONTACTS=sometimes", "AI_REDACT_CONTACTS must be true or false (got 'sometimes').")]
    [InlineData("AI_TIMEOUT_SECONDS=0", "AI_TIMEOUT_SECONDS must be a whole number of at least 1")]
    [InlineData("AI_MAX_RETRIES=-1", "AI_MAX_RETRIES must be a whole number of at least 0")]
    [InlineData("AI_RETRY_BASE_DELAY_MS=0", "AI_RETRY_BASE_DELAY_MS must be a whole number of at least 1")]
    [InlineData("AI_MAX_OUTPUT_TOKENS=8", "AI_MAX_OUTPUT_TOKENS must be a whole number of at least 16 (got '8').")]
    [InlineData("AI_PRICE_INPUT_PER_MTOK=-1", "AI_PRICE_INPUT_PER_MTOK must be a price in USD per million tokens, 0 or more (got '-1').")]
    [InlineData("AI_PRICE_OUTPUT_PER_MTOK=free", "AI_PRICE_OUTPUT_PER_MTOK must be a price in USD per million tokens")]
    [InlineData("AI_WORKERS=-1", "AI_WORKERS must be a whole number of at least 0")]
    [InlineData("AI_JOB_LEASE_SECONDS=0", "AI_JOB_LEASE_SECONDS must be a whole number of at least 1")]
    [InlineData("AI_JOB_MAX_ATTEMPTS=0", "AI_JOB_MAX_ATTEMPTS must be a whole number of at least 1")]
    [InlineData("AI_JOB_RETRY_DELAY_SECONDS=-1", "AI_JOB_RETRY_DELAY_SECONDS must be a whole number of at least 0")]
    [InlineData("AI_JOB_RETRY_MAX_DELAY_SECONDS=0", "AI_JOB_RETRY_MAX_DELAY_SECONDS must be a whole number of at least 1")]
    [InlineData("ENVIRONMENT=production;ALLOWED_HOSTS=resumes.example.com;ALLOWED_ORIGINS=https://app.example.com", "SECRET_KEY is required in production")]
    [InlineData("ENVIRONMENT=production;SECRET_KEY=short;ALLOWED_HOSTS=resumes.example.com;ALLOWED_ORIGINS=https://app.example.com", "SECRET_KEY is too short (5 characters): production needs at least 32.")]
    [InlineData("ENVIRONMENT=production;SECRET_KEY=0123456789abcdef0123456789abcdef;ALLOWED_HOSTS=resumes.example.com;ALLOWED_ORIGINS=https://*.example.com", "ALLOWED_ORIGINS must list exact origins in production")]
    public void A_refused_value_is_named(string values, string expected)
    {
        var refusal = Assert.Single(Refusals(Pairs(values)));

        Assert.StartsWith(expected, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_running_host_gets_the_same_validated_areas()
    {
        using var services = new ServiceCollection().AddSettings(Variables(("STORAGE", "s3"), ("S3_BUCKET", "resume-files"), ("S3_REGION", "eu-west-1"),
            ("RETENTION_DAYS", "7"), ("AI_WORKERS", "3"))).BuildServiceProvider();

        Assert.True(services.GetRequiredService<IOptions<StorageOptions>>().Value.UsesS3);
        Assert.Equal(7, services.GetRequiredService<IOptions<RetentionOptions>>().Value.Days);
        Assert.Equal(3, services.GetRequiredService<IOptions<AiJobOptions>>().Value.Workers);
    }

    [Fact]
    public void The_running_host_refuses_what_start_up_refuses()
    {
        using var services = new ServiceCollection().AddSettings(Variables(("STORAGE", "s3"))).BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(refused.Failures, e => e.StartsWith("STORAGE=s3 needs S3_BUCKET", StringComparison.Ordinal));
    }

    [Fact]
    public void Storage_is_the_local_disk_unless_STORAGE_says_s3()
    {
        Assert.False(Read().Storage.UsesS3);
        Assert.Equal(StorageKind.Local, Read(("STORAGE", "local")).Storage.Kind);
        Assert.Contains(Refusals(("STORAGE", "azure")), e => e.StartsWith("STORAGE must be local or s3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_S3_store_on_AWS_needs_a_bucket_and_a_region_and_may_use_the_default_credentials()
    {
        var storage = Read(("STORAGE", "S3"), ("S3_BUCKET", "resume-files"), ("S3_REGION", "eu-west-1"), ("S3_PREFIX", "prod/")).Storage;

        Assert.True(storage.UsesS3);
        Assert.False(storage.S3ForcePathStyle);
    }

    [Theory]
    [InlineData("STORAGE=s3;S3_REGION=eu-west-1", "STORAGE=s3 needs S3_BUCKET")]
    [InlineData("STORAGE=s3;S3_BUCKET=resume-files", "STORAGE=s3 needs S3_REGION")]
    [InlineData("STORAGE=s3;S3_BUCKET=Resume_Files;S3_REGION=eu-west-1", "S3_BUCKET must be a bucket name")]
    [InlineData("STORAGE=s3;S3_BUCKET=resume-files;S3_REGION=eu-west-1;S3_PREFIX=/prod", "S3_PREFIX must be")]
    [InlineData("STORAGE=s3;S3_BUCKET=resume-files;S3_SERVICE_URL=minio:9000", "S3_SERVICE_URL must be an absolute")]
    [InlineData("STORAGE=s3;S3_BUCKET=resume-files;S3_REGION=eu-west-1;S3_ACCESS_KEY=AKIAEXAMPLE", "S3_ACCESS_KEY and S3_SECRET_KEY go together")]
    public void A_wrong_S3_setting_is_named(string values, string expected)
    {
        var refusals = Refusals(Pairs(values));

        Assert.Contains(refusals, e => e.StartsWith(expected, StringComparison.Ordinal));
        // Credentials are never echoed back.
        Assert.DoesNotContain(refusals, e => e.Contains("AKIAEXAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public void An_S3_compatible_service_needs_no_region_and_can_use_path_style()
    {
        var storage = Read(("STORAGE", "s3"), ("S3_BUCKET", "resumes"), ("S3_SERVICE_URL", "http://minio:9000"),
            ("S3_ACCESS_KEY", "minio"), ("S3_SECRET_KEY", "minio-secret"), ("S3_FORCE_PATH_STYLE", "true")).Storage;

        Assert.True(storage.S3ForcePathStyle);
    }
}
