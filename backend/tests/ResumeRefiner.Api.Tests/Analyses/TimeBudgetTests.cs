using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Tests.Infrastructure;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Tests.Analyses;

/// <summary>
/// Analysis and export (of resumes and cover letters) stop at their time budget (503 time-budget-exceeded) and when the caller leaves. The work here
/// only ends by cancellation, so each test shows the token reached it; none measures time.
/// </summary>
public sealed class TimeBudgetTests
{
    [Fact]
    public async Task An_analysis_past_its_budget_is_a_503_problem_and_nothing_is_stored()
    {
        var analyzer = new RunsUntilCancelled();
        using var api = Api(new TimeBudgets(Analysis: TimeSpan.FromMilliseconds(100), Export: TimeSpan.FromMinutes(10)), analyzer);
        using var client = api.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.EndsWith(":time-budget-exceeded", (await response.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(analyzer.Stopped.Task.IsCompleted);
        Assert.Equal(0, await api.WithDbAsync(db => db.Analyses.CountAsync()));
    }

    [Fact]
    public async Task An_export_past_its_budget_is_a_503_problem_without_an_ETag()
    {
        var exporter = new RunsUntilCancelled();
        using var api = Api(new TimeBudgets(Analysis: TimeSpan.FromMinutes(10), Export: TimeSpan.FromMilliseconds(100)), exporter: exporter);
        using var client = api.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");

        using var response = await client.GetAsync(new Uri($"/api/v1/resumes/{resume.Id}/export?format=pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.EndsWith(":time-budget-exceeded", (await response.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.True(exporter.Stopped.Task.IsCompleted);
    }

    [Fact]
    public async Task A_cover_letter_export_past_its_budget_is_a_503_problem()
    {
        var exporter = new RunsUntilCancelled();
        using var api = Api(new TimeBudgets(Analysis: TimeSpan.FromMinutes(10), Export: TimeSpan.FromMilliseconds(100)), exporter: exporter);
        using var client = api.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        using var drafted = await client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/cover-letters", new { jobDescription = "Backend Engineer. Requirements: C#, PostgreSQL." });
        var letterId = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var response = await client.GetAsync(new Uri($"/api/v1/resumes/{resume.Id}/cover-letters/{letterId}/export?format=docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.EndsWith(":time-budget-exceeded", (await response.ReadProblemAsync()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(exporter.Stopped.Task.IsCompleted);
    }

    [Fact]
    public async Task When_the_caller_leaves_the_analysis_stops()
    {
        var analyzer = new RunsUntilCancelled();
        using var api = Api(new TimeBudgets(Analysis: TimeSpan.FromMinutes(10), Export: TimeSpan.FromMinutes(10)), analyzer);
        using var client = api.CreateClient();
        var resume = await client.UploadOkAsync(Documents.Text(), "cv.txt");
        using var leave = new CancellationTokenSource();

        var request = client.PostAsJsonAsync($"/api/v1/resumes/{resume.Id}/analyses", new { jobDescription = (string?)null }, leave.Token);
        await analyzer.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await leave.CancelAsync();

        await analyzer.Stopped.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.Equal(0, await api.WithDbAsync(db => db.Analyses.CountAsync()));
    }

    private static ApiFactory Api(TimeBudgets budgets, IResumeAnalyzer? analyzer = null, IResumeExporter? exporter = null) =>
        ApiFactory.Sqlite(services: services =>
        {
            services.AddSingleton(budgets);
            if (analyzer is not null)
            {
                services.AddSingleton(analyzer);
            }

            if (exporter is not null)
            {
                services.AddSingleton(exporter);
            }
        });

    /// <summary>Work that never finishes by itself: it returns only by throwing when its token is cancelled.</summary>
    private sealed class RunsUntilCancelled : IResumeAnalyzer, IResumeExporter
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public AnalysisReport Analyze(ResumeDocument document, string? jobDescription = null, CancellationToken cancellationToken = default) => Run<AnalysisReport>(cancellationToken);

        public ExportedFile Export(Resume resume, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default) => Run<ExportedFile>(cancellationToken);

        public ExportedFile ExportCoverLetter(Resume resume, string letter, ExportFormat format, ExportOptions options, CancellationToken cancellationToken = default) =>
            Run<ExportedFile>(cancellationToken);

        private T Run<T>(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
            Stopped.TrySetResult();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("The work was never cancelled.");
        }
    }
}
