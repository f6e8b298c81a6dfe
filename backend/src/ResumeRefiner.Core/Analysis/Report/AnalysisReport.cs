using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Analysis.Report;

/// <summary>The four things the report scores.</summary>
public enum FindingCategory
{
    AtsReadiness,
    Content,
    Language,
    JobMatch,
}

/// <summary>How much a finding costs the resume; the report lists the most severe first.</summary>
public enum Severity
{
    Critical,
    Major,
    Minor,
    Info,
}

/// <summary>
/// One thing to fix, explained: where it is (a JSON Resume path such as <c>work[1].highlights[2]</c>,
/// or <c>document</c> for the file itself), why it matters and what to do.
/// </summary>
public sealed record Finding(
    string Rule,
    FindingCategory Category,
    Severity Severity,
    string Location,
    string Message,
    string WhyItMatters,
    string WhatToDo)
{
    /// <summary>A one-click correction of the text at <see cref="Location"/>, when it is safe to apply blindly.</summary>
    public FindingFix? Fix { get; init; }

    /// <summary>Suggested rewordings the user checks and edits in (not safe to apply with one click).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The flagged word of a spelling finding, as written, for "Add to dictionary" and "Ignore".</summary>
    public string? Word { get; init; }

    /// <summary>Every place this finding occurs when repeated findings of one kind are shown as one card (first = <see cref="Location"/>).</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
}

/// <summary>Replace <paramref name="Length"/> UTF-16 code units at <paramref name="Offset"/> of the string at <paramref name="Path"/>.</summary>
public sealed record FindingFix(string Path, int Offset, int Length, string Replacement);

/// <summary>A category's 0-100 score, or null when it was not measured (no job posting, no proofreader).</summary>
public sealed record CategoryScore(FindingCategory Category, int? Score, string Summary);

/// <summary>Size facts the checks used, shown so a user can see what was measured.</summary>
public sealed record ResumeStats(int WordCount, int BulletCount, int QuantifiedBullets, double? YearsOfExperience, int? PageCount);

/// <summary>The full analysis: an overall score, category scores and the findings in the order to fix them.</summary>
public sealed record AnalysisReport(
    int OverallScore,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<Finding> Findings,
    MatchReport? Match,
    ResumeStats Stats);

/// <summary>What the analyser reads: the parsed resume, its text when known, and the file's layout facts.</summary>
/// <param name="Text">The document's plain text, for checks that need the original wording (headings, date styles).</param>
public sealed record ResumeDocument(Resume Resume, string? Text, DocumentFacts Facts)
{
    /// <summary>Words the user accepted (the workspace's personal dictionary): never reported as misspelled.</summary>
    public IReadOnlyCollection<string> PersonalDictionary { get; init; } = [];
}

/// <summary>Analyses a resume, optionally against a job posting, offline.</summary>
public interface IResumeAnalyzer
{
    /// <param name="cancellationToken">Observed between fields and stages: a stopped request stops the work.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    AnalysisReport Analyze(ResumeDocument document, string? jobDescription = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// The hook for spelling and grammar: the proofreader (built separately) reports issues in a piece of
/// text and they feed the language score. Offsets are UTF-16 code units into the text given.
/// </summary>
public interface ILanguageChecker
{
    /// <param name="acceptedWords">Names and words to take as correct (the resume's own names, the personal dictionary).</param>
    IReadOnlyList<LanguageIssue> Check(string text, IReadOnlyCollection<string> acceptedWords);

    /// <summary>
    /// Checks what only the bullets of one role together show (tense consistency: past tense for a
    /// role that has ended, no mix within a role). <paramref name="roleHasEnded"/> is true when the
    /// role has an end date. A checker without role rules reports nothing.
    /// </summary>
    IReadOnlyList<(int Bullet, LanguageIssue Issue)> CheckRole(IReadOnlyList<string> bullets, bool roleHasEnded) => [];
}

/// <summary>One spelling, grammar, punctuation, style or typography issue from a proofreader.</summary>
public sealed record LanguageIssue(int Offset, int Length, string Category, string Rule, string Message, IReadOnlyList<string> Replacements)
{
    /// <summary>The first replacement can be applied with one click; otherwise it is only a suggestion.</summary>
    public bool OneClick { get; init; }
}
