namespace ResumeRefiner.Api.CoverLetters;

/// <summary>
/// A cover letter for one job posting, drafted from one resume. Like the resume it is versioned: the offline draft is
/// version 1, and every edit and every AI draft appends a version, so nothing is overwritten. It quotes the resume, so
/// it goes with it (and with its workspace).
/// </summary>
public sealed class CoverLetter
{
    /// <summary>No letter needs more; longer is a paste gone wrong. An AI letter is held to it too.</summary>
    public const int MaxTextLength = Core.CoverLetters.CoverLetterReply.MaxLength;

    public const int MaxCompanyLength = 200;

    public const int MaxRoleLength = 200;

    public Guid Id { get; set; }

    public Guid ResumeId { get; set; }

    public string? Company { get; set; }

    public string? Role { get; set; }

    /// <summary>The posting the letter answers, kept so a later AI draft or a new letter can reuse it.</summary>
    public required string JobDescription { get; set; }

    public Guid? AnalysisId { get; set; }

    public int CurrentVersion { get; set; }

    /// <summary>The AI job drafting this letter, whose answer becomes a new version when it finishes.</summary>
    public Guid? AiJobId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<CoverLetterVersion> Versions { get; set; } = [];
}

/// <summary>One version of a letter: its whole text and where it came from.</summary>
public sealed class CoverLetterVersion
{
    public Guid Id { get; set; }

    public Guid LetterId { get; set; }

    public int Number { get; set; }

    public required string Text { get; set; }

    /// <summary>offline, ai or edit.</summary>
    public required string Source { get; set; }

    public DateTime CreatedAt { get; set; }
}

public static class CoverLetterSource
{
    public const string Offline = "offline";
    public const string Ai = "ai";
    public const string Edit = "edit";
}
