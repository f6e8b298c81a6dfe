using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests;

public sealed class HostingTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Health_answers_the_seed_json()
    {
        using var client = fixture.Factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("timestamp").TryGetDateTimeOffset(out _));
        Assert.False(string.IsNullOrEmpty(health.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_resume_endpoints_and_docs_are_browsable()
    {
        using var client = fixture.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/resumes", out _));
        Assert.True(paths.TryGetProperty("/api/v1/resumes/{id}", out _));

        using var docs = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Client_config_reports_the_upload_limit_and_AI_off_without_a_key()
    {
        using var client = fixture.Factory.CreateClient();

        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/config");

        Assert.Equal(fixture.Factory.MaxFileSize, config.GetProperty("maxFileSize").GetInt64());
        Assert.Contains(".docx", config.GetProperty("acceptedExtensions").EnumerateArray().Select(e => e.GetString()));
        Assert.False(config.GetProperty("ai").GetProperty("enabled").GetBoolean());
        Assert.False(config.TryGetProperty("aiEnabled", out _));
        Assert.Equal(30, config.GetProperty("retentionDays").GetInt32());
        Assert.False(config.GetProperty("errorReporting").GetBoolean());
    }

    [Fact]
    public async Task Client_config_quotes_the_configured_retention_and_error_reporting()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?>
        {
            ["RETENTION_DAYS"] = "7",
            ["SENTRY_DSN"] = "http://public@127.0.0.1:9/1",
        });
        using var client = factory.CreateClient();

        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/config");

        Assert.Equal(7, config.GetProperty("retentionDays").GetInt32());
        Assert.True(config.GetProperty("errorReporting").GetBoolean());
    }
}
