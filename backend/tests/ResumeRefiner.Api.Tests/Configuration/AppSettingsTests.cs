using Microsoft.Extensions.Configuration;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Tests.Configuration;

public sealed class AppSettingsTests
{
    private static AppSettings Read(params (string Key, string Value)[] values) =>
        AppSettings.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build());

    [Fact]
    public void Defaults_run_offline_on_sqlite_under_data()
    {
        var settings = Read();

        Assert.Empty(settings.Validate());
        Assert.Equal(DatabaseProvider.Sqlite, settings.Database.Provider);
        Assert.Equal("Data Source=./data/resume_refiner.db", settings.Database.ConnectionString);
        Assert.Equal(10_485_760, settings.MaxFileSize);
        Assert.Equal("./data/uploads", settings.UploadDir);
    }

    [Fact]
    public void The_role_comes_from_the_command_line_or_ROLE_and_the_command_line_wins()
    {
        var fromArgs = AppSettings.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection([new("ROLE", "api")])
            .AddCommandLine(["--role", "worker"])
            .Build());

        Assert.Equal(ProcessRole.Worker, fromArgs.Role);
        Assert.False(fromArgs.RunsApi);
        Assert.True(fromArgs.RunsWorker);
        Assert.Equal(ProcessRole.All, Read().Role);
        Assert.True(Read().RunsApi && Read().RunsWorker);
        Assert.Equal(ProcessRole.Api, Read(("ROLE", "API")).Role);
    }

    [Theory]
    [InlineData("scheduler", "", "1", "ROLE (or --role) must be all, api or worker")]
    [InlineData("worker", "", "1", "ROLE=worker runs AI jobs, so it needs the AI provider")]
    [InlineData("worker", "sk-ant-x", "0", "AI_WORKERS must be at least 1")]
    public void A_role_that_cannot_work_is_refused_with_the_reason(string role, string key, string workers, string expected)
    {
        var errors = Read(("ROLE", role), ("CLAUDE_API_KEY", key), ("AI_WORKERS", workers)).Validate();

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
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

    [Fact]
    public void An_unreadable_DATABASE_URL_is_named()
    {
        var errors = Read(("DATABASE_URL", "mysql://x")).Validate();

        Assert.Contains(errors, e => e.StartsWith("DATABASE_URL", StringComparison.Ordinal));
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

        var errors = Read([.. values]).Validate();

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Production_refuses_a_wildcard_origin()
    {
        var errors = Read(("ENVIRONMENT", "production"), ("SECRET_KEY", new string('k', 40)), ("ALLOWED_ORIGINS", "*")).Validate();

        Assert.Equal("ALLOWED_ORIGINS must list exact origins in production; a wildcard '*' is not allowed.", Assert.Single(errors));
    }

    [Fact]
    public void A_safe_production_configuration_passes()
    {
        var settings = Read(("ENVIRONMENT", "production"), ("SECRET_KEY", new string('k', 40)), ("ALLOWED_ORIGINS", "https://a.example, https://b.example"));

        Assert.Empty(settings.Validate());
        Assert.Equal(["https://a.example", "https://b.example"], settings.AllowedOrigins);
    }

    [Fact]
    public void A_non_numeric_MAX_FILE_SIZE_is_named()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Read(("MAX_FILE_SIZE", "10MB")));

        Assert.StartsWith("MAX_FILE_SIZE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_is_the_local_disk_unless_STORAGE_says_s3()
    {
        Assert.False(Read().UsesS3);
        Assert.Empty(Read(("STORAGE", "local")).Validate());
        Assert.Contains(Read(("STORAGE", "azure")).Validate(), e => e.StartsWith("STORAGE must be local or s3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_S3_store_on_AWS_needs_a_bucket_and_a_region_and_may_use_the_default_credentials()
    {
        var settings = Read(("STORAGE", "S3"), ("S3_BUCKET", "resume-files"), ("S3_REGION", "eu-west-1"), ("S3_PREFIX", "prod/"));

        Assert.Empty(settings.Validate());
        Assert.True(settings.UsesS3);
        Assert.False(settings.S3ForcePathStyle);
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
        var errors = Read([.. values.Split(';').Select(pair => (pair.Split('=')[0], pair.Split('=')[1]))]).Validate();

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        // Credentials are never echoed back.
        Assert.DoesNotContain(errors, e => e.Contains("AKIAEXAMPLE", StringComparison.Ordinal));
    }

    [Fact]
    public void An_S3_compatible_service_needs_no_region_and_can_use_path_style()
    {
        var settings = Read(("STORAGE", "s3"), ("S3_BUCKET", "resumes"), ("S3_SERVICE_URL", "http://minio:9000"),
            ("S3_ACCESS_KEY", "minio"), ("S3_SECRET_KEY", "minio-secret"), ("S3_FORCE_PATH_STYLE", "true"));

        Assert.Empty(settings.Validate());
        Assert.True(settings.S3ForcePathStyle);
    }
}
