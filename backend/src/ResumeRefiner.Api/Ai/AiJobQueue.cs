using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// The caller's AI jobs: a request is checked in full here (task, resume, analysis, job description, targets,
/// budget), so what reaches the queue can run; the workers take it from there. Also lists and finds jobs.
/// </summary>
internal sealed class AiJobQueue(
    OwnedResumes resumes,
    AppDb db,
    AiUsageLedger ledger,
    AiJobEvents events,
    IResumeAnalyzer analyzer,
    IOptions<AiOptions> ai,
    IHttpContextAccessor http,
    TimeProvider clock)
{
    public async Task<AiJobEnqueueResult> EnqueueAsync(Guid resumeId, AiJobRequest? request, CancellationToken cancellationToken)
    {
        if (!ai.Value.Enabled)
        {
            return new AiJobEnqueueResult.Refused(AiJobRefusal.Disabled);
        }

        // A cover letter is drafted through its own endpoint, which keeps the letter the job writes to.
        if (!Enum.TryParse<AiTask>(request?.Task, ignoreCase: true, out var task) || int.TryParse(request!.Task, out _) || task == AiTask.CoverLetter)
        {
            return new AiJobEnqueueResult.Refused(AiJobRefusal.UnknownTask);
        }

        if (await resumes.FindCurrentAsync(resumeId, cancellationToken) is not { } current)
        {
            return new AiJobEnqueueResult.Refused(AiJobRefusal.ResumeNotFound);
        }

        var (resume, document) = current;

        var jobDescription = JobDescription.Normalise(request.JobDescription);
        if (request.AnalysisId is { } analysisId)
        {
            if (await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == analysisId && a.ResumeId == resume.Id, cancellationToken) is not { } analysis)
            {
                return new AiJobEnqueueResult.Refused(AiJobRefusal.AnalysisNotFound);
            }

            jobDescription ??= analysis.JobDescription;
        }

        if (JobDescription.IsTooLong(jobDescription))
        {
            return new AiJobEnqueueResult.Refused(AiJobRefusal.JobDescriptionTooLong);
        }

        var input = Input(task, request, document, jobDescription);
        try
        {
            // Built here only to refuse bad targets now, with a 400, rather than in a failed job later.
            _ = PromptBuilder.Build(task, document, input, ai.Value.RedactContacts);
        }
        catch (ArgumentException e)
        {
            return new AiJobEnqueueResult.Refused(AiJobRefusal.InvalidTargets, e.Message.Split(" (Parameter", 2)[0]);
        }

        var client = ledger.ClientHash(http.HttpContext?.Connection.RemoteIpAddress);
        if (await ledger.SpentBudgetAsync(resume.WorkspaceId, client, cancellationToken) is { } spent)
        {
            return new AiJobEnqueueResult.BudgetSpent(spent, ledger.SecondsUntilRenewal);
        }

        var job = new AiJob
        {
            Id = Guid.NewGuid(),
            WorkspaceId = resume.WorkspaceId,
            ResumeId = resume.Id,
            ResumeVersion = resume.CurrentVersion,
            AnalysisId = request.AnalysisId,
            ClientHash = client,
            Task = JsonNamingPolicy.CamelCase.ConvertName(task.ToString()),
            Input = input,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AiJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        events.NotifyWork();
        return new AiJobEnqueueResult.Queued(job);
    }

    /// <summary>The resume's jobs, newest first; null when the resume is not the caller's.</summary>
    public async Task<IReadOnlyList<AiJobSummary>?> ListAsync(Guid resumeId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume)
        {
            return null;
        }

        return await db.AiJobs.AsNoTracking().Where(j => j.ResumeId == resume.Id).OrderByDescending(j => j.CreatedAt)
            .Select(j => new AiJobSummary(j.Id, j.Task, j.Status, j.Progress, j.CreatedAt, j.Source))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One job of the caller's resume, with its suggestions, as the database has it now.</summary>
    public async Task<AiJob?> FindAsync(Guid resumeId, Guid jobId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume)
        {
            return null;
        }

        return await db.AiJobs.AsNoTracking().Include(j => j.Suggestions).SingleOrDefaultAsync(j => j.Id == jobId && j.ResumeId == resume.Id, cancellationToken);
    }

    private AiTaskInput Input(AiTask task, AiJobRequest request, Resume document, string? jobDescription)
    {
        var input = new AiTaskInput(task == AiTask.RewriteBullets ? request.Targets ?? [] : [], task == AiTask.Tailor ? jobDescription : null);
        if (task != AiTask.Tailor || jobDescription is null)
        {
            return input;
        }

        // The offline match decides which keywords are missing; the model only suggests where they fit.
        var match = analyzer.Analyze(new ResumeDocument(document, null, DocumentFacts.Unknown), jobDescription).Match;
        return input with
        {
            MissingKeywords = match?.Missing.Select(s => s.Name).ToList() ?? [],
            MatchedKeywords = match?.Matched.Select(s => s.Name).ToList() ?? [],
        };
    }
}

/// <summary>Why a job was not queued.</summary>
internal enum AiJobRefusal
{
    Disabled,
    UnknownTask,
    ResumeNotFound,
    AnalysisNotFound,
    JobDescriptionTooLong,
    InvalidTargets,
}

/// <summary>A queued job, or why there is none.</summary>
internal abstract record AiJobEnqueueResult
{
    private AiJobEnqueueResult()
    {
    }

    public sealed record Queued(AiJob Job) : AiJobEnqueueResult;

    /// <param name="Detail">What is wrong with the targets, for <see cref="AiJobRefusal.InvalidTargets"/>.</param>
    public sealed record Refused(AiJobRefusal Reason, string? Detail = null) : AiJobEnqueueResult;

    /// <summary>A daily token budget (the workspace's, the client's or the service's) is spent; it renews in <paramref name="RetryAfterSeconds"/>.</summary>
    public sealed record BudgetSpent(AiBudget Budget, int RetryAfterSeconds) : AiJobEnqueueResult;
}
