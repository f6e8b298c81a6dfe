using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Resumes;

/// <summary>The history of a resume: list its versions, read one, restore one (undo).</summary>
internal static class VersionEndpoints
{
    public static RouteGroupBuilder MapResumeVersions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/versions").WithTags("Resume versions");
        group.MapGet("/", List)
            .WithName("listResumeVersions")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("List a resume's versions, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{number:int}", Get)
            .WithName("getResumeVersion")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Read one version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{number:int}/restore", Restore)
            .WithName("restoreResumeVersion")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Make an earlier version current again (as a new version)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<VersionList>, ProblemHttpResult>> List(
        Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        var items = await db.ResumeVersions.AsNoTracking()
            .Where(v => v.ResumeId == resume.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.CreatedAt, v.Source))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new VersionList(resume.CurrentVersion, items));
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Get(
        Guid id, int number, HttpContext context, WorkspaceAccessor workspaces, AppDb db, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (await versions.ReadAsync(resume.Id, number, cancellationToken) is not { } document)
        {
            return Problems.NotFound("version");
        }

        return TypedResults.Ok(ResumeEndpoints.ToDetail(resume, document, ResumeEndpoints.ReadConfidence(resume)) with { Version = number });
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Restore(
        Guid id, int number, HttpContext context, WorkspaceAccessor workspaces, AppDb db, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (await versions.ReadAsync(resume.Id, number, cancellationToken) is not { } document)
        {
            return Problems.NotFound("version");
        }

        if (!await versions.AppendAsync(resume, document, VersionSource.Restore, cancellationToken))
        {
            return Problems.EditConflict();
        }

        return TypedResults.Ok(ResumeEndpoints.ToDetail(resume, document, ResumeEndpoints.ReadConfidence(resume)));
    }
}

public sealed record VersionSummary(int Number, DateTime CreatedAt, string Source);

public sealed record VersionList(int Current, IReadOnlyList<VersionSummary> Items);
