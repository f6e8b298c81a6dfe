using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ResumeRefiner.Api.Tests.Observability;

public sealed partial class MetricsTests(ITestOutputHelper output)
{
    /// <summary>The names the alert rules, the runbook and the dashboards rely on.</summary>
    private static readonly string[] ExpectedNames =
    [
        "http_server_request_duration_seconds_bucket",
        "http_server_request_duration_seconds_count",
        "resumerefiner_uploads_total",
        "resumerefiner_parse_duration_seconds_bucket",
        "resumerefiner_analysis_duration_seconds_bucket",
        "resumerefiner_export_duration_seconds_bucket",
        "resumerefiner_ai_calls_total",
        "resumerefiner_ai_tokens_cache_read_total",
        "resumerefiner_ai_tokens_cache_write_total",
        "resumerefiner_ai_queue_depth",
        "resumerefiner_ai_queue_oldest_age_seconds",
        "resumerefiner_ai_job_failures_total",
        "resumerefiner_ai_job_retries_total",
        "resumerefiner_ai_job_dead_lettered_total",
        "resumerefiner_upload_storage_free_bytes",
        "resumerefiner_ai_circuit_open",
    ];

    [Fact]
    public async Task Metrics_expose_request_upload_engine_and_AI_metrics_under_the_names_the_alert_rules_use()
    {
        using var factory = ApiFactory.Sqlite();
        using var client = factory.CreateClient();
        var created = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        (await client.UploadAsync(Documents.CorruptPdf(), "broken.pdf")).Dispose();
        (await client.PostAsJsonAsync($"/api/v1/resumes/{created.Id}/analyses", new { jobDescription = "Senior engineer, C#, PostgreSQL" })).Dispose();
        (await client.GetAsync($"/api/v1/resumes/{created.Id}/export?format=txt")).Dispose();
        // An AI provider failure as the job runner records it (no provider is configured in this host).
        var ai = factory.Services.GetRequiredService<AiMetrics>();
        ai.Call("anthropic", "test-model", "error", default, 0);
        ai.Call("anthropic", "test-model", "ok", new AiTokens(200, 300, CacheWrite: 100, CacheRead: 900), 0.00552, "structured");
        // A job's attempts as the runner records them: two transient failures, a retry, then out of attempts.
        ai.AttemptFailed("review", "overloaded");
        ai.Retried("review", "overloaded");
        ai.AttemptFailed("review", "timeout");
        ai.DeadLettered("review", "timeout");

        using var response = await client.GetOperationsAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var names = SeriesNames(text);
        output.WriteLine(string.Join('\n', text.Split('\n').Where(l => l.StartsWith("resumerefiner", StringComparison.Ordinal) && !l.Contains("_bucket", StringComparison.Ordinal))));
        output.WriteLine(string.Join('\n', names.Order(StringComparer.Ordinal)));
        foreach (var name in ExpectedNames)
        {
            Assert.Contains(name, names);
        }

        // Counts are at least ours: other hosts in the test process (parallel tests) use the same meter names.
        Assert.Matches("resumerefiner_uploads_total\\{[^}]*outcome=\"accepted\",reason=\"none\"\\} [1-9]", text);
        Assert.Matches("resumerefiner_uploads_total\\{[^}]*outcome=\"refused\",reason=\"corrupt\"\\} [1-9]", text);
        Assert.Matches("resumerefiner_parse_duration_seconds_count\\{[^}]*kind=\"text\",outcome=\"ok\"\\} [1-9]", text);
        Assert.Matches("resumerefiner_export_duration_seconds_count\\{[^}]*format=\"text\"\\} [1-9]", text);
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*http_route=\"/api/v1/resumes/\\{id:guid\\}/export\"", text);
        Assert.Matches("resumerefiner_ai_queue_depth\\{[^}]*status=\"queued\"\\} \\d", text);
        Assert.Matches("resumerefiner_ai_queue_depth\\{[^}]*status=\"retrying\"\\} \\d", text);
        Assert.Matches("resumerefiner_ai_queue_depth\\{[^}]*status=\"dead\"\\} \\d", text);
        Assert.Matches("resumerefiner_ai_queue_oldest_age_seconds(\\{[^}]*\\})? \\d", text);
        Assert.Matches("resumerefiner_ai_job_dead_lettered_total\\{[^}]*reason=\"timeout\"[^}]*\\} [1-9]", text);
        Assert.Matches("resumerefiner_ai_calls_total\\{[^}]*reply_mode=\"structured\"[^}]*\\} [1-9]", text);
        Assert.Matches("resumerefiner_ai_tokens_cache_read_total\\{[^}]*\\} [1-9]", text);
        // No resume content, file name or id ever becomes a label.
        Assert.DoesNotContain(created.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cv.txt", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_metric_in_the_alert_rules_is_emitted_by_the_api()
    {
        var rules = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "deploy", "monitoring", "alerts.yml"));
        var used = MetricInExpression().Matches(rules).Select(m => m.Groups[1].Value)
            .Where(n => n.StartsWith("resumerefiner_", StringComparison.Ordinal) || n.StartsWith("http_server_", StringComparison.Ordinal))
            .ToHashSet();

        Assert.NotEmpty(used);
        foreach (var name in used)
        {
            Assert.Contains(name, ExpectedNames);
        }
    }

    [Fact]
    public async Task Metrics_are_neither_rate_limited_nor_in_the_OpenAPI_document()
    {
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["RATE_LIMIT_PER_MINUTE"] = "2" });
        using var client = factory.CreateClient();
        var api = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var call = await client.GetAsync("/api/v1/config");
            api.Add(call.StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            using var scrape = await client.GetOperationsAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, api[^1]);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.False(document.GetProperty("paths").TryGetProperty("/metrics", out _));
    }

    internal static HashSet<string> SeriesNames(string exposition) =>
        exposition.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line[..line.IndexOfAny(['{', ' '])])
            .ToHashSet(StringComparer.Ordinal);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "deploy", "monitoring")) && File.Exists(Path.Combine(directory.FullName, "README.md")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("deploy/monitoring not found above the test binaries.");
    }

    [GeneratedRegex(@"\b([a-z_][a-z0-9_]*)\s*(?:\{|\[)")]
    private static partial Regex MetricInExpression();
}
