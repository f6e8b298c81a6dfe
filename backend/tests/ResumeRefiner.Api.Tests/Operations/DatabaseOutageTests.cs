using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeRefiner.Api.Tests.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>
/// PostgreSQL stopped and started under running hosts (a cluster of this class's own, with connection pooling on as
/// in production): requests get 503 with Retry-After, the worker rides the outage out, and both carry on afterwards
/// without a restart.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly PostgresServer _server = new();
    private FakeAnthropic _fake = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _fake = await FakeAnthropic.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_requests_answer_503_with_Retry_After_and_all_works_again_when_it_is_back()
    {
        var root = Directory.CreateTempSubdirectory("rr-outage-logs-").FullName;
        var logFile = Path.Combine(root, "app.log");
        await using var api = Start(await _server.CreateDatabaseAsync(pooling: true), _fake, new Dictionary<string, string?> { ["LOG_FILE"] = logFile });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var lifetime = api.Services.GetRequiredService<IHostApplicationLifetime>();

        await _server.StopAsync();
        try
        {
            using var list = await client.GetAsync(new Uri("/api/v1/resumes", UriKind.Relative));
            using var job = await StartJobAsync(client, resume.Id, new { task = "summary" });
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            using var alive = await client.GetAsync(new Uri("/health", UriKind.Relative));

            foreach (var response in new[] { list, job })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.EndsWith("database-unavailable", (await response.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
                Assert.Equal(TimeSpan.FromSeconds(15), response.Headers.RetryAfter?.Delta);
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "The outage stopped the host.");
        }
        finally
        {
            await _server.StartAsync();
        }

        // The same host, its connection pool and its worker, with no restart.
        var resumes = await client.GetFromJsonAsync<JsonElement>("/api/v1/resumes");
        Assert.Equal(resume.Id, Assert.Single(resumes.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var done = await RunJobAsync(client, resume.Id, new { task = "summary" });
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);

        var logs = string.Concat(Directory.GetFiles(root, "app*.log").Select(ReadShared));
        Assert.Contains("Database unavailable", logs, StringComparison.Ordinal);
        Assert.Contains("AI worker: claiming or running a job failed", logs, StringComparison.Ordinal);
        foreach (var secret in ContactDetails.Append("billing platform"))
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_worker_started_while_PostgreSQL_is_down_waits_for_it_and_then_runs_jobs()
    {
        var database = await _server.CreateDatabaseAsync(pooling: true);
        await using var api = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "api" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        await _server.StopAsync();

        await using var worker = Start(database, _fake, new Dictionary<string, string?> { ["ROLE"] = "worker" });
        Task<IServiceProvider> starting;
        try
        {
            starting = Task.Run(() => worker.Services);
            // Down for a few of its tries: the worker must neither crash nor start.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(starting.IsCompleted, starting.Exception?.ToString() ?? "The worker started without its database.");
        }
        finally
        {
            await _server.StartAsync();
        }

        await starting.WaitAsync(TimeSpan.FromMinutes(2));
        var job = await RunJobAsync(client, resume.Id, new { task = "summary" });
        Assert.Equal("completed", job.GetProperty("status").GetString());
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
