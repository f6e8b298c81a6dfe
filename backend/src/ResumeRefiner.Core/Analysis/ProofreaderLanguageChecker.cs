using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Analysis;

/// <summary>Feeds the offline proofreader's spelling, grammar and style issues into the analysis' language score.</summary>
public sealed class ProofreaderLanguageChecker(IProofreader proofreader, ProofreadingOptions? options = null) : ILanguageChecker
{
    public IReadOnlyList<LanguageIssue> Check(string text, IReadOnlyCollection<string> acceptedWords)
    {
        var effective = options ?? new ProofreadingOptions();
        if (acceptedWords.Count > 0)
        {
            effective = effective with { PersonalDictionary = [.. effective.PersonalDictionary, .. acceptedWords] };
        }

        return [.. proofreader.Check(text, effective).Select(ToLanguageIssue)];
    }

    public IReadOnlyList<(int Bullet, LanguageIssue Issue)> CheckRole(IReadOnlyList<string> bullets, bool roleHasEnded)
    {
        if (options?.DisabledRules.Contains(RoleTense.RuleId, StringComparer.OrdinalIgnoreCase) == true)
        {
            return [];
        }

        return [.. RoleTense.Check(bullets, roleHasEnded, options?.Language ?? "en-US").Select(b => (b.Bullet, ToLanguageIssue(b.Issue)))];
    }

    private static LanguageIssue ToLanguageIssue(ProofIssue i) => new(i.Offset, i.Length, i.Category, i.Rule, i.Message, i.Replacements) { OneClick = i.OneClick };
}
