using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// "Our buyers and the planning team meets", "The surveys and the gas readings is logged", "The owner's son and I was":
/// a subject of two noun phrases joined by "and" takes a plural verb. Only where the sentence opens with the pair, the
/// second phrase has its own determiner (so that one-idea pairs such as "Health and safety is" or "Research and
/// development has" are left alone), no preposition makes one phrase part of the other ("The design of the kitchen and
/// the bar was"), and the verb is "is", "was", "has" or an "-s" verb before its object.
/// </summary>
internal sealed class CompoundSubjectAgreementRule : SentenceRule
{
    private static readonly HashSet<string> SecondDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "our", "my", "their", "his", "her", "its", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "i", "this", "that", "these", "those", "all",
    };

    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "for", "with", "from", "by", "to", "per", "about", "than", "as", "like", "along", "together",
        "including", "incl", "plus", "not", "or", "nor", "each", "every", "no", "neither", "either", "both", "who", "which", "that",
        "where", "when", "whose", "whom", "if", "because", "while", "after", "before", "since", "between", "among", "under",
    };

    public override string Id => "GRAMMAR_COMPOUND_SUBJECT_AGREEMENT";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var first = sentence.FirstWordIndex;
        if (first < 0 || !t[first].IsWord || Breaks.Contains(t[first].Lower) || t[first].Lower is "and" or "what" or "how" or "whether")
        {
            return;
        }

        // The first phrase: up to five words, no verb-like break, ending at "and".
        var and = -1;
        for (var k = first; k < t.Count && k <= first + 5; k++)
        {
            if (!t[k].IsWord && t[k].Kind != TokenKind.Number || Breaks.Contains(t[k].Lower) || IsVerbLike(t[k].Lower, context))
            {
                return;
            }

            if (t[k].Lower == "and")
            {
                and = k;
                break;
            }
        }

        if (and <= first || and + 1 >= t.Count || !SecondDeterminers.Contains(t[and + 1].Lower))
        {
            return;
        }

        var pronoun = t[and + 1].Lower == "i";
        for (var k = and + 2; k < t.Count && k <= and + 5; k++)
        {
            var word = t[k];
            if (!word.IsWord && word.Kind != TokenKind.Number || Breaks.Contains(word.Lower) || word.Lower == "and")
            {
                return;
            }

            var fix = word.Lower switch
            {
                "is" => "are",
                "was" => "were",
                "has" => "have",
                _ => null,
            };
            if (fix is null && !pronoun && k > and + 2 && k + 1 < t.Count && IsObjectOpener(t[k + 1].Lower) && English.BaseOfThirdPerson(word.Lower, context.Resources) is { } baseForm
                && Casing.Of(word.Text) == WordCasing.Lower)
            {
                fix = baseForm;
            }

            if (fix is not null)
            {
                issues.Add(Issue(word, "Two subjects joined by \"and\" take a plural verb: use \"" + fix + "\".", Casing.Match(fix, Casing.Of(word.Text))));
                return;
            }

            if (pronoun || IsVerbLike(word.Lower, context))
            {
                return;
            }
        }
    }

    private static bool IsObjectOpener(string lower) =>
        lower is "the" or "a" or "an" or "our" or "their" or "every" or "each" or "all" or "up" or "over" or "to" or "three" or "two" or "four" or "five" or "six" or "seven";

    // A verb form that shows the subject has ended: a past, a modal, "are", "were", "have".
    private static bool IsVerbLike(string lower, ProofContext context) =>
        lower is "are" or "were" or "have" or "had" or "be" or "been" or "do" or "did" || English.Modals.Contains(lower) || RoleTense.IsSimplePast(lower, context.Resources);
}
