using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Export.Standardization;

namespace ResumeRefiner.Api.Exports;

/// <summary>Offline standardisation fixes: preview them, apply some or all (a new, undoable version).</summary>
internal static class FixEndpoints
{
    public static RouteGroupBuilder MapFixes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/fixes").WithTags("Standardisation");
        group.MapGet("/", List)
            .WithName("listFixes")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Offline fixes for the current version, with before and after")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/apply", Apply)
            .WithName("applyFixes")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Apply the chosen fixes as a new version")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<FixList>, ProblemHttpResult>> List(
        Guid id, OwnedResumes resumes, IResumeStandardizer standardiser, CancellationToken cancellationToken) =>
        await resumes.FindCurrentAsync(id, cancellationToken) is { } current
            ? TypedResults.Ok(new FixList(current.Resume.CurrentVersion, standardiser.Suggest(current.Document)))
            : Problems.NotFound("resume");

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Apply(
        Guid id, ApplyFixesRequest request, OwnedResumes resumes, ResumeVersions versions, IResumeStandardizer standardiser, CancellationToken cancellationToken)
    {
        if (await resumes.FindCurrentAsync(id, cancellationToken) is not (var resume, var document))
        {
            return Problems.NotFound("resume");
        }

        var offered = standardiser.Suggest(document).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = (request.Ids ?? []).Where(offered.Contains).ToList();
        if (chosen.Count == 0)
        {
            return Problems.BadRequest("None of these fixes applies to the current version. Reload the list of fixes and choose again.");
        }

        var fixedResume = standardiser.Apply(document, chosen);
        if (!await versions.AppendAsync(resume, fixedResume, VersionSource.Fix, cancellationToken))
        {
            return Problems.EditConflict();
        }

        return TypedResults.Ok(ResumeDetail.Of(resume, fixedResume));
    }
}

public sealed record FixList(int Version, IReadOnlyList<StandardFix> Items);

public sealed record ApplyFixesRequest(IReadOnlyList<string>? Ids);
