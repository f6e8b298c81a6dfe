namespace ResumeRefiner.Core.Ai;

/// <summary>What the user asked the AI for.</summary>
public enum AiTask
{
    /// <summary>Rewrite chosen bullets: stronger verb, clearer impact, no invented facts.</summary>
    RewriteBullets,

    /// <summary>Work a job's missing keywords in where the resume truthfully supports them.</summary>
    Tailor,

    /// <summary>Write or improve the summary.</summary>
    Summary,

    /// <summary>An overall review with a few concrete suggestions.</summary>
    Review,

    /// <summary>A cover letter for a posting, from the resume's facts only (see CoverLetters/CoverLetterPrompt.cs).</summary>
    CoverLetter,
}

/// <summary>What a task needs besides the resume.</summary>
/// <param name="Targets">For <see cref="AiTask.RewriteBullets"/>: the bullet paths to rewrite.</param>
/// <param name="JobDescription">For <see cref="AiTask.Tailor"/>: the posting.</param>
/// <param name="MissingKeywords">For <see cref="AiTask.Tailor"/>: the job's skills the offline match did not find.</param>
/// <param name="MatchedKeywords">For <see cref="AiTask.Tailor"/> and <see cref="AiTask.CoverLetter"/>: the job's skills the resume already shows.</param>
/// <param name="Company">For <see cref="AiTask.CoverLetter"/>: the employer, when the user gave it.</param>
/// <param name="Role">For <see cref="AiTask.CoverLetter"/>: the role applied for, when the user gave it.</param>
public sealed record AiTaskInput(
    IReadOnlyList<string> Targets,
    string? JobDescription = null,
    IReadOnlyList<string>? MissingKeywords = null,
    IReadOnlyList<string>? MatchedKeywords = null,
    string? Company = null,
    string? Role = null);

/// <summary>
/// One checked suggestion: <paramref name="Target"/> exists, <paramref name="Original"/> is the resume's current
/// text there (not the model's echo of it), and contact placeholders are restored.
/// </summary>
public sealed record AiSuggestion(string Target, string Original, string Proposal, string Reason);

/// <summary>A validated reply: an optional overall assessment and the suggestions that passed every check.</summary>
/// <param name="Discarded">Suggestions dropped by validation (unknown target, original not matching, invented number).</param>
public sealed record AiAnswer(string? Overview, IReadOnlyList<AiSuggestion> Suggestions, int Discarded);
