using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// The OpenAI-compatible provider (AI_PROVIDER=openai) against a fake Chat Completions server, through the real
/// OpenAI SDK and Microsoft.Extensions.AI: the same cases as the Anthropic ones.
/// </summary>
public sealed class OpenAiProviderTests : IAsyncLifetime
{
    private FakeOpenAi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private ApiFactory Start(IDictionary<string, string?>? extra = null)
    {
        var settings = _fake.Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return ApiFactory.Sqlite(settings);
    }

    [Fact]
    public async Task A_job_streams_from_the_server_and_its_suggestions_and_usage_come_back()
    {
        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        var migration = Bullet(resume, "Responsible for");
        var mentoring = Bullet(resume, "Helped mentor");

        var ai = (await client.GetFromJsonAsync<JsonElement>("/api/v1/config")).GetProperty("ai");
        var job = await RunJobAsync(client, resume.Id, new { task = "rewriteBullets", targets = new[] { migration, mentoring } });

        Assert.Equal("openai", ai.GetProperty("provider").GetString());
        Assert.Equal(FakeOpenAi.Model, ai.GetProperty("model").GetString());
        Assert.Equal("completed", job.GetProperty("status").GetString());
        var result = job.GetProperty("result");
        Assert.Equal("ai", result.GetProperty("source").GetString());
        var suggestions = result.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal([migration, mentoring], suggestions.Select(s => s.GetProperty("target").GetString()));
        Assert.StartsWith("Delivered:", suggestions[0].GetProperty("proposal").GetString(), StringComparison.Ordinal);
        // Placeholders went out; the real link comes back in the proposal.
        Assert.Contains("github.com/janeqexample/onboarding", suggestions[1].GetProperty("proposal").GetString(), StringComparison.Ordinal);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("Bearer " + FakeOpenAi.ApiKey, request.Headers["Authorization"]);
        Assert.Equal(FakeOpenAi.Model, request.Body["model"]!.GetValue<string>());
        Assert.True(request.Body["stream"]!.GetValue<bool>());
        // Asked for the usage chunk (a real server sends none otherwise), the output limit and a low temperature.
        Assert.True(request.Body["stream_options"]?["include_usage"]?.GetValue<bool>(), request.Raw[..Math.Min(300, request.Raw.Length)]);
        Assert.Equal(2048, request.Body["max_completion_tokens"]?.GetValue<int>());
        Assert.Equal(0.2, request.Body["temperature"]!.GetValue<double>(), 3);
        var messages = request.Body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => m!["role"]!.GetValue<string>()));
        // The usage the server reported in its last chunk, not the app's estimate from the characters sent.
        var usage = job.GetProperty("usage");
        Assert.Equal(request.Raw.Length / 4, usage.GetProperty("inputTokens").GetInt32());
        Assert.True(usage.GetProperty("estimatedCostUsd").GetDouble() > 0);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("summary")]
    public async Task No_contact_details_are_sent(string task)
    {
        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await RunJobAsync(client, resume.Id, new { task });

        Assert.Equal("completed", job.GetProperty("status").GetString());
        var request = Assert.Single(_fake.Requests);
        // The resume itself went out (so the check below looks at real data) ...
        Assert.Contains("billing platform", FakeOpenAi.UserText(request.Body), StringComparison.Ordinal);
        // ... without any of its contact details, anywhere in the request.
        foreach (var detail in ContactDetails)
        {
            Assert.DoesNotContain(detail, request.Raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_malformed_reply_is_retried_once_with_the_reason_then_reported()
    {
        _fake.Then(FakeOpenAi.Step.Ok("Here are some ideas: make it punchier!"))
            .Then(FakeOpenAi.Step.Ok("{\"suggestions\": [{\"target\": 7}]}"));
        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await RunJobAsync(client, resume.Id, new { task = "review" });

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.EndsWith("ai-malformed-reply", job.GetProperty("error").GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, _fake.Requests.Count);
        var retry = _fake.Requests.Last().Body["messages"]!.AsArray();
        Assert.Equal(["system", "user", "assistant", "user"], retry.Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("Here are some ideas: make it punchier!", retry[2]!["content"]!.ToString());
        Assert.Contains("could not be used", retry[3]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_that_breaks_off_with_bad_json_gives_the_offline_suggestions_and_another_try_later()
    {
        _fake.Then(FakeOpenAi.Step.Broken());
        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await QueueAndWaitForRetryAsync(client, resume.Id, new { task = "summary" });

        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal("unexpected", job.GetProperty("lastError").GetString());
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task A_429_is_retried_and_the_retry_after_it_carries_is_honoured()
    {
        _fake.Then(FakeOpenAi.Step.Error(429, "rate_limit_exceeded", retryAfter: "1"));
        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await RunJobAsync(client, resume.Id, new { task = "summary" });

        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_429_asking_for_an_hour_puts_the_job_off_for_that_hour()
    {
        _fake.Then(FakeOpenAi.Step.Error(429, "rate_limit_exceeded", retryAfter: "3600"));
        await using var api = Start(new Dictionary<string, string?> { ["AI_MAX_RETRIES"] = "0", ["AI_JOB_RETRY_DELAY_SECONDS"] = "1" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await QueueAndWaitForRetryAsync(client, resume.Id, new { task = "summary" });

        Assert.Equal("rate-limited", job.GetProperty("lastError").GetString());
        var wait = job.GetProperty("nextAttemptAt").GetDateTime() - job.GetProperty("createdAt").GetDateTime();
        Assert.True(wait >= TimeSpan.FromMinutes(59), $"Next attempt after {wait}, not after the hour the server asked for.");
        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_gives_the_offline_suggestions_while_the_AI_waits_for_another_try()
    {
        for (var i = 0; i < 3; i++)
        {
            _fake.Then(FakeOpenAi.Step.Error(503, "server_error"));
        }

        await using var api = Start();
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await QueueAndWaitForRetryAsync(client, resume.Id, new { task = "review" });

        var result = job.GetProperty("result");
        Assert.Equal("offline", result.GetProperty("source").GetString());
        Assert.Contains("unavailable", result.GetProperty("notice").GetString(), StringComparison.Ordinal);
        Assert.Equal("server-error", job.GetProperty("lastError").GetString());
        // The HTTP retries of one attempt (AI_MAX_RETRIES = 2) first: three calls before the job is put back.
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gives_the_offline_suggestions()
    {
        _fake.Then(FakeOpenAi.Step.Slow(TimeSpan.FromSeconds(20))).Then(FakeOpenAi.Step.Slow(TimeSpan.FromSeconds(20)));
        await using var api = Start(new Dictionary<string, string?> { ["AI_TIMEOUT_SECONDS"] = "1", ["AI_MAX_RETRIES"] = "1" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);

        var job = await QueueAndWaitForRetryAsync(client, resume.Id, new { task = "summary" });

        Assert.Equal("offline", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal("timeout", job.GetProperty("lastError").GetString());
        Assert.Equal(2, _fake.Requests.Count);
    }

    private static async Task<JsonElement> QueueAndWaitForRetryAsync(HttpClient client, Guid resumeId, object request)
    {
        using var started = await StartJobAsync(client, resumeId, request);
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return await WaitUntilAsync(client, resumeId, jobId, j => j.GetProperty("status").GetString() == "retrying");
    }
}
