using ResumeRefiner.Api.Ai;

namespace ResumeRefiner.Api.CoverLetters;

/// <param name="JobDescription">The posting (at most 50,000 characters); or give <paramref name="AnalysisId"/> of an analysis made with one.</param>
public sealed record CoverLetterRequest(string? JobDescription, Guid? AnalysisId, string? Company, string? Role);

/// <param name="BaseVersion">The version the edit was made on; when given, a newer version (an AI draft) is a 409 instead of being overwritten.</param>
public sealed record CoverLetterEdit(string? Text, int? BaseVersion);

/// <summary>The AI draft of a letter: its job (follow it at /ai/jobs/{id}) and how it stands.</summary>
public sealed record CoverLetterAiDraft(Guid JobId, string Status, AiJobError? Error);

public sealed record CoverLetterView(
    Guid Id,
    Guid ResumeId,
    string? Company,
    string? Role,
    string JobDescription,
    Guid? AnalysisId,
    int Version,
    int CurrentVersion,
    string Text,
    string Source,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    CoverLetterAiDraft? AiDraft)
{
    /// <summary>What the user should know about this draft (AI off, budget spent, AI drafting); set when drafting.</summary>
    public string? Notice { get; init; }

    public static CoverLetterView Of(CoverLetter letter, CoverLetterVersion version, AiJob? job)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(version);
        var draft = job is null ? null : new CoverLetterAiDraft(job.Id, job.Status,
            job.ErrorType is null ? null : new AiJobError("urn:resume-refiner:problem:" + job.ErrorType, job.ErrorTitle ?? string.Empty, job.ErrorDetail ?? string.Empty));
        return new CoverLetterView(letter.Id, letter.ResumeId, letter.Company, letter.Role, letter.JobDescription, letter.AnalysisId,
            version.Number, letter.CurrentVersion, version.Text, version.Source, letter.CreatedAt, letter.UpdatedAt, draft);
    }
}

public sealed record CoverLetterSummary(Guid Id, string? Company, string? Role, int CurrentVersion, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record CoverLetterList(IReadOnlyList<CoverLetterSummary> Items);

public sealed record CoverLetterVersionSummary(int Number, string Source, DateTime CreatedAt, int Length);

public sealed record CoverLetterVersionList(int Current, IReadOnlyList<CoverLetterVersionSummary> Items);

internal enum CoverLetterRefusal
{
    ResumeNotFound,
    AnalysisNotFound,
    JobDescriptionTooLong,
    Invalid,
}

/// <summary>A drafted letter, or why there is none.</summary>
internal abstract record CoverLetterDraft
{
    private CoverLetterDraft()
    {
    }

    public sealed record Drafted(CoverLetterView Letter) : CoverLetterDraft;

    public sealed record Refused(CoverLetterRefusal Reason, string? Detail = null) : CoverLetterDraft;
}

/// <summary>How saving an edit ended.</summary>
internal abstract record CoverLetterSave
{
    private CoverLetterSave()
    {
    }

    public sealed record Saved(CoverLetterView Letter) : CoverLetterSave;

    public sealed record Invalid(string Detail) : CoverLetterSave;

    public sealed record TooLarge : CoverLetterSave;

    public sealed record Conflict : CoverLetterSave;

    public sealed record NotFound : CoverLetterSave;
}
