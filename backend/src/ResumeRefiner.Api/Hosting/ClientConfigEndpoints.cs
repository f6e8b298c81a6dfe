using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Workspaces;

namespace ResumeRefiner.Api.Hosting;

internal static class ClientConfigEndpoints
{
    // .json: a JSON Resume; .zip and .csv: LinkedIn's data export; pictures and scans are read by OCR when Tesseract
    // is installed (the type is still decided by the content).
    private static readonly string[] AcceptedExtensions = [".pdf", ".docx", ".txt", ".md", ".json", ".zip", ".csv", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public static IEndpointRouteBuilder MapClientConfig(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/config", GetConfig)
            .WithName("getClientConfig")
            .WithTags("Configuration")
            .WithSummary("Limits, features and data-handling facts the UI shows")
            .WithWorkspaceAccess(WorkspaceAccess.None);
        return routes;
    }

    internal static Ok<ClientConfig> GetConfig(
        IOptions<HttpOptions> http, IOptions<AiOptions> ai, IOptions<RetentionOptions> retention, IOptions<ObservabilityOptions> observability) =>
        TypedResults.Ok(new ClientConfig(http.Value.MaxFileSize, AcceptedExtensions, new AiConfig(
            ai.Value.Enabled,
            ai.Value.Enabled ? ai.Value.ProviderName : null,
            ai.Value.Enabled ? ai.Value.ModelName : null,
            ai.Value.Enabled && ai.Value.RedactContacts), retention.Value.Days, observability.Value.SentryDsn is not null));
}

/// <param name="RetentionDays">Days after its last change that a resume and its files are deleted (the privacy notice quotes it).</param>
/// <param name="ErrorReporting">Server errors are reported to an error tracker (scrubbed of resume text).</param>
public sealed record ClientConfig(
    long MaxFileSize, IReadOnlyList<string> AcceptedExtensions, AiConfig Ai, int RetentionDays, bool ErrorReporting);

/// <summary>Whether AI suggestions are available, and from which provider and model (null when off).</summary>
/// <param name="RedactsContacts">Name, e-mail, phone, address and links are replaced with placeholders before text is sent.</param>
public sealed record AiConfig(bool Enabled, string? Provider, string? Model, bool RedactsContacts);
