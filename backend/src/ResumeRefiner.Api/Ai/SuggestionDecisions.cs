using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Ai;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Ai;

/// <summary>
/// The user's word on a suggestion: accepting applies it as a new resume version, rejecting only records it. The
/// status changes only from pending, so two clicks cannot decide twice. An accepted suggestion that the resume's
/// history took back (Undo, a restored version: the field shows the original text again) may be accepted again.
/// </summary>
internal sealed class SuggestionDecisions(OwnedResumes resumes, AppDb db, ResumeVersions versions)
{
    public async Task<SuggestionDecision> AcceptAsync(Guid resumeId, Guid jobId, Guid suggestionId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume
            || await FindAsync(resume.Id, jobId, suggestionId, cancellationToken) is not (var job, var suggestion))
        {
            return new SuggestionDecision.NotFound();
        }

        if (suggestion.Status == AiSuggestionStatus.Rejected)
        {
            return new SuggestionDecision.AlreadyDecided(suggestion);
        }

        var document = await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken);
        if (document is null || ResumeFields.Get(document, suggestion.Target) != suggestion.Original)
        {
            return suggestion.Status == AiSuggestionStatus.Accepted ? new SuggestionDecision.AlreadyDecided(suggestion) : new SuggestionDecision.Outdated();
        }

        var changed = ResumeFields.Set(document, suggestion.Target, suggestion.Proposal);
        switch (await versions.AppendAsync(resume, changed, job.Source == AiSource.Offline ? VersionSource.Fix : VersionSource.Ai, cancellationToken))
        {
            case VersionAppend.Refused refused:
                return new SuggestionDecision.Refused(refused.Violation);
            case VersionAppend.Conflict:
                return new SuggestionDecision.EditConflict();
        }

        await Pending(suggestion.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, AiSuggestionStatus.Accepted), cancellationToken);
        suggestion.Status = AiSuggestionStatus.Accepted;
        return new SuggestionDecision.Accepted(suggestion, ResumeDetail.Of(resume, changed));
    }

    public async Task<SuggestionDecision> RejectAsync(Guid resumeId, Guid jobId, Guid suggestionId, CancellationToken cancellationToken)
    {
        if (await resumes.FindAsync(resumeId, cancellationToken) is not { } resume
            || await FindAsync(resume.Id, jobId, suggestionId, cancellationToken) is not (_, var suggestion))
        {
            return new SuggestionDecision.NotFound();
        }

        if (await Pending(suggestion.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, AiSuggestionStatus.Rejected), cancellationToken) == 0)
        {
            return new SuggestionDecision.AlreadyDecided(suggestion);
        }

        suggestion.Status = AiSuggestionStatus.Rejected;
        return new SuggestionDecision.Rejected(suggestion);
    }

    private IQueryable<AiSuggestionRecord> Pending(Guid suggestionId) =>
        db.AiSuggestions.Where(s => s.Id == suggestionId && s.Status == AiSuggestionStatus.Pending);

    private async Task<(AiJob Job, AiSuggestionRecord Suggestion)?> FindAsync(Guid resumeId, Guid jobId, Guid suggestionId, CancellationToken cancellationToken)
    {
        var job = await db.AiJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.ResumeId == resumeId, cancellationToken);
        var suggestion = job is null ? null : await db.AiSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == suggestionId && s.JobId == jobId, cancellationToken);
        return job is null || suggestion is null ? null : (job, suggestion);
    }
}

/// <summary>What became of a decision on a suggestion.</summary>
internal abstract record SuggestionDecision
{
    private SuggestionDecision()
    {
    }

    /// <param name="Resume">The resume with the suggestion applied, as its new current version.</param>
    public sealed record Accepted(AiSuggestionRecord Suggestion, ResumeDetail Resume) : SuggestionDecision;

    public sealed record Rejected(AiSuggestionRecord Suggestion) : SuggestionDecision;

    /// <summary>No such suggestion in the caller's resume and job.</summary>
    public sealed record NotFound : SuggestionDecision;

    public sealed record AlreadyDecided(AiSuggestionRecord Suggestion) : SuggestionDecision;

    /// <summary>The text the suggestion would replace has changed since it was made.</summary>
    public sealed record Outdated : SuggestionDecision;

    /// <summary>Someone saved the resume at the same moment.</summary>
    public sealed record EditConflict : SuggestionDecision;

    /// <summary>With the suggestion the resume would be over a limit; it stays pending.</summary>
    public sealed record Refused(ResumeLimitViolation Violation) : SuggestionDecision;
}
