using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

internal static partial class ResumeEndpoints
{
    private static readonly TimeSpan ParseTimeLimit = TimeSpan.FromSeconds(30);

    public static RouteGroupBuilder MapResumes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/resumes").WithTags("Resumes");

        group.MapPost("/", Upload)
            .WithName("uploadResume")
            .WithWorkspaceAccess(WorkspaceAccess.Optional)
            .WithSummary("Upload a resume (.pdf, .docx, .txt, .md) and parse it")
            .DisableAntiforgery()
            .RequireRateLimiting(ClientRateLimits.UploadPolicy)
            .AddOpenApiOperationTransformer(DescribeUploadBody)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
        group.MapGet("/", List)
            .WithName("listResumes")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("List the resumes in your workspace, newest first");
        group.MapGet("/{id:guid}", Get)
            .WithName("getResume")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Get a resume's current version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", Update)
            .WithName("updateResume")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Save an edited JSON Resume as a new version")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/file", Download)
            .WithName("downloadResumeFile")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Download the original file")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/markdown", "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("deleteResume")
            .WithWorkspaceAccess(WorkspaceAccess.Required)
            .WithSummary("Delete a resume, its versions and its file")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    // The handler streams the body itself (no IFormFile buffering), so the multipart shape is described by hand.
    private static Task DescribeUploadBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { UploadReceiver.FieldName },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [UploadReceiver.FieldName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The resume: .pdf, .docx, .txt or .md" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>What an upload needs: the request and the services, bound by minimal APIs as one parameter.</summary>
    internal sealed record UploadServices(
        HttpContext Context,
        IOptions<HttpOptions> Http,
        IResumeParser Parser,
        IFileStore Files,
        AppDb Db,
        WorkspaceAccessor Workspaces,
        ResumeVersions Versions,
        TimeProvider Clock,
        AppMetrics Metrics,
        ILogger<UploadLog> Log);

    internal static async Task<Results<Created<ResumeDetail>, Ok<ResumeDetail>, ProblemHttpResult>> Upload(
        [AsParameters] UploadServices upload, CancellationToken cancellationToken)
    {
        try
        {
            return await ReceiveAndParseAsync(upload, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Refusals return above; this is the server failing: counted, then the 507 (disk full), 503 (database
            // unreachable) or 500 of the exception handler. Nothing half-written stays: see below.
            upload.Metrics.Upload("error", DiskFull.Is(e) ? "disk-full" : DatabaseErrors.IsUnavailable(e) ? "database-unavailable" : e.GetType().Name);
            throw;
        }
    }

    private static async Task<Results<Created<ResumeDetail>, Ok<ResumeDetail>, ProblemHttpResult>> ReceiveAndParseAsync(
        UploadServices upload, CancellationToken cancellationToken)
    {
        var (context, http, parser, files, db, workspaces, versions, clock, metrics, log) = upload;
        var (received, failure) = await ReceiveAsync(context.Request, http.Value.MaxFileSize, cancellationToken);
        if (received is null)
        {
            UploadLog.Refused(log, failure);
            metrics.Upload("refused", failure is { } why ? AppMetrics.Tag(why) : "unknown");
            return failure switch
            {
                ReceiveFailure.TooLarge => Problems.FileTooLarge(http.Value.MaxFileSize),
                ReceiveFailure.EmptyFile => Problems.BadRequest("The file is empty. Choose the resume file again and upload it."),
                ReceiveFailure.NotMultipart => Problems.BadRequest("Send the resume as multipart/form-data with the file in a field named 'file'."),
                _ => Problems.BadRequest("No file was sent. Attach the resume in a form field named 'file'."),
            };
        }

        await using (received)
        {
            // The same file uploaded again into the same workspace is the resume already there, stored once.
            var owner = await workspaces.FindAsync(context, cancellationToken);
            if (owner is not null
                && await db.Resumes.AsNoTracking().FirstOrDefaultAsync(r => r.WorkspaceId == owner.Id && r.Sha256 == received.Sha256, cancellationToken) is { } duplicate)
            {
                var current = await versions.ReadAsync(duplicate.Id, duplicate.CurrentVersion, cancellationToken);
                UploadLog.Duplicate(log, duplicate.Id, received.Length);
                metrics.Upload("duplicate", "none");
                return TypedResults.Ok(ToDetail(duplicate, current!, ReadConfidence(duplicate)));
            }

            DocumentKind kind;
            TimeSpan parseTime;
            ParsedResume parsed;
            InspectedDocument inspected;
            await using (var content = received.OpenRead())
            {
                var sniffed = DocumentSniffer.Sniff(content, received.FileName);
                if (sniffed.Kind is null)
                {
                    UploadLog.Rejected(log, sniffed.Rejection);
                    metrics.Upload("refused", sniffed.Rejection is { } why ? AppMetrics.Tag(why) : "unknown");
                    return sniffed.Rejection switch
                    {
                        SniffRejection.Encrypted => Problems.Unreadable(sniffed.Message!, "encrypted"),
                        SniffRejection.ArchiveLimits => Problems.Unreadable(sniffed.Message!, "archive-limits"),
                        SniffRejection.Empty => Problems.BadRequest(sniffed.Message!),
                        _ => Problems.UnsupportedType(sniffed.Message!),
                    };
                }

                kind = sniffed.Kind.Value;
                var kindTag = AppMetrics.Tag(kind);
                using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeLimit.CancelAfter(ParseTimeLimit);
                var parseStarted = clock.GetTimestamp();
                try
                {
                    parsed = parser.Parse(content, kind, timeLimit.Token);
                    inspected = DocumentInspector.Inspect(content, kind, timeLimit.Token);
                    parseTime = clock.GetElapsedTime(parseStarted);
                    metrics.Parsed(parseTime, kindTag, "ok");
                }
                catch (UnreadableDocumentException e)
                {
                    metrics.Parsed(clock.GetElapsedTime(parseStarted), kindTag, "unreadable");
                    UploadLog.Unreadable(log, kind, e.Reason);
                    metrics.Upload("refused", AppMetrics.Tag(e.Reason));
                    return Problems.Unreadable(e.Message, e.Reason.ToString().ToLowerInvariant());
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    metrics.Parsed(clock.GetElapsedTime(parseStarted), kindTag, "timeout");
                    UploadLog.TimedOut(log, kind);
                    metrics.Upload("refused", "timeout");
                    return Problems.Unreadable("The document took too long to read. Export it again as a simpler PDF or DOCX and upload it again.", "timeout");
                }
            }

            var workspace = owner ?? await workspaces.GetOrCreateAsync(context, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var resume = new StoredResume
            {
                Id = Guid.NewGuid(),
                WorkspaceId = workspace.Id,
                FileName = received.FileName,
                FileKind = kind.ToString().ToLowerInvariant(),
                StorageKey = string.Empty,
                FileSize = received.Length,
                Sha256 = received.Sha256,
                DisplayName = Truncate(parsed.Resume.Basics.Name, 200),
                ConfidenceJson = JsonSerializer.Serialize(parsed.Confidence, ResumeJson.Options),
                FactsJson = JsonSerializer.Serialize(inspected.Facts, ResumeJson.Options),
                DocumentText = inspected.Text,
                CurrentVersion = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            resume.StorageKey = $"{workspace.Id:N}/{resume.Id:N}";
            resume.Versions.Add(new ResumeVersion { Id = Guid.NewGuid(), ResumeId = resume.Id, Number = 1, Json = ResumeJson.Serialize(parsed.Resume), CreatedAt = now, Source = VersionSource.Upload });

            await using (var content = received.OpenRead())
            {
                await files.SaveAsync(resume.StorageKey, content, cancellationToken);
            }

            try
            {
                db.Resumes.Add(resume);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch
            {
                // The row did not commit: take the file back so nothing half-written remains.
                await files.DeleteAsync(resume.StorageKey, CancellationToken.None);
                throw;
            }

            var parseMs = Math.Round(parseTime.TotalMilliseconds, 1);
            UploadLog.Accepted(log, resume.Id, kind, received.Length, parseMs);
            metrics.Upload("accepted", "none");
            return TypedResults.Created($"/api/v1/resumes/{resume.Id}", ToDetail(resume, parsed.Resume, parsed.Confidence));
        }
    }

    internal static async Task<Ok<ResumeList>> List(HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await workspaces.FindAsync(context, cancellationToken) is not { } workspace)
        {
            return TypedResults.Ok(new ResumeList([]));
        }

        var items = await db.Resumes.AsNoTracking()
            .Where(r => r.WorkspaceId == workspace.Id)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new ResumeSummary(r.Id, r.FileName, r.DisplayName, r.CreatedAt, r.UpdatedAt, r.CurrentVersion))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ResumeList(items));
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Get(Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken) is not { } document)
        {
            return Problems.NotFound("resume");
        }

        return TypedResults.Ok(ToDetail(resume, document, ReadConfidence(resume)));
    }

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Update(
        Guid id, Resume edited, HttpContext context, WorkspaceAccessor workspaces, AppDb db, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        if (!await versions.AppendAsync(resume, edited, VersionSource.Edit, cancellationToken))
        {
            return Problems.EditConflict();
        }

        return TypedResults.Ok(ToDetail(resume, edited, ReadConfidence(resume)));
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, IFileStore files, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(id, context, workspaces, db, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        var stream = await files.OpenReadAsync(resume.StorageKey, cancellationToken);
        return TypedResults.File(stream, ContentTypeOf(resume.FileKind), resume.FileName);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, IFileStore files, CancellationToken cancellationToken)
    {
        if (await workspaces.FindAsync(context, cancellationToken) is not { } workspace)
        {
            return Problems.NotFound("resume");
        }

        var storageKey = await db.Resumes.Where(r => r.Id == id && r.WorkspaceId == workspace.Id).Select(r => r.StorageKey).SingleOrDefaultAsync(cancellationToken);
        var deleted = await db.Resumes.Where(r => r.Id == id && r.WorkspaceId == workspace.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0 || storageKey is null)
        {
            return Problems.NotFound("resume");
        }

        await files.DeleteAsync(storageKey, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<(ReceivedFile?, ReceiveFailure?)> ReceiveAsync(HttpRequest request, long maxFileSize, CancellationToken cancellationToken)
    {
        try
        {
            return await UploadReceiver.ReceiveAsync(request, maxFileSize, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ReceiveFailure.TooLarge);
        }
        catch (IOException e) when (!DiskFull.Is(e))
        {
            // A malformed multipart body (bad boundary, truncated section); a full temporary disk is the server's problem (507).
            return (null, ReceiveFailure.NotMultipart);
        }
    }

    /// <summary>Ownership is part of the query: another workspace's id is simply not found.</summary>
    internal static async Task<StoredResume?> FindOwnedAsync(Guid id, HttpContext context, WorkspaceAccessor workspaces, AppDb db, CancellationToken cancellationToken)
    {
        if (await workspaces.FindAsync(context, cancellationToken) is not { } workspace)
        {
            return null;
        }

        return await db.Resumes.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.WorkspaceId == workspace.Id, cancellationToken);
    }

    internal static ResumeDetail ToDetail(StoredResume resume, Resume document, IReadOnlyList<FieldConfidence> confidence) =>
        new(resume.Id, resume.FileName, resume.CreatedAt, resume.UpdatedAt, resume.CurrentVersion, document, confidence);

    internal static List<FieldConfidence> ReadConfidence(StoredResume resume) =>
        JsonSerializer.Deserialize<List<FieldConfidence>>(resume.ConfidenceJson, ResumeJson.Options) ?? [];

    private static string ContentTypeOf(string kind) => kind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "markdown" => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    internal static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}

/// <summary>Upload events, logged without any content of the document.</summary>
internal sealed partial class UploadLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Upload accepted: resume {ResumeId}, {Kind}, {Bytes} bytes, parsed in {ParseMs} ms")]
    public static partial void Accepted(ILogger logger, Guid resumeId, DocumentKind kind, long bytes, double parseMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload matched stored resume {ResumeId} ({Bytes} bytes): not parsed again")]
    public static partial void Duplicate(ILogger logger, Guid resumeId, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload refused: {Failure}")]
    public static partial void Refused(ILogger logger, ReceiveFailure? failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload refused by type check: {Rejection}")]
    public static partial void Rejected(ILogger logger, SniffRejection? rejection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload refused, {Kind} unreadable: {Reason}")]
    public static partial void Unreadable(ILogger logger, DocumentKind kind, UnreadableReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload refused, {Kind} parse timed out")]
    public static partial void TimedOut(ILogger logger, DocumentKind kind);
}
