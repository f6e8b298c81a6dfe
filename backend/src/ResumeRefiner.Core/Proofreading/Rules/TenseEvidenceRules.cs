using System.Globalization;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// "Lead the rollout of Zoom Rooms in 2022": a bullet that dates its own work to a past year closes with "in 2022", so
/// its opening verb is in the past whatever the role. Only where nothing else in the bullet could carry the date (a
/// participle, "since", "until", a relative clause), so that "Manage the grant awarded in 2021" is left alone.
/// </summary>
internal sealed class DatedTenseRule : IProofRule
{
    private static readonly HashSet<string> Blockers = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "till", "from", "through", "that", "which", "who", "where", "when", "after", "before", "every", "each",
        "annually", "yearly", "planned", "scheduled", "upcoming", "next", "will", "by", "per", "daily", "weekly", "monthly", "quarterly",
        "usually", "often", "always", "still", "now", "currently",
    };

    // "Make 60 calls a day … in 2023": a rate makes the bullet a habit, and the year dates its result.
    private static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase) { "day", "week", "month", "year", "shift", "quarter", "night", "season" };

    public string Id => "GRAMMAR_TENSE_DATED";

    public string Category => ProofCategory.Grammar;

    public void Check(ProofDocument document, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var sentence in document.Sentences)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (sentence.StartsLine && sentence.Line.IsBullet && PastYearClosingClause(sentence.Tokens) is var year and >= 0)
            {
                Check(document, sentence, year, context, issues);
            }
        }
    }

    private void Check(ProofDocument document, Sentence sentence, int year, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var start = sentence.Line.ContentStart;
        if (RoleTense.OpeningPresentVerb(document.Text[start..sentence.End], context.Resources) is not { } opening)
        {
            return;
        }

        var verbStart = start + opening.Verb.Start;
        var resources = context.Resources;
        for (var k = 0; k < year - 1; k++)
        {
            var lower = t[k].Lower;
            // Another verb or a clause that could be what the year dates.
            if (t[k].Start > verbStart && t[k].IsWord
                && (Blockers.Contains(lower) || RoleTense.IsSimplePast(lower, resources) || English.IrregularVerbs.Values.Any(v => v.Participle == lower)
                    || lower is "a" or "an" or "each" && k + 1 < t.Count && Periods.Contains(t[k + 1].Lower)))
            {
                return;
            }
        }

        var verb = t.First(x => x.Start == verbStart);
        var past = Casing.Match(opening.Past, Casing.Of(verb.Text));
        issues.Add(new ProofIssue(verb.Start, verb.Length, Category, Id, $"The bullet dates this to {t[year].Text}: use the past tense \"{past}\".", [past]));
    }

    // The index of a year before this one after "in" or "during" that ends its clause ("… in 2022." or "…in 2022, saving …"), or -1.
    private static int PastYearClosingClause(List<Token> t)
    {
        for (var k = 1; k < t.Count; k++)
        {
            if (t[k].Kind == TokenKind.Number && t[k].Text.Length == 4 && t[k - 1].Lower is "in" or "during"
                && int.TryParse(t[k].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1950 && value < DateTime.UtcNow.Year
                && (k + 1 == t.Count || t[k + 1].Kind == TokenKind.Punctuation && t[k + 1].Text is "." or "," or ";"))
            {
                return k;
            }
        }

        return -1;
    }
}

/// <summary>
/// "Was took off mowing", "Was gave the award": a form of "be" wants the past participle ("taken", "given"); and in a
/// bullet of past verbs, "and done basic sound mixes" wants the simple past ("did").
/// </summary>
internal sealed class ParticipleRule : SentenceRule
{
    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "is", "are", "be", "been", "being", "am", "wasn't", "weren't", "isn't", "aren't" };

    // Simple pasts that are also nouns, adjectives or other verbs' bases ("was saw-toothed", "were rose gold", "was fell").
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "saw", "lay", "bit", "fell", "rose", "found", "became", "came", "went", "wound", "ground", "left", "sank", "was", "were" };

    // Irregular participles that differ from the simple past and cannot stand as a finite verb.
    private static readonly Dictionary<string, string> ParticipleToPast = English.IrregularVerbs.Values
        .Where(v => !v.Past.Equals(v.Participle, StringComparison.OrdinalIgnoreCase) && v.Participle is not ("shown" or "proven" or "gotten" or "lain" or "come" or "become" or "overcome" or "run" or "been" or "drunk"))
        .GroupBy(v => v.Participle, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Past, StringComparer.OrdinalIgnoreCase);

    public override string Id => "GRAMMAR_PARTICIPLE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        // "What it was took years": a free relative makes "took" the main verb.
        if (w.Any(x => x.Lower is "what" or "whatever" or "all"))
        {
            return;
        }

        for (var i = 0; i + 1 < w.Count; i++)
        {
            var past = w[i + 1];
            if (Be.Contains(w[i].Lower) && Casing.Of(past.Text) == WordCasing.Lower && English.PastToBase.TryGetValue(past.Lower, out var verb) && !Ambiguous.Contains(past.Lower))
            {
                var participle = English.IrregularVerbs[verb].Participle;
                issues.Add(Issue(past, $"After \"{w[i].Text}\", use the past participle \"{participle}\".", participle));
            }
        }

        // "Graded footage and done basic mixes": in a bullet that opens with a simple past and has no "have", a bare
        // participle after "and" with an object is the simple past.
        if (w.Count < 4 || Casing.Of(w[0].Text) != WordCasing.Title || !RoleTense.IsSimplePast(w[0].Lower, context.Resources)
            || w.Any(x => x.Lower is "have" or "has" or "had" or "having" or "was" or "were" or "been" or "being" or "is" or "are" or "get" or "got"))
        {
            return;
        }

        for (var i = 2; i + 1 < w.Count; i++)
        {
            if (w[i - 1].Lower == "and" && Casing.Of(w[i].Text) == WordCasing.Lower && ParticipleToPast.TryGetValue(w[i].Lower, out var simplePast)
                && w[i + 1].IsWord && w[i + 1].Lower is not ("by" or "to" or "in" or "on" or "at" or "and" or "or" or "for" or "with" or "from"))
            {
                issues.Add(Issue(w[i], $"Without \"have\", the past tense is \"{simplePast}\".", simplePast));
            }
        }
    }
}
