using ResumeRefiner.Core.Proofreading.Rules;
using ResumeRefiner.Core.Proofreading.Spelling;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading;

/// <summary>
/// The offline proofreader: a managed Hunspell-compatible speller plus grammar, punctuation
/// and resume-style rules. Stateless and thread-safe; dictionaries load once per process on
/// first use.
/// </summary>
public sealed class Proofreader : IProofreader
{
    /// <summary>Every rule id this proofreader can report (for settings screens and tests).</summary>
    public static IReadOnlyList<string> RuleIds { get; } = [.. RuleSet.All.Select(r => r.Id)];

    public IReadOnlyList<ProofIssue> Check(string text, ProofreadingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new ProofreadingOptions();
        var context = new ProofContext(LanguageResources.For(options.Language), options, text.Length, cancellationToken);
        var document = ProofDocument.Parse(text);
        var disabled = new HashSet<string>(options.DisabledRules, StringComparer.OrdinalIgnoreCase);
        var issues = new List<ProofIssue>();
        foreach (var rule in RuleSet.All)
        {
            if (disabled.Contains(rule.Id) || (!options.IncludeStyle && rule.Category == ProofCategory.Style))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            rule.Check(document, context, issues);
        }

        // Where a sentence surely starts, re-casing its first word is a safe fix.
        var certainStarts = document.Sentences
            .Where(s => s.CertainStart && s.FirstWordIndex >= 0)
            .Select(s => s.Tokens[s.FirstWordIndex].Start)
            .ToHashSet();
        return [.. Resolve(issues).Select(i => i with { OneClick = FixSafety.IsOneClick(i, text, certainStarts.Contains(i.Offset)) })];
    }

    /// <summary>Warms the dictionary for a language so that the first check is fast.</summary>
    public static void Preload(string language = "en-US") => _ = LanguageResources.For(language).Dictionary;

    // Two rules may see the same slip ("teh teh"); a reader wants one issue per span, and the
    // more specific rule (earlier in the rule set) wins.
    private static List<ProofIssue> Resolve(List<ProofIssue> issues)
    {
        var result = new List<ProofIssue>(issues.Count);
        foreach (var issue in issues)
        {
            var clash = result.Any(r => Overlaps(r, issue));
            if (!clash)
            {
                result.Add(issue);
            }
        }

        result.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Length.CompareTo(b.Length));
        return result;
    }

    private static bool Overlaps(ProofIssue a, ProofIssue b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Offset == b.Offset;
        }

        return a.Offset < b.Offset + b.Length && b.Offset < a.Offset + a.Length;
    }
}
