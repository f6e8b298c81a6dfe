using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Resumes;

/// <summary>Appends versions to a resume. Nothing is overwritten, so every change can be undone by restoring.</summary>
public sealed class ResumeVersions(AppDb db, TimeProvider clock)
{
    /// <summary>
    /// Saves <paramref name="document"/> as the next version of <paramref name="resume"/>, moving forward only from the
    /// version the caller read: a concurrent save is a conflict instead of an overwrite. A document over
    /// <see cref="ResumeLimits"/> is never stored, whichever way it came (edit, restore, fix, suggestion).
    /// On success <paramref name="resume"/> is updated to the new version.
    /// </summary>
    public async Task<VersionAppend> AppendAsync(StoredResume resume, Resume document, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(document);
        if (ResumeLimits.Check(document) is { } violation)
        {
            return new VersionAppend.Refused(violation);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var read = resume.CurrentVersion;
        var number = read + 1;
        var name = StoredResume.DisplayNameOf(document);
        var version = new ResumeVersion { Id = Guid.NewGuid(), ResumeId = resume.Id, Number = number, Document = document, CreatedAt = now, Source = source };
        bool saved;
        try
        {
            saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var updated = await db.Resumes
                    .Where(r => r.Id == resume.Id && r.CurrentVersion == read)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(r => r.CurrentVersion, number)
                        .SetProperty(r => r.UpdatedAt, now)
                        .SetProperty(r => r.DisplayName, name), ct);
                if (updated == 0)
                {
                    return false;
                }

                db.ResumeVersions.Add(version);
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

        if (saved)
        {
            resume.CurrentVersion = number;
            resume.UpdatedAt = now;
            resume.DisplayName = name;
        }

        return saved ? new VersionAppend.Saved() : new VersionAppend.Conflict();
    }

    public async Task<Resume?> ReadAsync(Guid resumeId, int number, CancellationToken cancellationToken) =>
        await db.ResumeVersions.AsNoTracking()
            .Where(v => v.ResumeId == resumeId && v.Number == number)
            .Select(v => v.Document)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The resume's versions, newest first.</summary>
    public async Task<IReadOnlyList<VersionSummary>> ListAsync(Guid resumeId, CancellationToken cancellationToken) =>
        await db.ResumeVersions.AsNoTracking()
            .Where(v => v.ResumeId == resumeId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.CreatedAt, v.Source))
            .ToListAsync(cancellationToken);
}

/// <summary>How saving a version ended.</summary>
public abstract record VersionAppend
{
    private VersionAppend()
    {
    }

    public sealed record Saved : VersionAppend;

    /// <summary>Someone saved the resume meanwhile; nothing was stored.</summary>
    public sealed record Conflict : VersionAppend;

    /// <summary>The document is over a limit (or has a null where a list belongs); nothing was stored.</summary>
    public sealed record Refused(ResumeLimitViolation Violation) : VersionAppend;
}
