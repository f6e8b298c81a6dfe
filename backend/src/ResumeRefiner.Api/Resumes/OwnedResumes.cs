using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Persistence;
using ResumeRefiner.Api.Storage;
using ResumeRefiner.Api.Workspaces;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Api.Resumes;

/// <summary>
/// The caller's resumes. Ownership is part of every query: another workspace's id is simply not found, so no
/// feature checks ownership itself.
/// </summary>
public sealed class OwnedResumes(CurrentWorkspace workspace, AppDb db, ResumeVersions versions, IFileStore files)
{
    public async Task<IReadOnlyList<ResumeSummary>> ListAsync(CancellationToken cancellationToken)
    {
        if (await workspace.FindAsync(cancellationToken) is not { } owner)
        {
            return [];
        }

        return await db.Resumes.AsNoTracking()
            .Where(r => r.WorkspaceId == owner.Id)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new ResumeSummary(r.Id, r.FileName, r.DisplayName, r.CreatedAt, r.UpdatedAt, r.CurrentVersion))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The caller's resume with this id; null when there is none in the caller's workspace.</summary>
    public async Task<StoredResume?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workspace.FindAsync(cancellationToken) is not { } owner)
        {
            return null;
        }

        return await db.Resumes.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.WorkspaceId == owner.Id, cancellationToken);
    }

    /// <summary>The caller's resume with its current version; null when either is missing.</summary>
    public async Task<CurrentResume?> FindCurrentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } resume
            || await versions.ReadAsync(resume.Id, resume.CurrentVersion, cancellationToken) is not { } document)
        {
            return null;
        }

        return new CurrentResume(resume, document);
    }

    /// <summary>Deletes the resume, its versions and its file; false when the caller has no such resume.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workspace.FindAsync(cancellationToken) is not { } owner)
        {
            return false;
        }

        var owned = db.Resumes.Where(r => r.Id == id && r.WorkspaceId == owner.Id);
        var storageKey = await owned.Select(r => r.StorageKey).SingleOrDefaultAsync(cancellationToken);
        if (await owned.ExecuteDeleteAsync(cancellationToken) == 0 || storageKey is null)
        {
            return false;
        }

        await files.DeleteAsync(storageKey, cancellationToken);
        return true;
    }
}

/// <summary>A resume and the document of its current version.</summary>
public sealed record CurrentResume(StoredResume Resume, Resume Document);
