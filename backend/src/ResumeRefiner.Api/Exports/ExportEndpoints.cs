using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Api.Exports;

internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/resumes/{id:guid}/export", Export)
            .WithName("exportResume")
            .WithTags("Export")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Export the current version as PDF, DOCX, JSON Resume, Markdown or text")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/json", "text/markdown", "text/plain")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    internal static async Task<IResult> Export(
        Guid id,
        string? format,
        string? template,
        string? paper,
        string? disposition,
        HttpContext context,
        WorkspaceAccessor workspaces,
        AppDb db,
        ResumeVersions versions,
        IResumeExporter exporter,
        TimeProvider clock,
        AppMetrics metrics,
        ILogger<ExportLog> log,
        CancellationToken cancellationToken)
    {
        if (!ExportNames.TryParseFormat(format ?? "pdf", out var exportFormat))
        {
            return Problems.BadRequest("format must be one of pdf, docx, json, md or txt.");
        }

        if (!ExportNames.TryParseTemplate(template ?? "classic", out var exportTemplate))
        {
            return Problems.BadRequest("template must be one of classic, modern or compact.");
        }

        if (!ExportNames.TryParsePaper(paper ?? "letter", out var exportPaper))
        {
            return Problems.BadRequest("paper must be letter or a4.");
        }

        if (await ResumeEndpoints.FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume
            || await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken) is not { } document)
        {
            return Problems.NotFound("resume");
        }

        // One version always exports to the same bytes, so the version and options identify the file.
        var etag = new EntityTagHeaderValue($"\"{Tag(resume.Id, resume.CurrentVersion, exportFormat, exportTemplate, exportPaper)}\"");
        context.Response.Headers.ETag = etag.ToString();
        // Personal data: never in shared caches, always revalidated (a new version changes the ETag).
        context.Response.Headers.CacheControl = "private, no-cache";
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var started = clock.GetTimestamp();
        var file = exporter.Export(document, exportFormat, new ExportOptions { Template = exportTemplate, Paper = exportPaper });
        var elapsed = clock.GetElapsedTime(started);
        var formatTag = AppMetrics.Tag(exportFormat);
        metrics.Exported(elapsed, formatTag);
        var templateTag = AppMetrics.Tag(exportTemplate);
        var elapsedMs = Math.Round(elapsed.TotalMilliseconds, 1);
        ExportLog.Exported(log, resume.Id, formatTag, templateTag, file.Content.Length, elapsedMs);
        var inline = string.Equals(disposition, "inline", StringComparison.OrdinalIgnoreCase);
        return inline
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static string Tag(Guid id, int version, ExportFormat format, ResumeTemplate template, PaperSize paper) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}/{version}/{format}/{template}/{paper}")))[..32];
}

/// <summary>Export events: the resume id, format and size, never the content.</summary>
internal sealed partial class ExportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Export of resume {ResumeId} as {Format} ({Template}): {Bytes} bytes in {ElapsedMs} ms")]
    public static partial void Exported(ILogger logger, Guid resumeId, string format, string template, int bytes, double elapsedMs);
}
