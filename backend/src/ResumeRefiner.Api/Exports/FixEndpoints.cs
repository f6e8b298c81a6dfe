using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Export.Standardization;

namespace ResumeRefiner.Api.Exports;

/// <summary>Offline standardisation fixes: preview them, apply some or all (a new, undoable version).</summary>
internal static class FixEndpoints
{
    public static RouteGroupBuilder MapFixes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes/{id:guid}/fixes").WithTags("Standardisation")
            .WithWorkspaceAccess(WorkspaceAccess.Required);
        group.MapGet("/", List)
            .WithName("listFixes")
            .WithSummary("Offline fixes for the current version, with before and after")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/apply", Apply)
            .WithName("applyFixes")
            .WithSummary("Apply the chosen fixes as a new version")
            .AcceptsJsonBody("The list of fixes")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<Ok<FixList>, ProblemHttpResult>> List(Guid id, ResumeFixes fixes, CancellationToken cancellationToken) =>
        await fixes.ListAsync(id, cancellationToken) is { } list ? TypedResults.Ok(list) : Problems.NotFound("resume");

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Apply(
        Guid id, ApplyFixesRequest request, ResumeFixes fixes, CancellationToken cancellationToken) =>
        await fixes.ApplyAsync(id, request.Ids ?? [], cancellationToken) switch
        {
            FixOutcome.Applied applied => TypedResults.Ok(applied.Resume),
            FixOutcome.NoneApplies => Problems.BadRequest("None of these fixes applies to the current version. Reload the list of fixes and choose again."),
            FixOutcome.Conflict => Problems.EditConflict(),
            FixOutcome.Refused refused => Problems.ResumeRefused(refused.Violation),
            _ => Problems.NotFound("resume"),
        };
}

public sealed record FixList(int Version, IReadOnlyList<StandardFix> Items);

public sealed record ApplyFixesRequest(IReadOnlyList<string>? Ids);
