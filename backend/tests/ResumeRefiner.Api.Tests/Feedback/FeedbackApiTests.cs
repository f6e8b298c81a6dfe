using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Tests.Infrastructure;

namespace ResumeRefiner.Api.Tests.Feedback;

/// <summary>"Helpful / not helpful" and "How did we do?": verdicts stored without text, counted in /metrics, deleted with the workspace.</summary>
public sealed class FeedbackApiTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private async Task<HttpClient> WorkspaceClientAsync()
    {
        var client = fixture.Factory.CreateClient();
        await client.UploadOkAsync(Documents.Text(), "resume.txt");
        return client;
    }

    [Fact]
    public async Task A_verdict_is_stored_and_counted_per_rule_in_metrics()
    {
        using var client = await WorkspaceClientAsync();

        using var notHelpful = await client.PostAsJsonAsync("/api/v1/feedback", new { kind = "finding", rule = "first-person", verdict = "not-helpful", reason = "wrong" });
        using var helpful = await client.PostAsJsonAsync("/api/v1/feedback", new { kind = "fix", rule = "date-format", verdict = "helpful" });
        using var export = await client.PostAsJsonAsync("/api/v1/feedback", new { kind = "export", rule = "export", verdict = "good" });

        Assert.Equal(HttpStatusCode.NoContent, notHelpful.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, helpful.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, export.StatusCode);
        var stored = await fixture.Factory.WithDbAsync(db => db.Feedback.Where(f => f.Rule == "first-person").ToListAsync());
        Assert.Contains(stored, f => f.Kind == "finding" && f.Verdict == "not-helpful" && f.Reason == "wrong");
        using var metrics = await client.GetOperationsAsync("/metrics");
        var scrape = await metrics.Content.ReadAsStringAsync();
        Assert.Matches("""resumerefiner_feedback_total\{[^}]*kind="finding"[^}]*rule="first-person"[^}]*verdict="not-helpful"[^}]*\} [1-9]""", scrape);
        Assert.Matches("""resumerefiner_feedback_total\{[^}]*kind="fix"[^}]*rule="date-format"[^}]*verdict="helpful"[^}]*\} [1-9]""", scrape);
    }

    [Theory]
    [InlineData("finding", "Led a team of 5", "helpful", null)] // text is not a rule id
    [InlineData("comment", "spelling", "helpful", null)]
    [InlineData("finding", "spelling", "good", null)] // an export's verdict on a finding
    [InlineData("export", "export", "helpful", null)]
    [InlineData("suggestion", "rewriteBullets", "not-helpful", "I did not like it")] // reasons come from a list
    public async Task Anything_outside_the_closed_vocabularies_is_a_400_and_nothing_is_stored(string kind, string rule, string verdict, string? reason)
    {
        using var client = await WorkspaceClientAsync();
        var before = await fixture.Factory.WithDbAsync(db => db.Feedback.CountAsync());

        using var response = await client.PostAsJsonAsync("/api/v1/feedback", new { kind, rule, verdict, reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadProblemAsync();
        Assert.Equal(before, await fixture.Factory.WithDbAsync(db => db.Feedback.CountAsync()));
    }

    [Fact]
    public async Task Feedback_goes_with_the_workspace()
    {
        using var client = await WorkspaceClientAsync();
        using var stranger = await WorkspaceClientAsync();
        (await client.PostAsJsonAsync("/api/v1/feedback", new { kind = "suggestion", rule = "tailorSummary", verdict = "helpful" })).EnsureSuccessStatusCode();
        (await stranger.PostAsJsonAsync("/api/v1/feedback", new { kind = "suggestion", rule = "tailorSummary", verdict = "helpful" })).EnsureSuccessStatusCode();
        var before = await fixture.Factory.WithDbAsync(db => db.Feedback.CountAsync(f => f.Rule == "tailorSummary"));

        using var deleted = await client.DeleteAsync("/api/v1/workspace");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(before - 1, await fixture.Factory.WithDbAsync(db => db.Feedback.CountAsync(f => f.Rule == "tailorSummary")));
    }

    [Fact]
    public async Task Without_a_workspace_there_is_nothing_to_give_feedback_on()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/feedback", new { kind = "finding", rule = "spelling", verdict = "helpful" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await response.ReadProblemAsync();
    }
}
