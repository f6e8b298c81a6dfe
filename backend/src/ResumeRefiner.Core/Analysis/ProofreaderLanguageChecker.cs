using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Analysis;

/// <summary>Feeds the offline proofreader's spelling, grammar and style issues into the analysis' language score.</summary>
public sealed class ProofreaderLanguageChecker(IProofreader proofreader, ProofreadingOptions? options = null) : ILanguageChecker
{
    public IReadOnlyList<LanguageIssue> Check(string text) =>
        [.. proofreader.Check(text, options).Select(i => new LanguageIssue(i.Offset, i.Length, i.Category, i.Rule, i.Message, i.Replacements))];
}
