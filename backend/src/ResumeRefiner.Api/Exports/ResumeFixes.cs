using ResumeRefiner.Api.Resumes;
using ResumeRefiner.Core.Export.Standardization;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Exports;

/// <summary>Offline standardisation fixes of the caller's resumes: offered for the current version, applied as a new one.</summary>
internal sealed class ResumeFixes(OwnedResumes resumes, ResumeVersions versions, IResumeStandardizer standardizer)
{
    /// <summary>The fixes offered for the current version; null when the caller has no such resume.</summary>
    public async Task<FixList?> ListAsync(Guid resumeId, CancellationToken cancellationToken) =>
        await resumes.FindCurrentAsync(resumeId, cancellationToken) is { } current
            ? new FixList(current.Resume.CurrentVersion, standardizer.Suggest(current.Document))
            : null;

    /// <summary>
    /// Applies the chosen fixes that are still offered for the current version. Ids no longer offered are ignored, so
    /// a list read before another edit never applies a fix to text it was not computed from.
    /// </summary>
    public async Task<FixOutcome> ApplyAsync(Guid resumeId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (await resumes.FindCurrentAsync(resumeId, cancellationToken) is not (var resume, var document))
        {
            return new FixOutcome.NotFound();
        }

        var offered = standardizer.Suggest(document).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = ids.Where(offered.Contains).ToList();
        if (chosen.Count == 0)
        {
            return new FixOutcome.NoneApplies();
        }

        var fixedResume = standardizer.Apply(document, chosen);
        return await versions.AppendAsync(resume, fixedResume, VersionSource.Fix, cancellationToken) switch
        {
            VersionAppend.Saved => new FixOutcome.Applied(ResumeDetail.Of(resume, fixedResume)),
            VersionAppend.Refused refused => new FixOutcome.Refused(refused.Violation),
            _ => new FixOutcome.Conflict(),
        };
    }
}

/// <summary>What applying fixes came to.</summary>
internal abstract record FixOutcome
{
    private FixOutcome()
    {
    }

    public sealed record Applied(ResumeDetail Resume) : FixOutcome;

    public sealed record NotFound : FixOutcome;

    public sealed record NoneApplies : FixOutcome;

    public sealed record Conflict : FixOutcome;

    /// <summary>With the fixes the resume would be over a limit (a name written out in full can be longer).</summary>
    public sealed record Refused(ResumeLimitViolation Violation) : FixOutcome;
}
