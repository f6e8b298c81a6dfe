using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;
using static ResumeRefiner.Api.Tests.Ai.AiTestHost;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>A cached reply quotes a resume: it stays in its workspace and goes with the resume, the workspace and time.</summary>
public abstract class AiReplyCacheTests : IAsyncLifetime
{
    protected FakeAnthropic Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeAnthropic.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();

    protected abstract Task<string> NewDatabaseAsync();

    private static object Summary => new { task = "summary" };

    [Fact]
    public async Task Another_workspace_sending_the_same_resume_is_not_answered_from_the_cache()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var first = api.CreateClient();
        using var second = api.CreateClient();
        var mine = await UploadSampleAsync(first);
        var theirs = await UploadSampleAsync(second);

        await RunJobAsync(first, mine.Id, Summary);
        var job = await RunJobAsync(second, theirs.Id, Summary);

        Assert.Equal("ai", job.GetProperty("result").GetProperty("source").GetString());
        Assert.Equal(2, Fake.Requests.Count);
    }

    [Fact]
    public async Task Deleting_the_resume_deletes_its_cached_replies()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        await RunJobAsync(client, resume.Id, Summary);
        Assert.Equal(1, await CachedAsync(api));

        using var deleted = await client.DeleteAsync($"/api/v1/resumes/{resume.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await CachedAsync(api));
    }

    [Fact]
    public async Task Deleting_the_workspace_deletes_its_cached_replies()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake);
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        await RunJobAsync(client, resume.Id, Summary);

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await CachedAsync(api));
    }

    [Fact]
    public async Task The_retention_sweep_removes_replies_older_than_the_retention_period()
    {
        await using var api = Start(await NewDatabaseAsync(), Fake, new Dictionary<string, string?> { ["RETENTION_DAYS"] = "30" });
        using var client = api.CreateClient();
        var resume = await UploadSampleAsync(client);
        await RunJobAsync(client, resume.Id, Summary);
        // The resume is still in use; only its reply is past the period.
        await api.WithDbAsync(db => db.AiReplyCache.ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, c => c.CreatedAt.AddDays(-31))));

        await using var scope = api.Services.CreateAsyncScope();
        var sweep = await scope.ServiceProvider.GetRequiredService<DataRetention>().SweepAsync(CancellationToken.None);

        Assert.Equal(1, sweep.ExpiredAiReplies);
        Assert.Equal(0, await CachedAsync(api));
        Assert.Equal(0, sweep.ExpiredResumes);
    }

    private static Task<int> CachedAsync(ApiFactory api) => api.WithDbAsync(db => db.AiReplyCache.CountAsync());
}

public sealed class SqliteAiReplyCacheTests : AiReplyCacheTests
{
    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult("sqlite:///" + Path.Combine(Directory.CreateTempSubdirectory("rr-ai-").FullName, "ai.db"));

    [Fact]
    public async Task Every_connection_overwrites_deleted_rows()
    {
        await using var api = ApiFactory.Sqlite();

        var secureDelete = await api.WithDbAsync(async db =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete;";
            return (long)(await command.ExecuteScalarAsync())!;
        });

        Assert.Equal(1, secureDelete);
    }
}

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAiReplyCacheTests(PostgresApiFixture fixture) : AiReplyCacheTests
{
    protected override Task<string> NewDatabaseAsync() => fixture.Server.CreateDatabaseAsync();
}
