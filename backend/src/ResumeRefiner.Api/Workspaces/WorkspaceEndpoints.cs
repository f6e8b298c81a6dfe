using Microsoft.AspNetCore.Http.HttpResults;

namespace ResumeRefiner.Api.Workspaces;

internal static class WorkspaceEndpoints
{
    public static RouteGroupBuilder MapWorkspaces(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/workspace").WithTags("Workspace");
        group.MapPost("/", CreateWorkspace)
            .WithName("createWorkspace")
            .WithWorkspaceAccess(WorkspaceAccess.None)
            .WithSummary("Create an anonymous workspace")
            .WithDescription("Returns a bearer token for API clients (shown once) and sets the browser cookie.");
        group.MapDelete("/", DeleteWorkspace)
            .WithName("deleteWorkspace")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Delete everything in your workspace")
            .WithDescription("Removes every resume, version and stored file of the workspace, then the workspace itself.");
        return group;
    }

    internal static async Task<NoContent> DeleteWorkspace(HttpContext context, CurrentWorkspace workspace, WorkspaceAccessor workspaces, DataRetention retention, CancellationToken cancellationToken)
    {
        if (await workspace.FindAsync(cancellationToken) is { } owner)
        {
            await retention.DeleteWorkspaceAsync(owner.Id, cancellationToken);
        }

        workspaces.DeleteCookie(context);
        return TypedResults.NoContent();
    }

    internal static async Task<Created<WorkspaceCreated>> CreateWorkspace(HttpContext context, WorkspaceAccessor workspaces, CancellationToken cancellationToken)
    {
        var (workspace, token) = await workspaces.CreateAsync(cancellationToken);
        workspaces.SetCookie(context, token);
        return TypedResults.Created("/api/v1/workspace", new WorkspaceCreated(workspace.Id, token, workspace.CreatedAt));
    }
}

/// <param name="Token">Send as <c>Authorization: Bearer &lt;token&gt;</c>. It cannot be recovered if lost.</param>
public sealed record WorkspaceCreated(Guid Id, string Token, DateTime CreatedAt);
