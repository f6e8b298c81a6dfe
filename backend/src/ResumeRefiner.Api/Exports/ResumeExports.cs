using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Api.Exports;

/// <summary>Exports the caller's resumes, timed and logged without their content.</summary>
internal sealed class ResumeExports(OwnedResumes resumes, IResumeExporter exporter, TimeProvider clock, AppMetrics metrics, ILogger<ExportLog> log)
{
    public Task<CurrentResume?> FindCurrentAsync(Guid id, CancellationToken cancellationToken) => resumes.FindCurrentAsync(id, cancellationToken);

    /// <summary>A resume at every limit exports in a few seconds; past this the request stops instead of holding a worker.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(30);

    /// <param name="budget">How long the export may take; <see cref="TimeBudget"/> unless a test says otherwise.</param>
    /// <exception cref="OperationCanceledException">The caller left, or the export ran past its budget (then <paramref name="cancellationToken"/> is not cancelled).</exception>
    public ExportedFile Export(CurrentResume current, ExportFormat format, ExportOptions options, CancellationToken cancellationToken, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var started = clock.GetTimestamp();
        ExportedFile file;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(budget ?? TimeBudget);
            file = exporter.Export(current.Document, format, options, limit.Token);
        }

        var elapsed = clock.GetElapsedTime(started);
        var formatTag = AppMetrics.Tag(format);
        metrics.Exported(elapsed, formatTag);
        var templateTag = AppMetrics.Tag(options.Template);
        var elapsedMs = Math.Round(elapsed.TotalMilliseconds, 1);
        ExportLog.Exported(log, current.Resume.Id, formatTag, templateTag, file.Content.Length, elapsedMs);
        return file;
    }
}

/// <summary>Export events: the resume id, format and size, never the content.</summary>
internal sealed partial class ExportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Export of resume {ResumeId} as {Format} ({Template}): {Bytes} bytes in {ElapsedMs} ms")]
    public static partial void Exported(ILogger logger, Guid resumeId, string format, string template, int bytes, double elapsedMs);
}
