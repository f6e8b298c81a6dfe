using Microsoft.AspNetCore.Http.HttpResults;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Hosting;

internal static class ClientConfigEndpoints
{
    private static readonly string[] AcceptedExtensions = [".pdf", ".docx", ".txt", ".md"];

    public static IEndpointRouteBuilder MapClientConfig(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/config", (AppSettings settings) => GetConfig(settings))
            .WithName("getClientConfig")
            .WithTags("Configuration")
            .WithSummary("Limits, features and data-handling facts the UI shows")
            .WithWorkspaceAccess(WorkspaceAccess.None);
        return routes;
    }

    internal static Ok<ClientConfig> GetConfig(AppSettings settings) =>
        TypedResults.Ok(new ClientConfig(settings.MaxFileSize, AcceptedExtensions, new AiConfig(
            settings.AiEnabled,
            !settings.AiEnabled ? null : settings.IsOpenAiCompatible ? "openai" : "anthropic",
            settings.AiEnabled ? settings.AiModelName : null,
            settings.AiEnabled && settings.AiRedactContacts), settings.RetentionDays, settings.SentryDsn is not null));
}

/// <param name="RetentionDays">Days after its last change that a resume and its files are deleted (the privacy notice quotes it).</param>
/// <param name="ErrorReporting">Server errors are reported to an error tracker (scrubbed of resume text).</param>
public sealed record ClientConfig(
    long MaxFileSize, IReadOnlyList<string> AcceptedExtensions, AiConfig Ai, int RetentionDays, bool ErrorReporting);

/// <summary>Whether AI suggestions are available, and from which provider and model (null when off).</summary>
/// <param name="RedactsContacts">Name, e-mail, phone, address and links are replaced with placeholders before text is sent.</param>
public sealed record AiConfig(bool Enabled, string? Provider, string? Model, bool RedactsContacts);
