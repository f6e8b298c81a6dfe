using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>AI jobs end to end against the fake provider, on SQLite and on PostgreSQL.</summary>
public abstract class AiJobTests : IAsyncLifetime
{
    protected FakeAnthropic Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    /// <summary>A fresh, empty database URL (several hosts may share it).</summary>
    protected abstract Task<string> NewDatabaseAsync();

    [Fact]
    public async Task Rewritten_bullets_come_back_checked_and_an_accepted_one_is_an_undoable_ai_version()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var migration = Bullet(resume, "Responsible for");
        var mentoring = Bullet(resume, "Helped mentor");

        var job = await RunJobAsync(client, resume.Id, new { task = "rewriteBullets", targets = new[] { migration, mentoring } });

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(100, job.GetProperty("progress").GetInt32());
        var result = job.GetProperty("result");
        Assert.Equal("ai", result.GetProperty("source").GetString());
        var suggestions = result.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal([migration, mentoring], suggestions.Select(s => s.GetProperty("target").GetString()));
        // Placeholders go out, real details come back: the guide link is restored in the proposal.
        Assert.True(suggestions[1].GetProperty("proposal").GetString()!.Contains("github.com/janeqexample/onboarding", StringComparison.Ordinal), suggestions[1].ToString());
        Assert.Contains("[X]%", suggestions[0].GetProperty("proposal").GetString(), StringComparison.Ordinal);
        var usage = job.GetProperty("usage");
        Assert.True(usage.GetProperty("inputTokens").GetInt32() > 100);
        Assert.True(usage.GetProperty("estimatedCostUsd").GetDouble() > 0);

        var request = Assert.Single(Fake.Requests);
        Assert.Equal("Bearer " + ApiKey, request.Headers["Authorization"]);
        Assert.Equal("claude-sonnet-5-5", request.Body["model"]!.GetValue<string>());
        Assert.True(request.Body["stream"]!.GetValue<bool>());
        foreach (var detail in ContactDetails)
        {
            Assert.DoesNotContain(detail, request.Raw, StringComparison.Ordinal);
        }

