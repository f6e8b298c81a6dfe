using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Tests.Security;

public sealed class RetentionTests
{
    [Fact]
    public async Task Resumes_untouched_past_RETENTION_DAYS_are_removed_with_their_files_and_fresh_ones_stay()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["RETENTION_DAYS"] = "30" }, s => s.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        var old = await client.UploadOkAsync(Documents.Text("Old Resume"), "old.txt");
        clock.Advance(TimeSpan.FromDays(20));
        var recent = await client.UploadOkAsync(Documents.Text("Recent Resume"), "recent.txt");
        clock.Advance(TimeSpan.FromDays(11));

        // The hosted sweeper may already have run on the clock's tick; sweeping again must be harmless.
        await SweepAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/resumes/{old.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/resumes/{recent.Id}")).StatusCode);
        Assert.Single(factory.StoredFiles());
    }

    [Fact]
    public async Task Files_without_a_row_are_swept_after_the_grace_period_but_not_before()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = ApiFactory.Sqlite(services: s => s.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        await client.UploadOkAsync(Documents.Text(), "kept.txt");
        // A crash between writing the file and committing its row leaves exactly this behind.
        var store = factory.Services.GetRequiredService<IFileStore>();
        var orphanKey = $"{Guid.NewGuid():N}/{Guid.NewGuid():N}";
        await store.SaveAsync(orphanKey, new MemoryStream([1, 2, 3]));

        Assert.Equal(0, (await SweepAsync(factory)).OrphanFiles);
        Assert.Equal(2, factory.StoredFiles().Length);

        File.SetLastWriteTimeUtc(Path.Combine(factory.UploadDir, orphanKey), clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
        clock.Advance(DataRetention.OrphanGrace);
        await SweepAsync(factory);
        Assert.Single(factory.StoredFiles());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Resumes.CountAsync()));
    }

    private static async Task<RetentionSweep> SweepAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DataRetention>().SweepAsync(CancellationToken.None);
    }
}
