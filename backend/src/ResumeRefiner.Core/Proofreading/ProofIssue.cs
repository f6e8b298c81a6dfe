namespace ResumeRefiner.Core.Proofreading;

/// <summary>
/// One finding of the proofreader: where (UTF-16 offset and length into the checked text),
/// what kind (<see cref="ProofCategory"/>), which rule (a stable id that can be switched off),
/// a message a person understands, and the replacements to offer, best first.
/// </summary>
public sealed record ProofIssue(
    int Offset,
    int Length,
    string Category,
    string Rule,
    string Message,
    IReadOnlyList<string> Replacements)
{
    /// <summary>
    /// The first replacement is safe to apply with one click (see <see cref="FixSafety"/>).
    /// Otherwise the replacements are suggestions the user edits, or the finding is dismissed.
    /// </summary>
    public bool OneClick { get; init; }
}

/// <summary>The categories of the check contract (DESIGN.md).</summary>
public static class ProofCategory
{
    public const string Spelling = "spelling";
    public const string Grammar = "grammar";
    public const string Punctuation = "punctuation";
    public const string Style = "style";
    public const string Typography = "typography";
}