        var suggestionPath = $"/api/v1/resumes/{resume.Id}/ai/jobs/{job.GetProperty("id").GetGuid()}/suggestions";
        using var accepted = await client.PostAsync(new Uri($"{suggestionPath}/{suggestions[0].GetProperty("id").GetGuid()}/accept", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", body.GetProperty("suggestion").GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("resume").GetProperty("version").GetInt32());
        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/versions");
        Assert.Contains(versions.GetProperty("items").EnumerateArray(), v => v.GetProperty("source").GetString() == "ai");
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}");
        Assert.StartsWith("Delivered:", current.GetProperty("resume").GetProperty("work")[0].GetProperty("highlights")[0].GetString(), StringComparison.Ordinal);

        using var again = await client.PostAsync(new Uri($"{suggestionPath}/{suggestions[0].GetProperty("id").GetGuid()}/accept", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.EndsWith("suggestion-decided", (await again.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);

        // Undo (restoring version 1) takes the change back; the suggestion may then be accepted again, once.
        (await client.PostAsync(new Uri($"/api/v1/resumes/{resume.Id}/versions/1/restore", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using var reaccepted = await client.PostAsync(new Uri($"{suggestionPath}/{suggestions[0].GetProperty("id").GetGuid()}/accept", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, reaccepted.StatusCode);
        Assert.Equal(4, (await reaccepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resume").GetProperty("version").GetInt32());
        using var thrice = await client.PostAsync(new Uri($"{suggestionPath}/{suggestions[0].GetProperty("id").GetGuid()}/accept", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, thrice.StatusCode);

        using var rejected = await client.PostAsync(new Uri($"{suggestionPath}/{suggestions[1].GetProperty("id").GetGuid()}/reject", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        var totals = await client.GetFromJsonAsync<JsonElement>("/api/v1/ai/usage");
        Assert.Equal(usage.GetProperty("inputTokens").GetInt32(), totals.GetProperty("today").GetProperty("inputTokens").GetInt32());
        Assert.Equal(1, totals.GetProperty("total").GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task Job_times_are_UTC_with_a_Z()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await RunJobAsync(client, resume.Id, new { task = "rewriteBullets", targets = new[] { Bullet(resume, "Responsible for") } });

        Resumes.ResumeApiTests.AssertUtc(job, "createdAt", "startedAt", "finishedAt");
        var jobs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resumes/{resume.Id}/ai/jobs");
        Resumes.ResumeApiTests.AssertUtc(jobs.GetProperty("items")[0], "createdAt");
    }

    [Fact]
    public async Task An_identical_request_is_answered_from_the_cache_without_calling_the_provider()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var request = new { task = "rewriteBullets", targets = new[] { Bullet(resume, "Responsible for") } };

        var first = await RunJobAsync(client, resume.Id, request);
        var second = await RunJobAsync(client, resume.Id, request);

        Assert.Single(Fake.Requests);
        Assert.Equal("ai", first.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal("cache", second.GetProperty("result").GetProperty("source").GetString());
        Assert.True(second.GetProperty("usage").GetProperty("cached").GetBoolean());
        Assert.Equal(0, second.GetProperty("usage").GetProperty("inputTokens").GetInt32());
        Assert.Equal(
            first.GetProperty("result").GetProperty("suggestions")[0].GetProperty("proposal").GetString(),
            second.GetProperty("result").GetProperty("suggestions")[0].GetProperty("proposal").GetString());
    }

    [Fact]
    public async Task A_spent_daily_budget_is_answered_with_429_and_a_clear_problem()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake, new Dictionary<string, string?> { ["AI_DAILY_TOKEN_BUDGET"] = "50" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var first = await RunJobAsync(client, resume.Id, new { task = "summary" });
        using var second = await StartJobAsync(client, resume.Id, new { task = "review" });

        Assert.Equal("completed", first.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var problem = await second.ReadProblemAsync();
        Assert.EndsWith("ai-budget-exhausted", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains("00:00 UTC", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var usage = await client.GetFromJsonAsync<JsonElement>("/api/v1/ai/usage");
        Assert.Equal(0, usage.GetProperty("tokensRemainingToday").GetInt64());
    }

    [Fact]
    public async Task A_job_interrupted_by_a_stopping_host_is_finished_once_by_the_next_host()
    {
        var database = await NewDatabaseAsync();
        var lease = new Dictionary<string, string?> { ["AI_JOB_LEASE_SECONDS"] = "2" };
        Fake.Then(FakeAnthropic.Step.Slow(TimeSpan.FromMinutes(5)));
        Guid resumeId, jobId;
        string token;
        await using (var first = Start(database, Fake, lease))
        {
            using var client = first.CreateClient();
            (token, resumeId) = await NewWorkspaceWithResumeAsync(client);
            using var started = await StartJobAsync(client, resumeId, new { task = "summary" });
            jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.True(await Fake.Arrived.WaitAsync(TimeSpan.FromSeconds(30)), "The first host never called the provider.");
        }

        await using var second = Start(database, Fake, lease);
        using var next = second.CreateClient();
        next.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var job = await WaitAsync(next, resumeId, jobId);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal(2, Fake.Requests.Count);
        Assert.Equal(1, await second.WithDbAsync(db => db.AiSuggestions.CountAsync(s => s.JobId == jobId)));
        // The stopping host handed the job back with its attempt (a deploy is not the job's fault): one attempt counted.
        Assert.Equal(1, await second.WithDbAsync(db => db.AiJobs.Where(j => j.Id == jobId).Select(j => j.Attempts).SingleAsync()));
    }

    [Fact]
    public async Task A_job_left_running_by_a_crashed_host_is_taken_over_when_its_lease_runs_out()
    {
        var database = await NewDatabaseAsync();
        Guid resumeId, jobId;
        string token;
        // An API-only replica queues the job; then the row is made to look like a worker died holding it.
        await using (var apiOnly = Start(database, Fake, new Dictionary<string, string?> { ["AI_WORKERS"] = "0" }))
        {
            using var client = apiOnly.CreateClient();
            (token, resumeId) = await NewWorkspaceWithResumeAsync(client);
            using var started = await StartJobAsync(client, resumeId, new { task = "review" });
            jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var expired = DateTime.UtcNow.AddSeconds(-5);
            await apiOnly.WithDbAsync(db => db.AiJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, AiJobStatus.Running).SetProperty(j => j.LeaseOwner, "crashed-host")
                .SetProperty(j => j.LeaseExpiresAt, expired).SetProperty(j => j.Attempts, 1)));
        }

        await using var worker = Start(database, Fake);
        using var next = worker.CreateClient();
        next.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var job = await WaitAsync(next, resumeId, jobId);

        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Single(Fake.Requests);
        Assert.Equal(2, await worker.WithDbAsync(db => db.AiJobs.Where(j => j.Id == jobId).Select(j => j.Attempts).SingleAsync()));
    }

    private static async Task<(string Token, Guid ResumeId)> NewWorkspaceWithResumeAsync(HttpClient client)
    {
        using var created = await client.PostAsync(new Uri("/api/v1/workspace", UriKind.Relative), null);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var resume = await UploadSampleAsync(client);
        return (token, resume.Id);
    }
}

public sealed class SqliteAiJobTests : AiJobTests
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-ai-").FullName, "ai.db"));
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAiJobTests(PostgresApiFixture fixture) : AiJobTests
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();
}
