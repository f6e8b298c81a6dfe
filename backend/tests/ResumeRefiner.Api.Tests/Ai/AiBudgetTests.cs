using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Tests.Infrastructure;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>A new workspace is no new budget: one client address and the whole service have daily budgets too.</summary>
public abstract class AiBudgetTests : IAsyncLifetime
{
    protected FakeAnthropic Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    protected abstract Task<string> NewDatabaseAsync();

    [Fact]
    public async Task A_second_workspace_from_the_same_address_is_refused_once_the_address_budget_is_spent()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake, new Dictionary<string, string?>
        {
            ["AI_DAILY_TOKEN_BUDGET"] = "1000000",
            ["AI_CLIENT_DAILY_TOKEN_BUDGET"] = "50",
        });
        using var first = api.CreateClient();
        var spender = await UploadSampleAsync(first);
        Assert.Equal("completed", (await RunJobAsync(first, spender.Id, new { task = "summary" })).GetProperty("status").GetString());

        using var second = api.CreateClient();
        var fresh = await UploadSampleAsync(second);
        using var refused = await StartJobAsync(second, fresh.Id, new { task = "review" });

        await AssertBudgetSpentAsync(refused, "your network");
        var usage = await api.WithDbAsync(db => Task.FromResult(db.AiUsage.Select(u => u.ClientHash).ToList()));
        // Usage rows count the client by a keyed hash, never by its address.
        Assert.All(usage, hash => Assert.Matches("^[0-9a-f]{64}$", hash));
    }

    [Fact]
    public async Task A_spent_global_budget_refuses_every_client()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake, new Dictionary<string, string?> { ["AI_GLOBAL_DAILY_TOKEN_BUDGET"] = "50" });
        // Spent today by someone else entirely: another workspace, another address.
        using var other = api.CreateClient();
        var elsewhere = await UploadSampleAsync(other);
        await api.WithDbAsync(async db =>
        {
            db.AiUsage.Add(new AiUsageRecord
            {
                Id = Guid.NewGuid(),
                WorkspaceId = (await db.Resumes.FindAsync(elsewhere.Id))!.WorkspaceId,
                ClientHash = new string('a', 64),
                Provider = "anthropic",
                Model = "claude-sonnet-5-5",
                InputTokens = 40,
                OutputTokens = 10,
                CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        using var refused = await StartJobAsync(client, resume.Id, new { task = "summary" });

        await AssertBudgetSpentAsync(refused, "This service");
        Assert.Empty(Fake.Requests);
    }

    private static async Task AssertBudgetSpentAsync(HttpResponseMessage response, string whose)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("ai-budget-exhausted", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Contains(whose, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}

public sealed class SqliteAiBudgetTests : AiBudgetTests
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-ai-").FullName, "ai.db"));
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAiBudgetTests(PostgresApiFixture fixture) : AiBudgetTests
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();
}
