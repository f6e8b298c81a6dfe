using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Health;

internal static class HealthEndpoints
{
    private static readonly string Version =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", Liveness)
            .WithName("getHealth")
            .WithTags("Health")
            .WithSummary("Liveness: the process is up")
            .WithWorkspaceAccess(WorkspaceAccess.None)
            .DisableRateLimiting();
        return routes;
    }

    internal static Ok<HealthStatus> Liveness(TimeProvider clock) =>
        TypedResults.Ok(new HealthStatus("healthy", clock.GetUtcNow(), Version));
}

public sealed record HealthStatus(string Status, DateTimeOffset Timestamp, string Version);
