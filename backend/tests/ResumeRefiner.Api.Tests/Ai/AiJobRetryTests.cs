using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// Transient provider failures: offline suggestions at once, the AI again later with back-off, dead-lettered when out of
/// attempts; on SQLite and on PostgreSQL (the claim query compares the next-attempt time in SQL on both).
/// </summary>
public abstract class AiJobRetryTests : IAsyncLifetime
{
    protected FakeAnthropic Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    protected abstract Task<string> NewDatabaseAsync();

    /// <summary>One provider call per attempt (no HTTP retries inside it), so each scripted failure is one attempt.</summary>
    private static Dictionary<string, string?> Retries(int delaySeconds, int maxAttempts = 5) => new()
    {
        ["AI_MAX_RETRIES"] = "0",
        ["AI_JOB_RETRY_DELAY_SECONDS"] = delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["AI_JOB_MAX_ATTEMPTS"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_transient_failure_shows_offline_suggestions_at_once_and_the_AI_ones_replace_them_when_a_later_attempt_succeeds()
    {
        // The provider is overloaded and asks for 2 s; the next attempt gets a good answer.
        Fake.Then(FakeAnthropic.Step.Error(503, "overloaded_error", retryAfter: "2"));
        await using var api = Start(await NewDatabaseAsync(), Fake, Retries(delaySeconds: 1));
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var jobId = await QueueAsync(client, resume.Id, new { task = "review" });

        var waiting = await WaitUntilAsync(client, resume.Id, jobId, j => j.GetProperty("status").GetString() != "queued" && j.GetProperty("status").GetString() != "running");
        Assert.Equal("retrying", waiting.GetProperty("status").GetString());
        Assert.Equal(1, waiting.GetProperty("attempts").GetInt32());
        Assert.Equal("server-error", waiting.GetProperty("lastError").GetString());
        Assert.True(waiting.GetProperty("nextAttemptAt").GetDateTime() > waiting.GetProperty("createdAt").GetDateTime());
        var offline = waiting.GetProperty("result");
        Assert.Equal("offline", offline.GetProperty("source").GetString());
        Assert.Contains("asked again", offline.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var offlineSuggestions = offline.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.NotEmpty(offlineSuggestions);
        // The user decides on one offline suggestion while the AI is retried: that decision stays.
        var decided = offlineSuggestions[0].GetProperty("id").GetGuid();
        using (var rejected = await client.PostAsync(new Uri($"/api/v1/resumes/{resume.Id}/ai/jobs/{jobId}/suggestions/{decided}/reject", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        var job = await WaitAsync(client, resume.Id, jobId);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.False(job.TryGetProperty("nextAttemptAt", out _));
        var result = job.GetProperty("result");
        Assert.Equal("ai", result.GetProperty("source").GetString());
        Assert.Contains("later try", result.GetProperty("notice").GetString(), StringComparison.Ordinal);
        var suggestions = result.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(decided, suggestions[0].GetProperty("id").GetGuid());
        Assert.Equal("rejected", suggestions[0].GetProperty("status").GetString());
        // The offline suggestions not decided on are gone; the AI's (the fake opens each with "Delivered:") came in.
        Assert.All(suggestions.Skip(1), s => Assert.StartsWith("Delivered:", s.GetProperty("proposal").GetString(), StringComparison.Ordinal));
        Assert.True(suggestions.Count > 1);
        Assert.Equal(2, Fake.Requests.Count);
        Assert.Equal("Solid resume; quantify more.", result.GetProperty("overview").GetString());
    }

    [Fact]
    public async Task A_job_whose_provider_keeps_failing_is_dead_lettered_after_the_last_attempt_and_keeps_the_offline_suggestions()
    {
        Fake.Then(FakeAnthropic.Step.Error(429, "rate_limit_error"))
            .Then(FakeAnthropic.Step.Error(529, "overloaded_error"))
            .Then(FakeAnthropic.Step.Error(500, "api_error"));
        await using var api = Start(await NewDatabaseAsync(), Fake, Retries(delaySeconds: 0, maxAttempts: 3));
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var jobId = await QueueAsync(client, resume.Id, new { task = "review" });

        var job = await WaitAsync(client, resume.Id, jobId);

        Assert.Equal("dead", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("attempts").GetInt32());
        Assert.Equal("server-error", job.GetProperty("lastError").GetString());
        Assert.False(job.TryGetProperty("error", out _));
        var result = job.GetProperty("result");
        Assert.Equal("offline", result.GetProperty("source").GetString());
        Assert.Contains("final answer", result.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(result.GetProperty("suggestions").EnumerateArray());
        Assert.Equal(3, Fake.Requests.Count);
        // Kept for inspection: the row, its category and nothing of the resume beyond what the job always had.
        var row = await api.WithDbAsync(db => db.AiJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
        Assert.Equal(AiJobStatus.Dead, row.Status);
        Assert.Null(row.LeaseOwner);
        Assert.NotNull(row.FinishedAt);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_back_off_decides_the_next_attempt()
    {
        Fake.Then(FakeAnthropic.Step.Error(429, "rate_limit_error", retryAfter: "3600"));
        await using var api = Start(await NewDatabaseAsync(), Fake, Retries(delaySeconds: 1));
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var jobId = await QueueAsync(client, resume.Id, new { task = "summary" });

        var job = await WaitUntilAsync(client, resume.Id, jobId, j => j.GetProperty("status").GetString() == "retrying");

        Assert.Equal("rate-limited", job.GetProperty("lastError").GetString());
        var wait = job.GetProperty("nextAttemptAt").GetDateTime() - job.GetProperty("createdAt").GetDateTime();
        Assert.True(wait >= TimeSpan.FromMinutes(59), $"Next attempt after {wait}, not after the hour the provider asked for.");
        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_request_the_provider_refuses_is_not_retried()
    {
        Fake.Then(FakeAnthropic.Step.Error(401, "authentication_error"));
        await using var api = Start(await NewDatabaseAsync(), Fake, Retries(delaySeconds: 0));
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await RunJobAsync(client, resume.Id, new { task = "summary" });

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal(1, job.GetProperty("attempts").GetInt32());
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task A_job_whose_worker_died_on_its_last_attempt_is_dead_lettered_without_another_call()
    {
        var database = await NewDatabaseAsync();
        var settings = Retries(delaySeconds: 0, maxAttempts: 2);
        Guid resumeId, jobId;
        string token;
        await using (var apiOnly = Start(database, Fake, new Dictionary<string, string?>(settings) { ["ROLE"] = "api" }))
        {
            using var client = apiOnly.CreateClient();
            using var created = await client.PostAsync(new Uri("/api/v1/workspace", UriKind.Relative), null);
            token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            resumeId = (await UploadSampleAsync(client)).Id;
            jobId = await QueueAsync(client, resumeId, new { task = "review" });
            // As a worker that died during the second (last) attempt leaves it.
            await apiOnly.WithDbAsync(db => db.AiJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, AiJobStatus.Running).SetProperty(j => j.LeaseOwner, "crashed-host")
                .SetProperty(j => j.LeaseExpiresAt, DateTime.UtcNow.AddSeconds(-5)).SetProperty(j => j.Attempts, 2)));
        }

        await using var worker = Start(database, Fake, settings);
        using var next = worker.CreateClient();
        next.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var job = await WaitAsync(next, resumeId, jobId);

        Assert.Equal("dead", job.GetProperty("status").GetString());
        Assert.Equal(ProviderFailure.LeaseExpired, job.GetProperty("lastError").GetString());
        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Empty(Fake.Requests);
    }

    private static async Task<Guid> QueueAsync(HttpClient client, Guid resumeId, object request)
    {
        using var response = await StartJobAsync(client, resumeId, request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteAiJobRetryTests : AiJobRetryTests
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-ai-retry-").FullName, "ai.db"));
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAiJobRetryTests(PostgresApiFixture fixture) : AiJobRetryTests
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();
}

/// <summary>The back-off between attempts.</summary>
public sealed class AiRetryDelayTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(1, 15, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(3, 60, 120)]
    [InlineData(6, 450, 900)]
    [InlineData(12, 450, 900)]
    public void Doubles_per_attempt_up_to_the_cap_with_half_of_it_random(int attempt, int lowestSeconds, int highestSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(lowestSeconds), AiJobRunner.RetryDelay(attempt, Base, Cap, null, random: 0));
        Assert.Equal(TimeSpan.FromSeconds(highestSeconds), AiJobRunner.RetryDelay(attempt, Base, Cap, null, random: 1));
    }

    [Fact]
    public void A_longer_retry_after_wins_and_a_shorter_one_does_not()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), AiJobRunner.RetryDelay(1, Base, Cap, TimeSpan.FromMinutes(10), random: 1));
        Assert.Equal(TimeSpan.FromSeconds(30), AiJobRunner.RetryDelay(1, Base, Cap, TimeSpan.FromSeconds(5), random: 1));
        Assert.Equal(TimeSpan.FromDays(1), AiJobRunner.RetryDelay(1, Base, Cap, TimeSpan.FromDays(30), random: 1));
    }
}
