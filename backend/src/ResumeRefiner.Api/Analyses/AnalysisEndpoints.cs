using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Api.Analyses;

internal static class AnalysisEndpoints
{
    public static RouteGroupBuilder MapAnalyses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/analyses").WithTags("Analyses")
            .WithWorkspaceAccess(WorkspaceAccess.Required);
        group.MapPost("/", Create)
            .WithName("createAnalysis")
            .WithSummary("Analyse the resume's current version, optionally against a job description")
            .AcceptsJsonBody("The analysis request")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List)
            .WithName("listAnalyses")
            .WithSummary("Past analyses of the resume, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{analysisId:guid}", Get)
            .WithName("getAnalysis")
            .WithSummary("One stored analysis")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Created<AnalysisDetail>, ProblemHttpResult>> Create(
        Guid id, AnalysisRequest? request, AnalysisService analyses, TimeBudgets budgets, CancellationToken cancellationToken)
    {
        var jobDescription = JobDescription.Normalise(request?.JobDescription);
        if (JobDescription.IsTooLong(jobDescription))
        {
            return Problems.JobDescriptionTooLong(JobDescription.MaxLength);
        }

        StoredAnalysis? analysis;
        try
        {
            analysis = await analyses.CreateAsync(id, jobDescription, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.TimeBudgetExceeded("The analysis", budgets.Analysis, "Try again later, or shorten the resume or the job description.");
        }

        if (analysis is null)
        {
            return Problems.NotFound("resume");
        }

        return TypedResults.Created($"/api/v1/resumes/{analysis.ResumeId}/analyses/{analysis.Id}", ToDetail(analysis));
    }

    internal static async Task<Results<Ok<AnalysisList>, ProblemHttpResult>> List(Guid id, AnalysisService analyses, CancellationToken cancellationToken) =>
        await analyses.ListAsync(id, cancellationToken) is { } items
            ? TypedResults.Ok(new AnalysisList(items))
            : Problems.NotFound("resume");

    internal static async Task<Results<Ok<AnalysisDetail>, ProblemHttpResult>> Get(
        Guid id, Guid analysisId, AnalysisService analyses, CancellationToken cancellationToken) =>
        await analyses.FindAsync(id, analysisId, cancellationToken) is { } analysis
            ? TypedResults.Ok(ToDetail(analysis))
            : Problems.NotFound("analysis");

    private static AnalysisDetail ToDetail(StoredAnalysis analysis) =>
        new(analysis.Id, analysis.ResumeId, analysis.ResumeVersion, analysis.CreatedAt, analysis.JobDescription, analysis.Report);
}

public sealed record AnalysisRequest(string? JobDescription);

public sealed record AnalysisDetail(Guid Id, Guid ResumeId, int ResumeVersion, DateTime CreatedAt, string? JobDescription, AnalysisReport Report);

public sealed record AnalysisSummary(Guid Id, DateTime CreatedAt, int ResumeVersion, int OverallScore, bool HasJob);

public sealed record AnalysisList(IReadOnlyList<AnalysisSummary> Items);
