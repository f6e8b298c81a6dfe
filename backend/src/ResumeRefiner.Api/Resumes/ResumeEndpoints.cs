using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Security;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

internal static class ResumeEndpoints
{
    public static RouteGroupBuilder MapResumes(this IEndpointRouteBuilder routes)
    {
        // Every route needs the caller's workspace except an upload, which creates one when there is none.
        var group = routes.MapGroup("/api/v1/resumes").WithTags("Resumes")
            .WithWorkspaceAccess(WorkspaceAccess.Required);

        group.MapPost("/", Upload)
            .WithName("uploadResume")
            .WithWorkspaceAccess(WorkspaceAccess.Optional)
            .WithSummary("Upload a resume (.pdf, .docx, .txt, .md, JSON Resume, LinkedIn export) and parse or import it")
            .WithDescription("201 with the new resume. A file this workspace already holds answers 200 with that resume, edits included, " +
                "and duplicateOf saying so; ?duplicate=new parses it afresh into a new resume (201) instead. " +
                "The type is read from the content: a JSON Resume (resume.json, or this API's JSON export) is checked against the official " +
                "JSON Resume v1 schema and stored as it is, unknown fields included, or refused with 422 invalid-import listing the schema errors " +
                "(errors: path and message, at most 20); LinkedIn's data export (the ZIP, or one of its CSV files such as Profile.csv or Positions.csv) " +
                "is mapped to JSON Resume. " +
                "Progress: a client that names application/x-ndjson in Accept gets the same answers, except while a scan is read by OCR: then the answer " +
                "is a 200 application/x-ndjson stream of JSON lines, {\"progress\":{\"pagesRead\":1,\"pages\":2}}, with 0 pages read as OCR starts and one more after each page, then one last " +
                "line with the status the answer would have had and its body: {\"status\":201,\"resume\":{...}} or {\"status\":422,\"problem\":{...problem details}}.")
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
            .WithSummary("List the resumes in your workspace, newest first");
        group.MapGet("/{id:guid}", Get)
            .WithName("getResume")
            .WithSummary("Get a resume's current version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", Update)
            .WithName("updateResume")
            .WithSummary("Save an edited JSON Resume as a new version")
            .WithDescription($"The JSON is at most {JsonBodies.MaxBytes / 1024 / 1024} MB; the resume at most {ResumeLimits.MaxTotalCharacters:N0} characters of text, {ResumeLimits.MaxFieldLength:N0} in one field, {ResumeLimits.MaxEntries} entries in a section and {ResumeLimits.MaxListItems} items in a list. Over a limit is a 413 problem (its 'field' names the path) and nothing is saved.")
            .AcceptsJsonBody("The resume JSON")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/file", Download)
            .WithName("downloadResumeFile")
            .WithSummary("Download the original file")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/markdown", "text/plain", "application/json", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("deleteResume")
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
                            [UploadReceiver.FieldName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The resume: .pdf, .docx, .txt, .md, a JSON Resume .json, or LinkedIn's data export (.zip, or one of its .csv files)" },
                        },
                    },
                },
            },
        };
        // The handler reads the choice in any case, so the schema lists the values rather than an enum type.
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "duplicate") is { } duplicate)
        {
            duplicate.Description = "When this workspace already holds the same file: existing (default) answers 200 with that resume and duplicateOf; new parses the file afresh into a new resume (201).";
            duplicate.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("existing"), JsonValue.Create("new")], Default = JsonValue.Create("existing") };
        }

        return Task.CompletedTask;
    }

    internal static async Task<Results<Created<ResumeDetail>, Ok<ResumeDetail>, ProblemHttpResult, EmptyHttpResult>> Upload(
        HttpRequest request, UploadPipeline upload, IOptions<HttpOptions> http, ILogger<UploadLog> log, CancellationToken cancellationToken,
        [FromQuery(Name = "duplicate")] string? duplicate = null)
    {
        if (!DuplicateUploads.TryParse(duplicate, out var onDuplicate))
        {
            return Problems.BadRequest("duplicate must be existing (open the resume already uploaded, the default) or new (parse the file afresh as a new resume).");
        }

        var progress = UploadProgressStream.For(request.HttpContext);
        UploadResult result;
        try
        {
            result = await upload.RunAsync(request, onDuplicate, progress, cancellationToken);
        }
        catch (Exception e) when (progress is { Started: true } && !cancellationToken.IsCancellationRequested)
        {
            // The 200 of the stream is gone, so the failure (503, 507 or 500, as the exception handler would answer)
            // is its last line; nothing was kept (see UploadPipeline.CommitAsync).
            UploadLog.FailedWhileStreaming(log, e.GetType().Name);
            await progress.FailAsync(e, cancellationToken);
            return TypedResults.Empty;
        }

        var answer = Answer(result, http.Value);
        if (progress is { Started: true })
        {
            await progress.FinishAsync(answer.Result, cancellationToken);
            return TypedResults.Empty;
        }

        return answer;
    }

    private static Results<Created<ResumeDetail>, Ok<ResumeDetail>, ProblemHttpResult, EmptyHttpResult> Answer(UploadResult result, HttpOptions http) => result switch
    {
        UploadResult.Stored { Duplicate: true } stored => TypedResults.Ok(stored.Detail),
        UploadResult.Stored stored => TypedResults.Created($"/api/v1/resumes/{stored.Detail.Id}", stored.Detail),
        UploadResult.NotReceived { Failure: ReceiveFailure.TooLarge } => Problems.FileTooLarge(http.MaxFileSize),
        UploadResult.NotReceived { Failure: ReceiveFailure.EmptyFile } => Problems.BadRequest("The file is empty. Choose the resume file again and upload it."),
        UploadResult.NotReceived { Failure: ReceiveFailure.NotMultipart } => Problems.BadRequest("Send the resume as multipart/form-data with the file in a field named 'file'."),
        UploadResult.NotReceived => Problems.BadRequest("No file was sent. Attach the resume in a form field named 'file'."),
        UploadResult.WrongType { Rejection: SniffRejection.Encrypted } refused => Problems.Unreadable(refused.Message, "encrypted"),
        UploadResult.WrongType { Rejection: SniffRejection.ArchiveLimits } refused => Problems.Unreadable(refused.Message, "archive-limits"),
        UploadResult.WrongType { Rejection: SniffRejection.ImageLimits } refused => Problems.Unreadable(refused.Message, "image-limits"),
        UploadResult.WrongType { Rejection: SniffRejection.Empty } refused => Problems.BadRequest(refused.Message),
        UploadResult.WrongType refused => Problems.UnsupportedType(refused.Message),
        UploadResult.Unreadable unreadable => Problems.Unreadable(unreadable.Message, unreadable.Reason),
        UploadResult.Invalid invalid => Problems.InvalidImport(invalid.Message, invalid.Problems),
        _ => throw new UnreachableException(),
    };

    internal static async Task<Ok<ResumeList>> List(OwnedResumes resumes, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ResumeList(await resumes.ListAsync(cancellationToken)));

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Get(Guid id, OwnedResumes resumes, CancellationToken cancellationToken) =>
        await resumes.FindCurrentAsync(id, cancellationToken) is { } current
            ? TypedResults.Ok(ResumeDetail.Of(current.Resume, current.Document))
            : Problems.NotFound("resume");

    internal static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> Update(
        Guid id, Resume edited, OwnedResumes resumes, ResumeVersions versions, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(id, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        return await versions.AppendAsync(resume, edited, VersionSource.Edit, cancellationToken) switch
        {
            VersionAppend.Saved => TypedResults.Ok(ResumeDetail.Of(resume, edited)),
            VersionAppend.Refused refused => Problems.ResumeRefused(refused.Violation),
            _ => Problems.EditConflict(),
        };
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id, OwnedResumes resumes, IFileStore files, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(id, cancellationToken) is not { } resume)
        {
            return Problems.NotFound("resume");
        }

        try
        {
            var stream = await files.OpenReadAsync(resume.StorageKey, cancellationToken);
            return TypedResults.File(stream, ContentTypeOf(resume.FileKind), resume.FileName);
        }
        catch (FileNotFoundException)
        {
            // The row outlived its file (restored from a backup without the store, or removed by hand): a client error
            // to report, not a server fault.
            return Problems.Create(StatusCodes.Status404NotFound, "file-missing", "The original file is missing",
                "The resume is here, but its original file is no longer stored. Its parsed content and exports still work.");
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, OwnedResumes resumes, CancellationToken cancellationToken) =>
        await resumes.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("resume");

    private static string ContentTypeOf(string kind) => kind switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "markdown" => "text/markdown; charset=utf-8",
        "jsonresume" => "application/json",
        "linkedin" => "application/octet-stream",
        _ => "text/plain; charset=utf-8",
    };
}
