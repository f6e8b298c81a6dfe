using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Api.Resumes;

/// <summary>An uploaded resume: the original file's metadata plus its versions of parsed JSON Resume.</summary>
public sealed class StoredResume
{
    /// <summary>The list view's column is bounded; a longer name is cut there.</summary>
    public const int MaxDisplayNameLength = 200;

    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    /// <summary>The name the user gave the file (display only; never used as a path).</summary>
    public required string FileName { get; set; }

    /// <summary>pdf, docx, text or markdown, as sniffed from the content.</summary>
    public required string FileKind { get; set; }

    /// <summary>Key of the original in the file store.</summary>
    public required string StorageKey { get; set; }

    public long FileSize { get; set; }

    /// <summary>SHA-256 of the original (hex).</summary>
    public required string Sha256 { get; set; }

    /// <summary>The candidate's name from the latest version, for the list view.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The parser's per-field confidence, as produced on upload (a JSON column).</summary>
    public required IReadOnlyList<FieldConfidence> Confidence { get; set; }

    /// <summary>Layout facts of the original file, read once at upload for the ATS-readiness checks (a JSON column; null before they were kept).</summary>
    public DocumentFacts? Facts { get; set; }

    /// <summary>The original file's plain text, for checks that need its wording (headings, date styles).</summary>
    public string? DocumentText { get; set; }

    public int CurrentVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ResumeVersion> Versions { get; set; } = [];

    /// <summary>The candidate's name as the list view shows it.</summary>
    public static string? DisplayNameOf(Resume document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = document.Basics.Name;
        return name is null || name.Length <= MaxDisplayNameLength ? name : name[..MaxDisplayNameLength];
    }
}

/// <summary>One saved state of a resume. Edits add versions; nothing is overwritten, so any edit can be undone.</summary>
public sealed class ResumeVersion
{
    public Guid Id { get; set; }

    public Guid ResumeId { get; set; }

    public int Number { get; set; }

    /// <summary>The JSON Resume document (a JSON column).</summary>
    public required Resume Document { get; set; }

    /// <summary>What made this version: upload, edit, restore, fix or ai.</summary>
    public string Source { get; set; } = VersionSource.Edit;

    public DateTime CreatedAt { get; set; }
}

public static class VersionSource
{
    public const string Upload = "upload";
    public const string Edit = "edit";
    public const string Restore = "restore";
    public const string Fix = "fix";
    public const string Ai = "ai";
}
