using System.Text.RegularExpressions;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// Tense consistency in plain resume text: the bullets under a role line whose dates show it has
/// ended ("Staff Nurse, Memorial (2017 – 2019)") should open in the past tense, as
/// <see cref="RoleTense"/> judges them. A current role may mix present duties with past
/// achievements, and in plain text that is too common a style to flag, so only ended roles are judged.
/// </summary>
internal sealed partial class TenseConsistencyRule : IProofRule
{
    // How far above the first bullet the role's date line may be (title, employer, dates).
    private const int HeaderLines = 3;

    public string Id => RoleTense.RuleId;

    public string Category => ProofCategory.Grammar;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBullet)
            {
                continue;
            }

            var first = i;
            while (i + 1 < lines.Count && lines[i + 1].IsBullet)
            {
                i++;
            }

            if (!RoleHasEnded(document, first))
            {
                continue;
            }

            var bullets = lines.GetRange(first, i - first + 1);
            var texts = bullets.Select(l => document.Text[l.ContentStart..l.End]).ToList();
            foreach (var (bullet, issue) in RoleTense.Check(texts, roleHasEnded: true, context.Options.Language))
            {
                issues.Add(issue with { Offset = bullets[bullet].ContentStart + issue.Offset });
            }
        }
    }

    /// <summary>A date range that closes with a year ("2017 – 2019", "Jan 2018 - Mar 2020") on a line just above the bullets.</summary>
    private static bool RoleHasEnded(ProofDocument document, int firstBullet)
    {
        for (int k = firstBullet - 1, seen = 0; k >= 0 && seen < HeaderLines; k--)
        {
            var line = document.Lines[k];
            if (line.IsBullet)
            {
                return false;
            }

            if (line.Tokens.Count == 0)
            {
                continue;
            }

            seen++;
            var match = DateRange().Match(document.Text, line.Start, line.End - line.Start);
            if (match.Success)
            {
                return match.Groups["end"].Success;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:(?<end>(?:19|20)\d\d)|present|current|now|today|ongoing)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRange();
}
