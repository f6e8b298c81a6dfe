using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Observability;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_answers_200_with_each_check_when_database_storage_and_disk_are_fine()
    {
        using var factory = ApiFactory.Sqlite();
        using var client = factory.CreateClient();

        using var response = await client.GetOperationsAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks");
        foreach (var name in new[] { "database", "storage", "disk", "ai" })
        {
            Assert.Equal("healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }

        Assert.False(checks.GetProperty("ai").GetProperty("data").GetProperty("configured").GetBoolean());
        Assert.True(checks.GetProperty("disk").GetProperty("data").GetProperty("freeBytes").GetInt64() > 0);
        Assert.Empty(Directory.Exists(factory.UploadDir) ? Directory.GetFiles(factory.UploadDir, ".ready-probe-*") : []);
        // Liveness keeps its own answer.
        using var live = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_when_the_upload_directory_cannot_be_written()
    {
        using var factory = ApiFactory.Sqlite();
        using var client = factory.CreateClient();
        // Tests may run as root, which ignores permission bits: a file where the directory should be fails for everyone.
        if (Directory.Exists(factory.UploadDir))
        {
            Directory.Delete(factory.UploadDir, recursive: true);
        }

        await File.WriteAllTextAsync(factory.UploadDir, "not a directory");

        using var response = await client.GetOperationsAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not-ready", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain(factory.Root, body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_answers_503_when_free_disk_space_is_below_MIN_FREE_DISK_MB()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["MIN_FREE_DISK_MB"] = "1000000000" });
        using var client = factory.CreateClient();

        using var response = await client.GetOperationsAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var disk = body.GetProperty("checks").GetProperty("disk");
        Assert.Equal("unhealthy", disk.GetProperty("status").GetString());
        Assert.Equal(1_000_000_000L * 1024 * 1024, disk.GetProperty("data").GetProperty("minFreeBytes").GetInt64());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_app_starts_and_serves_while_the_collector_is_unreachable()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" });
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health");
        using var metrics = await client.GetOperationsAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
    }

    [Fact]
    public async Task Sentry_stays_off_without_a_DSN_and_the_app_starts()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["SENTRY_DSN"] = "" });
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(factory.Services.GetRequiredService<Sentry.IHub>().IsEnabled);
    }
}
