using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Security;
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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    internal static async Task<IResult> Export(Guid id, [AsParameters] ExportQuery query, ResumeExports exports, TimeBudgets budgets, HttpContext context, CancellationToken cancellationToken)
    {
        if (!ExportNames.TryParseFormat(query.Format ?? "pdf", out var exportFormat))
        {
            return Problems.BadRequest("format must be one of pdf, docx, json, md or txt.");
        }

        if (!ExportNames.TryParseTemplate(query.Template ?? "classic", out var exportTemplate))
        {
            return Problems.BadRequest("template must be one of classic, modern or compact.");
        }

        if (!ExportNames.TryParsePaper(query.Paper ?? "letter", out var exportPaper))
        {
            return Problems.BadRequest("paper must be letter or a4.");
        }

        if (await exports.FindCurrentAsync(id, cancellationToken) is not { } current)
        {
            return Problems.NotFound("resume");
        }

        // The preview shows an inline export in a frame of the app's page (a 304 included: its headers replace the cached ones).
        var inline = string.Equals(query.Disposition, "inline", StringComparison.OrdinalIgnoreCase);
        if (inline)
        {
            SecurityHeaders.AllowFramingBySameOrigin(context.Response);
        }

        // One version always exports to the same bytes, so the version and options identify the file.
        var etag = new EntityTagHeaderValue($"\"{Tag(current.Resume.Id, current.Resume.CurrentVersion, exportFormat, exportTemplate, exportPaper)}\"");
        context.Response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        ExportedFile file;
        try
        {
            file = exports.Export(current, exportFormat, new ExportOptions { Template = exportTemplate, Paper = exportPaper }, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            context.Response.Headers.Remove(HeaderNames.ETag);
            return Problems.TimeBudgetExceeded("The export", budgets.Export, "Try again later, or try the text or Markdown format.");
        }

        return inline
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static string Tag(Guid id, int version, ExportFormat format, ResumeTemplate template, PaperSize paper) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}/{version}/{format}/{template}/{paper}")))[..32];
}

/// <summary>How to export: the format (pdf by default), template, paper, and whether a browser should show the file inline.</summary>
internal sealed class ExportQuery
{
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    [FromQuery(Name = "template")]
    public string? Template { get; init; }

    [FromQuery(Name = "paper")]
    public string? Paper { get; init; }

    [FromQuery(Name = "disposition")]
    public string? Disposition { get; init; }
}
