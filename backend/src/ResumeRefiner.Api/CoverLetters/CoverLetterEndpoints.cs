using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.CoverLetters;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Api.CoverLetters;

/// <summary>Cover letters for a resume: draft, list, read, edit, delete, export. See docs/api.md and docs/ai.md.</summary>
internal static class CoverLetterEndpoints
{
    public static IEndpointRouteBuilder MapCoverLetters(this IEndpointRouteBuilder routes)
    {
        var letters = routes.MapGroup("/api/v1/resumes/{id:guid}/cover-letters").WithTags("Cover letters")
            .WithWorkspaceAccess(WorkspaceAccess.Required);
        letters.MapPost("/", Draft)
            .WithName("draftCoverLetter")
            .RequireRateLimiting(ClientRateLimits.AiPolicy)
            .WithSummary("Draft a cover letter for a job posting: the offline draft now, the AI's as a later version when AI is on")
            .AcceptsJsonBody("The cover letter request")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        letters.MapGet("/", List)
            .WithName("listCoverLetters")
            .WithSummary("The resume's cover letters, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        letters.MapGet("/{letterId:guid}", Get)
            .WithName("getCoverLetter")
            .WithSummary("One cover letter at its current version (or ?version=n), with the state of its AI draft")
            .ProducesProblem(StatusCodes.Status404NotFound);
        letters.MapPut("/{letterId:guid}", Save)
            .WithName("saveCoverLetter")
            .WithSummary("Save an edit as a new version")
            .AcceptsJsonBody("The cover letter")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        letters.MapDelete("/{letterId:guid}", Delete)
            .WithName("deleteCoverLetter")
            .WithSummary("Delete a cover letter and all its versions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        letters.MapGet("/{letterId:guid}/versions", Versions)
            .WithName("listCoverLetterVersions")
            .WithSummary("A cover letter's versions, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        letters.MapGet("/{letterId:guid}/export", Export)
            .WithName("exportCoverLetter")
            .WithSummary("Download the letter as PDF or DOCX in a resume template, under the resume's header")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    internal static async Task<Results<Created<CoverLetterView>, ProblemHttpResult>> Draft(
        Guid id, CoverLetterRequest? request, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.DraftAsync(id, request, cancellationToken) switch
        {
            CoverLetterDraft.Drafted { Letter: var letter } => TypedResults.Created($"/api/v1/resumes/{letter.ResumeId}/cover-letters/{letter.Id}", letter),
            CoverLetterDraft.Refused refused => refused.Reason switch
            {
                CoverLetterRefusal.ResumeNotFound => Problems.NotFound("resume"),
                CoverLetterRefusal.AnalysisNotFound => Problems.NotFound("analysis"),
                CoverLetterRefusal.JobDescriptionTooLong => Problems.JobDescriptionTooLong(JobDescription.MaxLength),
                CoverLetterRefusal.Invalid => Problems.BadRequest(refused.Detail!),
                _ => throw new UnreachableException(),
            },
            _ => throw new UnreachableException(),
        };

    internal static async Task<Results<Ok<CoverLetterList>, ProblemHttpResult>> List(Guid id, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.ListAsync(id, cancellationToken) is { } items
            ? TypedResults.Ok(new CoverLetterList(items))
            : Problems.NotFound("resume");

    internal static async Task<Results<Ok<CoverLetterView>, ProblemHttpResult>> Get(
        Guid id, Guid letterId, int? version, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.FindAsync(id, letterId, version, cancellationToken) is { } letter
            ? TypedResults.Ok(letter)
            : Problems.NotFound(version is null ? "cover letter" : "cover letter version");

    internal static async Task<Results<Ok<CoverLetterView>, ProblemHttpResult>> Save(
        Guid id, Guid letterId, CoverLetterEdit? edit, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.SaveAsync(id, letterId, edit, cancellationToken) switch
        {
            CoverLetterSave.Saved { Letter: var letter } => TypedResults.Ok(letter),
            CoverLetterSave.Invalid invalid => Problems.BadRequest(invalid.Detail),
            CoverLetterSave.TooLarge => Problems.Create(StatusCodes.Status413PayloadTooLarge, "cover-letter-too-large", "The letter is too long",
                $"A cover letter holds at most {CoverLetter.MaxTextLength:N0} characters; a good one is 250-400 words. Shorten it and save again. Nothing was saved."),
            CoverLetterSave.Conflict => Problems.Create(StatusCodes.Status409Conflict, "edit-conflict", "The letter changed meanwhile",
                "A newer version of this letter was saved (an AI draft, or an edit elsewhere). Reload it and make your change again."),
            _ => Problems.NotFound("cover letter"),
        };

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, Guid letterId, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.DeleteAsync(id, letterId, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("cover letter");

    internal static async Task<Results<Ok<CoverLetterVersionList>, ProblemHttpResult>> Versions(Guid id, Guid letterId, ResumeCoverLetters letters, CancellationToken cancellationToken) =>
        await letters.VersionsAsync(id, letterId, cancellationToken) is { } list ? TypedResults.Ok(list) : Problems.NotFound("cover letter");

    internal static async Task<IResult> Export(
        Guid id, Guid letterId, [FromQuery] string? format, [FromQuery] string? template, [FromQuery] string? paper, ResumeCoverLetters letters, TimeBudgets budgets, CancellationToken cancellationToken)
    {
        if (!ExportNames.TryParseFormat(format ?? "pdf", out var exportFormat) || exportFormat is not (ExportFormat.Pdf or ExportFormat.Docx))
        {
            return Problems.BadRequest("format must be pdf or docx.");
        }

        if (!ExportNames.TryParseTemplate(template ?? "classic", out var exportTemplate))
        {
            return Problems.BadRequest("template must be one of classic, modern or compact.");
        }

        if (!ExportNames.TryParsePaper(paper ?? "letter", out var exportPaper))
        {
            return Problems.BadRequest("paper must be letter or a4.");
        }

        try
        {
            return await letters.ExportAsync(id, letterId, exportFormat, new ExportOptions { Template = exportTemplate, Paper = exportPaper }, cancellationToken) is { } file
                ? TypedResults.File(file.Content, file.ContentType, file.FileName)
                : Problems.NotFound("cover letter");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.TimeBudgetExceeded("The export", budgets.Export, "Try again later.");
        }
    }
}

internal static class CoverLetterServices
{
    public static IServiceCollection AddCoverLetters(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeBudgets.Default);
        return services.AddScoped<ResumeCoverLetters>();
    }
}
