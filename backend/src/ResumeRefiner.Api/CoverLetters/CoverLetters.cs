using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeRefiner.Api.Ai;
using ResumeRefiner.Api.Analyses;
using ResumeRefiner.Api.Configuration;
using ResumeRefiner.Api.Hosting;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.CoverLetters;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Api.CoverLetters;

/// <summary>
/// The caller's cover letters: drafts one (the offline letter at once, and an AI job when AI is on and the budget
/// allows, whose letter arrives later as a new version), lists, reads, edits (each edit a version) and deletes them.
/// </summary>
internal sealed class ResumeCoverLetters(
    OwnedResumes resumes,
    AppDb db,
    AiUsageLedger ledger,
    AiJobEvents events,
    IOptions<AiOptions> ai,
    IHttpContextAccessor http,
    IResumeExporter exporter,
    TimeBudgets budgets,
    TimeProvider clock)
{
    public const string AiOffNotice = "AI is off on this server, so this is the offline draft built from the keyword match. Fill in the bracketed placeholders before sending it.";

    public const string AiDraftingNotice = "This is the offline draft. The AI is drafting a letter from your resume's facts; it will appear as a new version.";

    public async Task<CoverLetterDraft> DraftAsync(Guid resumeId, CoverLetterRequest? request, CancellationToken cancellationToken)
    {
        if (await resumes.FindCurrentAsync(resumeId, cancellationToken) is not { } current)
        {
            return new CoverLetterDraft.Refused(CoverLetterRefusal.ResumeNotFound);
        }

        var (resume, document) = current;
        var jobDescription = JobDescription.Normalise(request?.JobDescription);
        if (request?.AnalysisId is { } analysisId)
        {
            if (await db.Analyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == analysisId && a.ResumeId == resume.Id, cancellationToken) is not { } analysis)
            {
                return new CoverLetterDraft.Refused(CoverLetterRefusal.AnalysisNotFound);
            }

            jobDescription ??= JobDescription.Normalise(analysis.JobDescription);
        }

        if (jobDescription is null)
        {
            return new CoverLetterDraft.Refused(CoverLetterRefusal.Invalid, "Paste the job posting as \"jobDescription\", or give the \"analysisId\" of an analysis made with one.");
        }

        if (JobDescription.IsTooLong(jobDescription))
        {
            return new CoverLetterDraft.Refused(CoverLetterRefusal.JobDescriptionTooLong);
        }

        var company = Clean(request!.Company);
        var role = Clean(request.Role);
        if (company is { Length: > CoverLetter.MaxCompanyLength } || role is { Length: > CoverLetter.MaxRoleLength })
        {
            return new CoverLetterDraft.Refused(CoverLetterRefusal.Invalid, $"\"company\" and \"role\" hold at most {CoverLetter.MaxCompanyLength} characters each.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var letter = new CoverLetter
        {
            Id = Guid.NewGuid(),
            ResumeId = resume.Id,
            Company = company,
            Role = role,
            JobDescription = jobDescription,
            AnalysisId = request.AnalysisId,
            CurrentVersion = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var text = OfflineCoverLetter.Draft(document, jobDescription, company, role);
        letter.Versions.Add(new CoverLetterVersion { Id = Guid.NewGuid(), LetterId = letter.Id, Number = 1, Text = text, Source = CoverLetterSource.Offline, CreatedAt = now });

        string notice;
        AiJob? job = null;
        var client = ledger.ClientHash(http.HttpContext?.Connection.RemoteIpAddress);
        if (!ai.Value.Enabled)
        {
            notice = AiOffNotice;
        }
        else if (await ledger.SpentBudgetAsync(resume.WorkspaceId, client, cancellationToken) is { } spent)
        {
            notice = "This is the offline draft: " + char.ToLowerInvariant(AiJobRunner.BudgetDetail(spent)[0]) + AiJobRunner.BudgetDetail(spent)[1..];
        }
        else
        {
            job = new AiJob
            {
                Id = Guid.NewGuid(),
                WorkspaceId = resume.WorkspaceId,
                ResumeId = resume.Id,
                ResumeVersion = resume.CurrentVersion,
                AnalysisId = request.AnalysisId,
                ClientHash = client,
                Task = JsonNamingPolicy.CamelCase.ConvertName(nameof(AiTask.CoverLetter)),
                Input = new AiTaskInput([], jobDescription, MatchedKeywords: OfflineCoverLetter.MatchedSkills(document, jobDescription), Company: company, Role: role),
                CreatedAt = now,
            };
            letter.AiJobId = job.Id;
            db.AiJobs.Add(job);
            notice = AiDraftingNotice;
        }

        db.CoverLetters.Add(letter);
        await db.SaveChangesAsync(cancellationToken);
        if (job is not null)
        {
            events.NotifyWork();
        }

        return new CoverLetterDraft.Drafted(CoverLetterView.Of(letter, letter.Versions[0], job) with { Notice = notice });
    }

    /// <summary>The resume's letters, newest first; null when the resume is not the caller's.</summary>
    public async Task<IReadOnlyList<CoverLetterSummary>?> ListAsync(Guid resumeId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume)
        {
            return null;
        }

        return await db.CoverLetters.AsNoTracking().Where(l => l.ResumeId == resume.Id).OrderByDescending(l => l.CreatedAt)
            .Select(l => new CoverLetterSummary(l.Id, l.Company, l.Role, l.CurrentVersion, l.CreatedAt, l.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One letter at its current version (or at <paramref name="number"/>), with the state of its AI draft.</summary>
    public async Task<CoverLetterView?> FindAsync(Guid resumeId, Guid letterId, int? number, CancellationToken cancellationToken)
    {
        if (await FindLetterAsync(resumeId, letterId, cancellationToken) is not { } letter)
        {
            return null;
        }

        var wanted = number ?? letter.CurrentVersion;
        if (await db.CoverLetterVersions.AsNoTracking().SingleOrDefaultAsync(v => v.LetterId == letter.Id && v.Number == wanted, cancellationToken) is not { } version)
        {
            return null;
        }

        var job = letter.AiJobId is { } jobId ? await db.AiJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken) : null;
        return CoverLetterView.Of(letter, version, job);
    }

    /// <summary>The letter's versions, newest first; null when there is no such letter.</summary>
    public async Task<CoverLetterVersionList?> VersionsAsync(Guid resumeId, Guid letterId, CancellationToken cancellationToken)
    {
        if (await FindLetterAsync(resumeId, letterId, cancellationToken) is not { } letter)
        {
            return null;
        }

        var items = await db.CoverLetterVersions.AsNoTracking().Where(v => v.LetterId == letter.Id).OrderByDescending(v => v.Number)
            .Select(v => new CoverLetterVersionSummary(v.Number, v.Source, v.CreatedAt, v.Text.Length))
            .ToListAsync(cancellationToken);
        return new CoverLetterVersionList(letter.CurrentVersion, items);
    }

    /// <summary>
    /// Saves an edit as the next version, moving forward only from <see cref="CoverLetterEdit.BaseVersion"/> when given
    /// (an AI draft that arrived meanwhile is a conflict, not something to overwrite). The same text saves nothing.
    /// </summary>
    public async Task<CoverLetterSave> SaveAsync(Guid resumeId, Guid letterId, CoverLetterEdit? edit, CancellationToken cancellationToken)
    {
        if (edit?.Text is not { } raw || string.IsNullOrWhiteSpace(raw))
        {
            return new CoverLetterSave.Invalid("Send the letter as \"text\"; it cannot be empty.");
        }

        var text = raw.ReplaceLineEndings("\n").Trim();
        if (text.Length > CoverLetter.MaxTextLength)
        {
            return new CoverLetterSave.TooLarge();
        }

        if (await FindLetterAsync(resumeId, letterId, cancellationToken) is not { } letter)
        {
            return new CoverLetterSave.NotFound();
        }

        var read = letter.CurrentVersion;
        if (edit.BaseVersion is { } baseVersion && baseVersion != read)
        {
            return new CoverLetterSave.Conflict();
        }

        var currentText = await db.CoverLetterVersions.Where(v => v.LetterId == letter.Id && v.Number == read).Select(v => v.Text).SingleAsync(cancellationToken);
        if (currentText == text)
        {
            return new CoverLetterSave.Saved((await FindAsync(resumeId, letterId, null, cancellationToken))!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = new CoverLetterVersion { Id = Guid.NewGuid(), LetterId = letter.Id, Number = read + 1, Text = text, Source = CoverLetterSource.Edit, CreatedAt = now };
        bool saved;
        try
        {
            saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var updated = await db.CoverLetters.Where(l => l.Id == letter.Id && l.CurrentVersion == read)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.CurrentVersion, read + 1).SetProperty(l => l.UpdatedAt, now), ct);
                if (updated == 0)
                {
                    return false;
                }

                db.CoverLetterVersions.Add(version);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            saved = false;
        }
        finally
        {
            db.Entry(version).State = EntityState.Detached;
        }

        return saved
            ? new CoverLetterSave.Saved((await FindAsync(resumeId, letterId, null, cancellationToken))!)
            : new CoverLetterSave.Conflict();
    }

    public async Task<bool> DeleteAsync(Guid resumeId, Guid letterId, CancellationToken cancellationToken) =>
        await FindLetterAsync(resumeId, letterId, cancellationToken) is { } letter
        && await db.CoverLetters.Where(l => l.Id == letter.Id).ExecuteDeleteAsync(cancellationToken) == 1;

    /// <summary>The letter's current text with the resume it goes with (its current version, for the header).</summary>
    /// <summary>The letter's current version as a file, or null when the resume or the letter is not the caller's.</summary>
    /// <exception cref="OperationCanceledException">The caller left, or the export ran past its <see cref="TimeBudgets.Export"/> (then <paramref name="cancellationToken"/> is not cancelled).</exception>
    public async Task<ExportedFile?> ExportAsync(Guid resumeId, Guid letterId, ExportFormat format, ExportOptions options, CancellationToken cancellationToken)
    {
        if (await resumes.FindCurrentAsync(resumeId, cancellationToken) is not { } current
            || await db.CoverLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.ResumeId == current.Resume.Id, cancellationToken) is not { } letter)
        {
            return null;
        }

        var text = await db.CoverLetterVersions.Where(v => v.LetterId == letter.Id && v.Number == letter.CurrentVersion).Select(v => v.Text).SingleAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(budgets.Export);
        return exporter.ExportCoverLetter(current.Document, text, format, options, limit.Token);
    }

    private async Task<CoverLetter?> FindLetterAsync(Guid resumeId, Guid letterId, CancellationToken cancellationToken) =>
        await resumes.FindAsync(resumeId, cancellationToken) is { } resume
            ? await db.CoverLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.ResumeId == resume.Id, cancellationToken)
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// Makes a finished AI cover-letter job's letter the next version of its letter, inside the transaction that finishes
/// the job, so the letter arrives exactly once. A user's edit saved meanwhile stays in the history, one version down.
/// </summary>
internal static class CoverLetterDrafts
{
    public static async Task AddAiVersionAsync(AppDb db, Guid jobId, string text, DateTime now, CancellationToken cancellationToken)
    {
        // One statement moves the number on, so a concurrent edit waits for it (or conflicts) instead of taking the same number.
        if (await db.CoverLetters.Where(l => l.AiJobId == jobId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.CurrentVersion, l => l.CurrentVersion + 1).SetProperty(l => l.UpdatedAt, now), cancellationToken) == 0)
        {
            return;
        }

        var letter = await db.CoverLetters.Where(l => l.AiJobId == jobId).Select(l => new { l.Id, l.CurrentVersion }).SingleAsync(cancellationToken);
        var version = new CoverLetterVersion { Id = Guid.NewGuid(), LetterId = letter.Id, Number = letter.CurrentVersion, Text = text, Source = CoverLetterSource.Ai, CreatedAt = now };
        db.CoverLetterVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Entry(version).State = EntityState.Detached;
        }
    }
}
