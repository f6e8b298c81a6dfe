using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Feedback;

internal static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapFeedback(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/feedback").WithTags("Feedback");
        group.MapPost("/", Record)
            .WithName("recordFeedback")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Say whether a finding, fix or AI suggestion helped, or how an export went")
            .WithDescription("Only the kind, the rule id, the verdict and a reason from a fixed list are stored, never text of the resume.")
            .AcceptsJsonBody("The verdict")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Record(
        FeedbackRequest request, CurrentWorkspace workspace, FeedbackRecorder recorder, CancellationToken cancellationToken)
    {
        if (FeedbackRecorder.Validate(request) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (await workspace.FindAsync(cancellationToken) is not { } owner)
        {
            return Problems.NotFound("workspace");
        }

        if (!await recorder.RecordAsync(owner.Id, request, cancellationToken))
        {
            return Problems.Create(StatusCodes.Status409Conflict, "feedback-full", "Thank you, that is plenty",
                $"A workspace keeps at most {FeedbackRecorder.MaxPerWorkspace:N0} answers; this one was not stored.");
        }

        return TypedResults.NoContent();
    }
}
