using Microsoft.EntityFrameworkCore;
using ResumeRefiner.Api.Persistence;

namespace ResumeRefiner.Api.Words;

/// <summary>A workspace's personal dictionary: the words every later check of its resumes accepts.</summary>
public sealed class AcceptedWords(AppDb db, TimeProvider clock)
{
    /// <summary>Longer than any real word, name or product; a bound on what one row can hold.</summary>
    public const int MaxWordLength = 64;

    /// <summary>A workspace's list stays small; this bounds what one check has to load.</summary>
    public const int MaxWords = 2_000;

    public async Task<IReadOnlyList<DictionaryWord>> ListAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await db.DictionaryWords.AsNoTracking()
            .Where(w => w.WorkspaceId == workspaceId)
            .OrderBy(w => w.Word)
            .ToListAsync(cancellationToken);

    /// <summary>The words alone, for the proofreader.</summary>
    public async Task<IReadOnlyList<string>> WordsAsync(Guid? workspaceId, CancellationToken cancellationToken) =>
        workspaceId is not { } id
            ? []
            : await db.DictionaryWords.AsNoTracking().Where(w => w.WorkspaceId == id).Select(w => w.Word).ToListAsync(cancellationToken);

    /// <summary>Adds a word (or changes its kind); null when the workspace's list is full.</summary>
    public async Task<DictionaryWord?> AddAsync(Guid workspaceId, string word, string kind, CancellationToken cancellationToken)
    {
        var existing = await db.DictionaryWords.SingleOrDefaultAsync(w => w.WorkspaceId == workspaceId && w.Word == word, cancellationToken);
        if (existing is not null)
        {
            existing.Kind = kind;
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        if (await db.DictionaryWords.CountAsync(w => w.WorkspaceId == workspaceId, cancellationToken) >= MaxWords)
        {
            return null;
        }

        var entry = new DictionaryWord { Id = Guid.NewGuid(), WorkspaceId = workspaceId, Word = word, Kind = kind, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.DictionaryWords.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    /// <summary>Removes a word; false when the workspace does not have it.</summary>
    public async Task<bool> RemoveAsync(Guid workspaceId, string word, CancellationToken cancellationToken) =>
        await db.DictionaryWords.Where(w => w.WorkspaceId == workspaceId && w.Word == word).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// A word as the proofreader sees one: letters with inner apostrophes, hyphens, dots or digits
    /// ("O'Neill", "Dataduct", "Node.js"), no spaces; null when it is not one.
    /// </summary>
    public static string? Normalise(string? word)
    {
        var trimmed = word?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxWordLength || !trimmed.Any(char.IsLetter)
            || !trimmed.All(c => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' or '.' or '+' or '#' or '_'))
        {
            return null;
        }

        return trimmed;
    }
}
