using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Api.Exports;

/// <summary>Exports the caller's resumes, timed and logged without their content.</summary>
internal sealed class ResumeExports(OwnedResumes resumes, IResumeExporter exporter, TimeBudgets budgets, TimeProvider clock, AppMetrics metrics, ILogger<ExportLog> log)
{
    public Task<CurrentResume?> FindCurrentAsync(Guid id, CancellationToken cancellationToken) => resumes.FindCurrentAsync(id, cancellationToken);

    /// <exception cref="OperationCanceledException">The caller left, or the export ran past its <see cref="TimeBudgets.Export"/> (then <paramref name="cancellationToken"/> is not cancelled).</exception>
    public ExportedFile Export(CurrentResume current, ExportFormat format, ExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var started = clock.GetTimestamp();
        ExportedFile file;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(budgets.Export);
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
