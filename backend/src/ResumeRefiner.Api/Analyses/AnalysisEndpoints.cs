using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Words;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Api.Analyses;

internal static class AnalysisEndpoints
{
    /// <summary>Long enough for any real posting; longer is almost certainly not one.</summary>
    public const int MaxJobDescriptionLength = 50_000;

    public static RouteGroupBuilder MapAnalyses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/analyses").WithTags("Analyses");
        group.MapPost("/", Create)
            .WithName("createAnalysis")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Analyse the resume's current version, optionally against a job description")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List)
            .WithName("listAnalyses")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Past analyses of the resume, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{analysisId:guid}", Get)
            .WithName("getAnalysis")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("One stored analysis")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Created<AnalysisDetail>, ProblemHttpResult>> Create(
        Guid id,
        AnalysisRequest? request,
        HttpContext context,
        WorkspaceAccessor workspaces,
        AppDb db,
        ResumeVersions versions,
        IResumeAnalyzer analyzer,
        AcceptedWords dictionary,
        TimeProvider clock,
        IOptions<JsonOptions> json,
        AppMetrics metrics,
        ILogger<AnalysisLog> log,
        CancellationToken cancellationToken)
    {
        var jobDescription = string.IsNullOrWhiteSpace(request?.JobDescription) ? null : request.JobDescription.Trim();
        if (jobDescription is { Length: > MaxJobDescriptionLength })
        {
            return Problems.BadRequest($"The job description is longer than {MaxJobDescriptionLength:N0} characters. Paste only the posting itself.");
        }

        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken) is not { } document)
        {
            return Problems.NotFound("resume");
        }

        var facts = resume.FactsJson is null ? DocumentFacts.Unknown : JsonSerializer.Deserialize<DocumentFacts>(resume.FactsJson, json.Value.SerializerOptions) ?? DocumentFacts.Unknown;
        // The file's own text only describes the version parsed from it; after edits the resume itself is the truth.
        var text = resume.CurrentVersion == 1 ? resume.DocumentText : null;
        var accepted = await dictionary.WordsAsync(resume.WorkspaceId, cancellationToken);
        var started = clock.GetTimestamp();
        var report = analyzer.Analyze(new ResumeDocument(document, text, facts) { PersonalDictionary = accepted }, jobDescription);
        var elapsed = clock.GetElapsedTime(started);
        metrics.Analysed(elapsed, jobDescription is not null);

        var analysis = new StoredAnalysis
        {
            Id = Guid.NewGuid(),
            ResumeId = resume.Id,
            ResumeVersion = resume.CurrentVersion,
            JobDescription = jobDescription,
            OverallScore = report.OverallScore,
            ReportJson = JsonSerializer.Serialize(report, json.Value.SerializerOptions),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Analyses.Add(analysis);
        await db.SaveChangesAsync(cancellationToken);
        var elapsedMs = Math.Round(elapsed.TotalMilliseconds, 1);
        AnalysisLog.Completed(log, analysis.Id, resume.Id, jobDescription is not null, report.OverallScore, elapsedMs);
        return TypedResults.Created($"/api/v1/resumes/{resume.Id}/analyses/{analysis.Id}", ToDetail(analysis, report));
    }

    internal static async Task<Results<Ok<AnalysisList>, ProblemHttpResult>> List(
        Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        var items = await db.Analyses.AsNoTracking()
            .Where(a => a.ResumeId == resume.Id)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new AnalysisSummary(a.Id, a.CreatedAt, a.ResumeVersion, a.OverallScore, a.JobDescription != null))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AnalysisList(items));
    }

    internal static async Task<Results<Ok<AnalysisDetail>, ProblemHttpResult>> Get(
        Guid id, Guid analysisId, HttpContext context, WorkspaceAccessor workspaces, AppDb db, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == analysisId && a.ResumeId == resume.Id, cancellationToken) is not { } analysis)
        {
            return Problems.NotFound("analysis");
        }

        var report = JsonSerializer.Deserialize<AnalysisReport>(analysis.ReportJson, json.Value.SerializerOptions)!;
        return TypedResults.Ok(ToDetail(analysis, report));
    }

    private static AnalysisDetail ToDetail(StoredAnalysis analysis, AnalysisReport report) =>
        new(analysis.Id, analysis.ResumeId, analysis.ResumeVersion, analysis.CreatedAt, analysis.JobDescription, report);
}

public sealed record AnalysisRequest(string? JobDescription);

public sealed record AnalysisDetail(Guid Id, Guid ResumeId, int ResumeVersion, DateTime CreatedAt, string? JobDescription, AnalysisReport Report);

public sealed record AnalysisSummary(Guid Id, DateTime CreatedAt, int ResumeVersion, int OverallScore, bool HasJob);

public sealed record AnalysisList(IReadOnlyList<AnalysisSummary> Items);

/// <summary>Analysis events: ids, score and timing only, never the resume or the job description.</summary>
internal sealed partial class AnalysisLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Analysis {AnalysisId} of resume {ResumeId} done in {ElapsedMs} ms (job description: {WithJob}, score {Score})")]
    public static partial void Completed(ILogger logger, Guid analysisId, Guid resumeId, bool withJob, int score, double elapsedMs);
}
