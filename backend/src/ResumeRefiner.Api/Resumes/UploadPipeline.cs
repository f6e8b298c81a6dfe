using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Errors;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Import;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

/// <summary>
/// An upload, step by step: receive the file, answer a duplicate with the stored resume (unless asked to parse it
/// afresh), check the type, parse and
/// inspect, build the row, store the file, commit. Each refusal ends it with its reason, logged and counted;
/// nothing half-written stays.
/// </summary>
internal sealed class UploadPipeline(
    IOptions<HttpOptions> http,
    IResumeParser parser,
    IFileStore files,
    AppDb db,
    CurrentWorkspace workspace,
    ResumeVersions versions,
    TimeProvider clock,
    AppMetrics metrics,
    ILogger<UploadLog> log)
{
    internal static readonly TimeSpan ParseTimeLimit = TimeSpan.FromSeconds(30);

    /// <param name="progress">Where OCR progress goes while a scan is read (the answer then streams); null for none.</param>
    public async Task<UploadResult> RunAsync(HttpRequest request, DuplicateUploadChoice onDuplicate, UploadProgressStream? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await ReceiveAndStoreAsync(request, onDuplicate, progress, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Refusals return above; this is the server failing: counted, then the 507 (disk full), 503 (database
            // unreachable) or 500 of the exception handler. Nothing half-written stays: see CommitAsync.
            metrics.Upload("error", DiskFull.Is(e) ? "disk-full" : DatabaseErrors.IsUnavailable(e) ? "database-unavailable" : e.GetType().Name);
            throw;
        }
    }

    private async Task<UploadResult> ReceiveAndStoreAsync(HttpRequest request, DuplicateUploadChoice onDuplicate, UploadProgressStream? progress, CancellationToken cancellationToken)
    {
        var (received, failure) = await ReceiveAsync(request, cancellationToken);
        if (received is null)
        {
            UploadLog.Refused(log, failure);
            metrics.Upload("refused", failure is { } why ? AppMetrics.Tag(why) : "unknown");
            return new UploadResult.NotReceived(failure ?? ReceiveFailure.MissingFile);
        }

        await using (received)
        {
            var owner = await workspace.FindAsync(cancellationToken);
            if (owner is not null && onDuplicate == DuplicateUploadChoice.Existing && await FindDuplicateAsync(owner.Id, received, cancellationToken) is { } duplicate)
            {
                return duplicate;
            }

            UploadedDocument document;
            await using (var content = received.OpenRead())
            {
                // With progress, parsing runs beside the stream; the workspace (and its cookie) must exist before the
                // stream's headers go out, so a first upload creates it as OCR starts, even if the scan is then refused.
                var (read, refusal) = progress is null
                    ? Read(content, received.FileName, null, cancellationToken)
                    : await progress.RelayWhileAsync(() => Read(content, received.FileName, progress, cancellationToken),
                        () => workspace.GetOrCreateAsync(cancellationToken), cancellationToken);
                if (read is null)
                {
                    return refusal!;
                }

                document = read;
            }

            var resume = BuildRow((owner ?? await workspace.GetOrCreateAsync(cancellationToken)).Id, received, document, clock.GetUtcNow().UtcDateTime);
            await StoreFileAsync(resume, received, cancellationToken);
            await CommitAsync(resume, cancellationToken);
            var parseMs = Math.Round(document.ParseTime.TotalMilliseconds, 1);
            UploadLog.Accepted(log, resume.Id, document.Kind, received.Length, parseMs);
            metrics.Upload("accepted", "none");
            return new UploadResult.Stored(ResumeDetail.Of(resume, document.Parsed.Resume), Duplicate: false);
        }
    }

    private async Task<(ReceivedFile?, ReceiveFailure?)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await UploadReceiver.ReceiveAsync(request, http.Value.MaxFileSize, cancellationToken);
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

    /// <summary>
    /// The same file uploaded again into the same workspace is the resume already there, said so in the answer; when
    /// it was parsed afresh before, the copy worked on last.
    /// </summary>
    private async Task<UploadResult.Stored?> FindDuplicateAsync(Guid workspaceId, ReceivedFile received, CancellationToken cancellationToken)
    {
        if (await db.Resumes.AsNoTracking()
                .Where(r => r.WorkspaceId == workspaceId && r.Sha256 == received.Sha256)
                .OrderByDescending(r => r.UpdatedAt)
                .FirstOrDefaultAsync(cancellationToken) is not { } duplicate)
        {
            return null;
        }

        var current = await versions.ReadAsync(duplicate.Id, duplicate.CurrentVersion, cancellationToken);
        UploadLog.Duplicate(log, duplicate.Id, received.Length);
        metrics.Upload("duplicate", "none");
        return new UploadResult.Stored(ResumeDetail.Of(duplicate, current!) with { DuplicateOf = DuplicateUpload.Of(duplicate) }, Duplicate: true);
    }

    /// <summary>Checks the type from the content, then parses and inspects the document within the time limit.</summary>
    /// <param name="progress">Told how OCR goes, when it runs.</param>
    internal (UploadedDocument?, UploadResult?) Read(Stream content, string fileName, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        var sniffed = DocumentSniffer.Sniff(content, fileName);
        if (sniffed.Kind is not { } kind)
        {
            UploadLog.Rejected(log, sniffed.Rejection);
            metrics.Upload("refused", sniffed.Rejection is { } why ? AppMetrics.Tag(why) : "unknown");
            return (null, new UploadResult.WrongType(sniffed.Rejection, sniffed.Message!));
        }

        var kindTag = AppMetrics.Tag(kind);
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(ParseTimeLimit);
        var parseStarted = clock.GetTimestamp();
        try
        {
            var parsed = parser.Parse(content, kind, progress, timeLimit.Token);
            var inspected = DocumentInspector.Inspect(content, kind, timeLimit.Token);
            var parseTime = clock.GetElapsedTime(parseStarted);
            metrics.Parsed(parseTime, kindTag, "ok");
            return (new UploadedDocument(kind, parsed, inspected, parseTime), null);
        }
        catch (ImportRefusedException e)
        {
            metrics.Parsed(clock.GetElapsedTime(parseStarted), kindTag, "invalid");
            UploadLog.Invalid(log, kind, e.Problems.Count);
            metrics.Upload("refused", "invalid-import");
            return (null, new UploadResult.Invalid(e.Message, e.Problems));
        }
        catch (UnreadableDocumentException e)
        {
            metrics.Parsed(clock.GetElapsedTime(parseStarted), kindTag, "unreadable");
            UploadLog.Unreadable(log, kind, e.Reason);
            metrics.Upload("refused", AppMetrics.Tag(e.Reason));
            return (null, new UploadResult.Unreadable(e.Message, e.Reason.ToString().ToLowerInvariant()));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Parsed(clock.GetElapsedTime(parseStarted), kindTag, "timeout");
            UploadLog.TimedOut(log, kind);
            metrics.Upload("refused", "timeout");
            return (null, new UploadResult.Unreadable("The document took too long to read. Export it again as a simpler PDF or DOCX and upload it again.", "timeout"));
        }
    }

    /// <summary>The new resume row with its first version, as parsed from the upload.</summary>
    internal static StoredResume BuildRow(Guid workspaceId, ReceivedFile received, UploadedDocument document, DateTime now)
    {
        var id = Guid.NewGuid();
        var resume = new StoredResume
        {
            Id = id,
            WorkspaceId = workspaceId,
            FileName = received.FileName,
            FileKind = document.Kind.ToString().ToLowerInvariant(),
            StorageKey = $"{workspaceId:N}/{id:N}",
            FileSize = received.Length,
            Sha256 = received.Sha256,
            DisplayName = StoredResume.DisplayNameOf(document.Parsed.Resume),
            Confidence = document.Parsed.Confidence,
            Facts = document.Inspected.Facts,
            // A structured import has no document text of its own: analysis reads the resume.
            DocumentText = document.Kind is DocumentKind.JsonResume or DocumentKind.LinkedIn ? null : document.Inspected.Text,
            CurrentVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        resume.Versions.Add(new ResumeVersion { Id = Guid.NewGuid(), ResumeId = id, Number = 1, Document = document.Parsed.Resume, CreatedAt = now, Source = VersionSource.Upload });
        return resume;
    }

    private async Task StoreFileAsync(StoredResume resume, ReceivedFile received, CancellationToken cancellationToken)
    {
        await using var content = received.OpenRead();
        await files.SaveAsync(resume.StorageKey, content, cancellationToken);
    }

    private async Task CommitAsync(StoredResume resume, CancellationToken cancellationToken)
    {
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
    }
}

/// <summary>A document read from an upload: its sniffed kind, the parsed resume, its layout facts and how long parsing took.</summary>
internal sealed record UploadedDocument(DocumentKind Kind, ParsedResume Parsed, InspectedDocument Inspected, TimeSpan ParseTime);

/// <summary>How an upload ended: stored (or found already stored), or refused at one of its steps.</summary>
internal abstract record UploadResult
{
    private UploadResult()
    {
    }

    /// <param name="Duplicate">The same file was already in the workspace; this is that resume.</param>
    public sealed record Stored(ResumeDetail Detail, bool Duplicate) : UploadResult;

    /// <summary>No usable file arrived: too large, empty, not multipart, or no file field.</summary>
    public sealed record NotReceived(ReceiveFailure Failure) : UploadResult;

    /// <summary>The content is not a document type we read (or is encrypted, or a ZIP bomb).</summary>
    public sealed record WrongType(SniffRejection? Rejection, string Message) : UploadResult;

    /// <summary>A JSON Resume or LinkedIn export that is not valid: the schema problems (paths and messages, capped) say where.</summary>
    public sealed record Invalid(string Message, IReadOnlyList<SchemaProblem> Problems) : UploadResult;

    /// <summary>The document could not be read, or not within the time limit; <paramref name="Reason"/> names the problem type.</summary>
    public sealed record Unreadable(string Message, string Reason) : UploadResult;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload refused, {Kind} invalid: {ProblemCount} schema problems")]
    public static partial void Invalid(ILogger logger, DocumentKind kind, int problemCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload refused, {Kind} parse timed out")]
    public static partial void TimedOut(ILogger logger, DocumentKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload failed after its progress stream began ({Error}): answered in its last line")]
    public static partial void FailedWhileStreaming(ILogger logger, string error);
}
