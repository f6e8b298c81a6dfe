namespace ResumeRefiner.Api.Feedback;

/// <summary>
/// A user's word on one thing the product showed: a finding, a fix, an AI suggestion, or an export as a whole.
/// Only closed vocabularies are stored (the kind, the rule id, the verdict, a reason from a list), never resume
/// text, so the table says which rules false-alarm without holding anything of the resume. It goes with the workspace.
/// </summary>
public sealed class FeedbackVerdict
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    /// <summary>One of <see cref="FeedbackVocabulary.Kinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The rule or task the item came from ("spelling", "action-verb", "date-format", "rewriteBullets").</summary>
    public required string Rule { get; set; }

    /// <summary>One of the kind's verdicts in <see cref="FeedbackVocabulary"/>.</summary>
    public required string Verdict { get; set; }

    /// <summary>Optional, one of <see cref="FeedbackVocabulary.Reasons"/>.</summary>
    public string? Reason { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The closed lists feedback is made of.</summary>
public static class FeedbackVocabulary
{
    public const string Finding = "finding";
    public const string Fix = "fix";
    public const string Suggestion = "suggestion";
    public const string Export = "export";

    public static readonly IReadOnlyList<string> Kinds = [Finding, Fix, Suggestion, Export];

    /// <summary>Findings, fixes and suggestions are helpful or not.</summary>
    public static readonly IReadOnlyList<string> ItemVerdicts = ["helpful", "not-helpful"];

    /// <summary>"How did we do?" after an export.</summary>
    public static readonly IReadOnlyList<string> ExportVerdicts = ["good", "okay", "poor"];

    /// <summary>Why something was not helpful; a list, so no free text (which could quote the resume) is stored.</summary>
    public static readonly IReadOnlyList<string> Reasons = ["wrong", "unclear", "not-relevant", "changed-meaning", "other"];

    public static IReadOnlyList<string> VerdictsFor(string kind) => kind == Export ? ExportVerdicts : ItemVerdicts;
}
