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
        foreach (var bullets in EndedRoleBullets(document))
        {
            var texts = bullets.Select(l => document.Text[l.ContentStart..l.End]).ToList();
            foreach (var (bullet, issue) in RoleTense.Check(texts, roleHasEnded: true, context.Options.Language))
            {
                issues.Add(issue with { Offset = bullets[bullet].ContentStart + issue.Offset });
            }
        }
    }

    /// <summary>Each run of bullet lines under a role line whose dates show that the role has ended.</summary>
    internal static IEnumerable<List<Line>> EndedRoleBullets(ProofDocument document)
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

            if (RoleHasEnded(document, first))
            {
                yield return lines.GetRange(first, i - first + 1);
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

/// <summary>
/// "Designed and lead the rollout", "Trained and certify all staff": in a role that has ended, two verbs joined by "and"
/// share the past tense. Only where an object follows the base form, so that it is surely a verb; in a current role
/// "Hired and manage a team of three" is right, so bullets of current roles and other text are not judged.
/// </summary>
internal sealed class CoordinatedTenseRule : IProofRule
{
    public string Id => "GRAMMAR_TENSE_COORDINATION";

    public string Category => ProofCategory.Grammar;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        var ended = TenseConsistencyRule.EndedRoleBullets(document).SelectMany(b => b).ToHashSet();
        foreach (var sentence in document.Sentences)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (ended.Contains(sentence.Line))
            {
                Check(sentence, context, issues);
            }
        }
    }

    private void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = sentence.Tokens.Where(t => t.Kind != TokenKind.Punctuation).ToList();
        var resources = context.Resources;
        // A bullet that opens with a past verb ("Carried out inspections and write the findings") is a list of past
        // predicates unless the opener governs a bare verb ("Helped families apply and find") or a "to" or modal
        // intervenes; its later "and" + base form + object is a slip as well.
        // In an ended role an opener whose past is its present ("Cut water use by 15% and receive") is the past as well.
        var opener = w.Count > 0 && Casing.Of(w[0].Text) == WordCasing.Title && (RoleTense.IsSimplePast(w[0].Lower, resources) || w[0].Lower is "cut" or "set" or "spread" or "put" or "split" or "shut")
            && w[0].Lower is not ("helped" or "made" or "let" or "had" or "watched" or "saw" or "heard") ? w[0] : null;
        for (var i = 2; i + 1 < w.Count; i++)
        {
            var verb = w[i];
            var adjacent = RoleTense.IsSimplePast(w[i - 2].Lower, resources) && Casing.Of(w[i - 2].Text) is not (WordCasing.Upper or WordCasing.Mixed);
            if (opener is not null && (w[i - 1].Lower == "to" || English.Modals.Contains(w[i - 1].Lower)))
            {
                opener = null;
            }

            // "and lead to a hearing": "lead to" is a verb with its preposition.
            if (w[i - 1].Lower != "and" || Casing.Of(verb.Text) != WordCasing.Lower || !(RoleTense.IsObjectStarter(w[i + 1].Lower) || verb.Lower == "lead" && w[i + 1].Lower == "to" || IsSurelyVerb(verb.Lower, w[i + 1].Lower, resources))
                || !adjacent && opener is null
                || !(English.IsBaseVerb(verb.Lower, resources) || English.IrregularVerbs.ContainsKey(verb.Lower)) || !resources.Dictionary.ContainsExact(verb.Lower) || English.Modals.Contains(verb.Lower))
            {
                continue;
            }

            // "Helped plan and run the event", "Learned to design and build the": the first verb governs both.
            if (i > 2 && (w[i - 3].Lower is "to" || English.Modals.Contains(w[i - 3].Lower) || w[i - 3].Lower.StartsWith("help", StringComparison.Ordinal)))
            {
                continue;
            }

            if (RoleTense.PastOf(verb.Lower, resources) is { } past && past != verb.Lower)
            {
                issues.Add(new ProofIssue(verb.Start, verb.Length, Category, Id, $"\"{(adjacent ? w[i - 2] : opener!).Text}\" and this verb share a tense: use \"{past}\".", [past]));
            }
        }
    }

    // A base form with no noun or adjective reading ("recommend", "explain") is a verb before a singular word; one that
    // is also a noun ("hook", "assist") only before its particle ("hook up", "assist with"), since "and lead times",
    // "and price changes" are nouns. The dictionary does not mark every noun, so a plural after the verb is never read.
    private static bool IsSurelyVerb(string verb, string next, Spelling.LanguageResources resources)
    {
        if (next is "up" or "with" or "out" or "off")
        {
            return true;
        }

        var flags = resources.Dictionary.RootFlags(verb) ?? "";
        var nounOrAdjective = NounNumberRule.IsNoun(verb, resources) || flags.Contains('T', StringComparison.Ordinal) || flags.Contains('Y', StringComparison.Ordinal) || flags.Contains('P', StringComparison.Ordinal)
            || verb is "price" or "train" or "ship" or "cost" or "host" or "staff" or "fuel" or "field" or "plan" or "test" or "file" or "list" or "hook" or "pour" or "water" or "power" or "house" or "book";
        return !nounOrAdjective && next.Length > 1 && !next.EndsWith('s') && next is not ("and" or "or" or "but");
    }
}
