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
    // more specific rule (earlier in the rule set) wins. Kept spans never overlap, so a new span
    // need only be compared with the kept span that starts last before its end, found by binary
    // search; comparing every pair took seconds for the thousands of issues of a long garbled text.
    private static List<ProofIssue> Resolve(List<ProofIssue> issues)
    {
        var result = new List<ProofIssue>(issues.Count);
        var spans = new List<(int Start, int End)>();
        var starts = new HashSet<int>();
        foreach (var issue in issues)
        {
            var end = issue.Offset + issue.Length;
            var after = FirstStartingAtOrAfter(spans, end);
            // An empty span (an insertion point) clashes only with an issue at the same offset.
            var clash = starts.Contains(issue.Offset) || (issue.Length > 0 && after > 0 && spans[after - 1].End > issue.Offset);
            if (!clash)
            {
                result.Add(issue);
                starts.Add(issue.Offset);
                if (issue.Length > 0)
                {
                    spans.Insert(after, (issue.Offset, end));
                }
            }
        }

        result.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Length.CompareTo(b.Length));
        return result;
    }

    private static int FirstStartingAtOrAfter(List<(int Start, int End)> spans, int offset)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
