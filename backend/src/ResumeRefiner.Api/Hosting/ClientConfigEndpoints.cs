using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Hosting;

internal static class ClientConfigEndpoints
{
    private static readonly string[] AcceptedExtensions = [".pdf", ".docx", ".txt", ".md"];

    public static IEndpointRouteBuilder MapClientConfig(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/config", (AppSettings settings) => GetConfig(settings))
            .WithTags("Configuration").WithSummary("Limits and features the UI shows");
        return routes;
    }

    internal static Ok<ClientConfig> GetConfig(AppSettings settings) =>
        TypedResults.Ok(new ClientConfig(settings.MaxFileSize, AcceptedExtensions, AiEnabled: !string.IsNullOrWhiteSpace(settings.ClaudeApiKey)));
}

public sealed record ClientConfig(long MaxFileSize, IReadOnlyList<string> AcceptedExtensions, bool AiEnabled);
