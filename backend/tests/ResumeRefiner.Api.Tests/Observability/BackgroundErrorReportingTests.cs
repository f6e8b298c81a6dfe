using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Tests.Observability;

/// <summary>The Sentry SDK is one per process: these tests run alone, so no other host turns it off mid-test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SentryCollection
{
    public const string Name = "Sentry (process-wide SDK)";
}

[Collection(SentryCollection.Name)]
public sealed class BackgroundErrorReportingTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("""ALTER TABLE "Resumes" RENAME TO "Resumes_gone" """, "ResumeRefiner.Api.Workspaces.RetentionService")]
    [InlineData("""ALTER TABLE "AiJobs" RENAME TO "AiJobs_gone" """, "ResumeRefiner.Api.Ai.AiJobWorker")]
    public async Task A_failure_a_background_service_catches_is_reported_to_Sentry_without_resume_text(string dropTable, string service)
    {
        await using var sentry = await FakeSentry.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = ApiFactory.Sqlite(
            new Dictionary<string, string?> { ["SENTRY_DSN"] = sentry.Dsn, ["LOG_LEVEL"] = "Information" },
            s => s.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        await client.UploadOkAsync(Documents.Text(), "cv.txt");

        // The table goes away under the running app: the retention sweep's next run (an hour on) or the AI worker's
        // next poll (every second) fails for real, and the service logs the error and carries on.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(dropTable));
        clock.Advance(TimeSpan.FromHours(1));

        var received = await sentry.WaitForEventAsync(e => e.Logger == service, Deadline);

        Assert.Contains("Microsoft.Data.Sqlite.SqliteException", received.ExceptionTypes);
        Assert.Equal("error", received.Event["level"]?.GetValue<string>());
        Assert.Equal("test", received.Event["environment"]?.GetValue<string>());
        foreach (var line in Documents.SampleLines.Where(l => l.Length > 0))
        {
            Assert.DoesNotContain(line, received.Envelope, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unhandled_request_error_is_reported_once_without_its_body_or_credentials()
    {
        await using var sentry = await FakeSentry.StartAsync();
        using var factory = ApiFactory.Sqlite(new Dictionary<string, string?> { ["SENTRY_DSN"] = sentry.Dsn });
        using var client = factory.CreateClient();
        using (var created = await client.PostAsync(new Uri("/api/v1/workspace", UriKind.Relative), null))
        {
            var token = (await created.Content.ReadFromJsonAsync<WorkspaceCreated>())!.Token;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var uploaded = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Analyses" RENAME TO "Analyses_gone" """));

        // An analysis with a job posting in the body; storing the report fails with a 500.
        const string posting = "Staff accountant wanted: reconciliations, month-end close, NetSuite.";
        using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{uploaded.Id}/analyses", new { jobDescription = posting });
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);

        var received = await sentry.WaitForEventAsync(IsDatabaseError, Deadline);
        Assert.Equal("POST", received.Event["request"]?["method"]?.GetValue<string>());
        Assert.Null(received.Event["request"]?["data"]);
        Assert.DoesNotContain(client.DefaultRequestHeaders.Authorization!.Parameter!, received.Envelope, StringComparison.Ordinal);
        Assert.DoesNotContain(posting, received.Envelope, StringComparison.Ordinal);
        foreach (var line in Documents.SampleLines.Where(l => l.Length > 0))
        {
            Assert.DoesNotContain(line, received.Envelope, StringComparison.Ordinal);
        }

        // The Sentry middleware, the exception handler's log and the request log all see this exception; one event is sent.
        await SentrySdk.FlushAsync(TimeSpan.FromSeconds(30));
        Assert.Single(sentry.Received, IsDatabaseError);
    }

    private static bool IsDatabaseError(ReceivedEvent received) =>
        received.ExceptionTypes.Any(t => t.EndsWith("SqliteException", StringComparison.Ordinal));
}
