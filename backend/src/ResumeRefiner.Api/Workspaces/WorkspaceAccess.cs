using ResumeRefiner.Api.Errors;

namespace ResumeRefiner.Api.Workspaces;

/// <summary>
/// How an endpoint uses the caller's workspace. Declared on the route so the OpenAPI document says which
/// credentials an operation accepts; the handler itself finds the workspace through <see cref="WorkspaceAccessor"/>.
/// </summary>
public enum WorkspaceAccess
{
    /// <summary>Never reads a workspace (health, client configuration, creating a workspace).</summary>
    None,

    /// <summary>Works without one, and uses the caller's when it is sent (an upload creates one when there is none).</summary>
    Optional,

    /// <summary>Acts on the caller's workspace: without one, nothing of it is found.</summary>
    Required,
}

internal static class WorkspaceAccessConventions
{
    public static TBuilder WithWorkspaceAccess<TBuilder>(this TBuilder builder, WorkspaceAccess access)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(access);
        if (access == WorkspaceAccess.Optional)
        {
            // Without this, a stale token would get a fresh cookie-only workspace that an API client never sees.
            builder.AddEndpointFilter(RefuseUnknownBearer);
        }

        return builder;
    }

    private static async ValueTask<object?> RefuseUnknownBearer(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (WorkspaceAccessor.SendsBearer(context.Request)
            && await context.RequestServices.GetRequiredService<CurrentWorkspace>().FindAsync(context.RequestAborted) is null)
        {
            return Problems.UnknownWorkspaceToken();
        }

        return await next(invocation);
    }
}
