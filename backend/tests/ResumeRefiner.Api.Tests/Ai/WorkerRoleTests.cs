using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>ROLE=api and ROLE=worker processes sharing one PostgreSQL, as a scaled-out deployment runs them.</summary>
/// <summary>
/// Alone, because it reads the queue gauges: hosts in one test process may share a meter name, and another
/// host's empty queue must not stand in for this one's waiting job.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialPostgresCollection : ICollectionFixture<PostgresApiFixture>
{
    public const string Name = "PostgreSQL API, alone";
}

[Collection(SerialPostgresCollection.Name)]
public sealed class WorkerRoleTests(PostgresApiFixture fixture) : IAsyncLifetime
{
    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task An_api_role_host_queues_a_job_that_a_separate_worker_role_host_completes()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        await using var api = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "api" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        using var started = await StartJobAsync(client, resume.Id, new { task = "summary" });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.DoesNotContain(api.Services.GetServices<IHostedService>(), s => s is AiJobWorker);
        // Nobody works here, so the queue metrics show the job waiting, and for longer and longer.
        await WaitForMetricAsync(client, "resumerefiner_ai_queue_oldest_age_seconds(\\{[^}]*\\})? [1-9]");
        await WaitForMetricAsync(client, "resumerefiner_ai_queue_depth\\{[^}]*status=\"queued\"\\} [1-9]");

        await using var worker = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "worker" });
        using var workerClient = worker.CreateClient();
        var job = await WaitAsync(client, resume.Id, jobId);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Single(_fake.Requests);
        var hosted = worker.Services.GetServices<IHostedService>().ToList();
        Assert.Contains(hosted, s => s is AiJobWorker);
        Assert.DoesNotContain(hosted, s => s is RetentionService);
    }

    private static async Task WaitForMetricAsync(HttpClient client, string pattern)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // The queue gauges are read from the database at most every 5 s.
        while (!System.Text.RegularExpressions.Regex.IsMatch(await ScrapeAsync(client), pattern))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"/metrics never matched {pattern}");
            await Task.Delay(250);
        }
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var metrics = await client.GetOperationsAsync("/metrics");
        return await metrics.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_worker_role_host_serves_health_and_metrics_only()
    {
        await using var worker = Start(await fixture.Server.CreateDatabaseAsync(), _fake, new Dictionary<string, string?> { ["ROLE"] = "worker" });
        using var client = worker.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var metrics = await client.GetOperationsAsync("/metrics");
        using var outsiderMetrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var readiness = await client.GetOperationsAsync("/health/ready");
        var ready = await readiness.Content.ReadFromJsonAsync<JsonElement>();
        using var api = await client.GetAsync(new Uri("/api/v1/config", UriKind.Relative));
        using var docs = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, outsiderMetrics.StatusCode);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("checks").TryGetProperty("database", out _));
        Assert.False(ready.GetProperty("checks").TryGetProperty("storage", out _), "A worker never touches uploads.");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("ROLE=worker", (await api.ReadProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, docs.StatusCode);
    }

    [Fact]
    public async Task Stopping_a_worker_role_host_mid_call_hands_the_job_back_to_the_queue()
    {
        var database = await fixture.Server.CreateDatabaseAsync();
        _fake.Then(FakeAnthropic.Step.Slow(TimeSpan.FromMinutes(5)));
        await using var api = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "api" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        using var started = await StartJobAsync(client, resume.Id, new { task = "review" });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using (var worker = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "worker" }))
        {
            _ = worker.Services;
            Assert.True(await _fake.Arrived.WaitAsync(TimeSpan.FromSeconds(30)), "The worker never called the provider.");
            await worker.RunningHost!.StopAsync();
        }

        var job = await api.WithDbAsync(db => db.AiJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
        Assert.Equal(AiJobStatus.Queued, job.Status);
        Assert.Null(job.LeaseOwner);
        Assert.Equal(0, job.Attempts);
    }
}
