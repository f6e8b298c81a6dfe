using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Observability;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Api.Words;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;

namespace ResumeRefiner.Api.Analyses;

/// <summary>Analyses of the caller's resumes: run one on the current version and keep it, list them, read one.</summary>
internal sealed class AnalysisService(
    OwnedResumes resumes,
    AppDb db,
    IResumeAnalyzer analyzer,
    AcceptedWords dictionary,
    TimeBudgets budgets,
    TimeProvider clock,
    AppMetrics metrics,
    ILogger<AnalysisLog> log)
{
    /// <summary>Analyses the resume's current version, optionally against a (normalised) job description; null when the resume is not the caller's.</summary>
    /// <exception cref="OperationCanceledException">The caller left, or the analysis ran past its <see cref="TimeBudgets.Analysis"/> (then <paramref name="cancellationToken"/> is not cancelled).</exception>
    public async Task<StoredAnalysis?> CreateAsync(Guid resumeId, string? jobDescription, CancellationToken cancellationToken)
    {
        if (await resumes.FindCurrentAsync(resumeId, cancellationToken) is not { } current)
        {
            return null;
        }

        var (resume, document) = current;
        // The file's own text only describes the version parsed from it; after edits the resume itself is the truth.
        var text = resume.CurrentVersion == 1 ? resume.DocumentText : null;
        var accepted = await dictionary.WordsAsync(resume.WorkspaceId, cancellationToken);
        var started = clock.GetTimestamp();
        AnalysisReport report;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(budgets.Analysis);
            report = analyzer.Analyze(new ResumeDocument(document, text, resume.Facts ?? DocumentFacts.Unknown) { PersonalDictionary = accepted }, jobDescription, limit.Token);
        }

        var elapsed = clock.GetElapsedTime(started);
        metrics.Analysed(elapsed, jobDescription is not null);

        var analysis = new StoredAnalysis
        {
            Id = Guid.NewGuid(),
            ResumeId = resume.Id,
            ResumeVersion = resume.CurrentVersion,
            JobDescription = jobDescription,
            OverallScore = report.OverallScore,
            Report = report,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Analyses.Add(analysis);
        await db.SaveChangesAsync(cancellationToken);
        var elapsedMs = Math.Round(elapsed.TotalMilliseconds, 1);
        AnalysisLog.Completed(log, analysis.Id, resume.Id, jobDescription is not null, report.OverallScore, elapsedMs);
        return analysis;
    }

    /// <summary>The resume's analyses, newest first; null when the resume is not the caller's.</summary>
    public async Task<IReadOnlyList<AnalysisSummary>?> ListAsync(Guid resumeId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume)
        {
            return null;
        }

        return await db.Analyses.AsNoTracking()
            .Where(a => a.ResumeId == resume.Id)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => new AnalysisSummary(a.Id, a.CreatedAt, a.ResumeVersion, a.OverallScore, a.JobDescription != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One analysis of the caller's resume; null when either is not found.</summary>
    public async Task<StoredAnalysis?> FindAsync(Guid resumeId, Guid analysisId, CancellationToken cancellationToken) =>
        await resumes.FindAsync(resumeId, cancellationToken) is { } resume
            ? await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == analysisId && a.ResumeId == resume.Id, cancellationToken)
            : null;
}

/// <summary>Analysis events: ids, score and timing only, never the resume or the job description.</summary>
internal sealed partial class AnalysisLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Analysis {AnalysisId} of resume {ResumeId} done in {ElapsedMs} ms (job description: {WithJob}, score {Score})")]
    public static partial void Completed(ILogger logger, Guid analysisId, Guid resumeId, bool withJob, int score, double elapsedMs);
}
