using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Resumes;

/// <summary>The history of a resume: list its versions, read one, restore one (undo).</summary>
internal static class VersionEndpoints
{
    public static RouteGroupBuilder MapResumeVersions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/versions").WithTags("Resume versions")
            .WithWorkspaceAccess(WorkspaceAccess.Required);
        group.MapGet("/", List)
            .WithName("listResumeVersions")
            .WithSummary("List a resume's versions, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{number:int}", Get)
            .WithName("getResumeVersion")
            .WithSummary("Read one version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{number:int}/restore", Restore)
            .WithName("restoreResumeVersion")
            .WithSummary("Make an earlier version current again (as a new version)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    internal static async Task<Results<Ok<VersionList>, ProblemHttpResult>> List(
        Guid id, OwnedResumes resumes, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(id, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        return TypedResults.Ok(new VersionList(resume.CurrentVersion, await versions.ListAsync(resume.Id, cancellationToken)));
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Get(
        Guid id, int number, OwnedResumes resumes, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(id, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (await versions.ReadAsync(resume.Id, number, cancellationToken) is not { } document)
        {
            return Problems.NotFound("version");
        }

        return TypedResults.Ok(ResumeDetail.Of(resume, document) with { Version = number });
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Restore(
        Guid id, int number, OwnedResumes resumes, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(id, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (await versions.ReadAsync(resume.Id, number, cancellationToken) is not { } document)
        {
            return Problems.NotFound("version");
        }

        // A version saved before the limits existed may be over them; it stays readable but is not made current.
        return await versions.AppendAsync(resume, document, VersionSource.Restore, cancellationToken) switch
        {
            VersionAppend.Saved => TypedResults.Ok(ResumeDetail.Of(resume, document)),
            VersionAppend.Refused refused => Problems.ResumeRefused(refused.Violation),
            _ => Problems.EditConflict(),
        };
    }
}

public sealed record VersionSummary(int Number, DateTime CreatedAt, string Source);

public sealed record VersionList(int Current, IReadOnlyList<VersionSummary> Items);
