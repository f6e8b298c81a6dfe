using ResumeRefiner.Core.Proofreading.Spelling;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// Number agreement inside a noun phrase: "many thing" → "things", "these problem" → "these
/// problems", "this things" → "these things". Nouns are recognised by the dictionary's plural
/// flag, and words that are also verbs are left alone ("this means", "many use").
/// </summary>
internal sealed class NounNumberRule : SentenceRule
{
    private static readonly HashSet<string> PluralQuantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "many", "several", "few", "various", "these", "those", "both", "numerous", "multiple", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
    };

    public override string Id => "GRAMMAR_NOUN_NUMBER";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var det = t[i];
            var noun = t[i + 1];
            if (!det.IsWord || !noun.IsWord || !noun.SpaceBefore || Casing.Of(noun.Text) != WordCasing.Lower)
            {
                continue;
            }

            var following = i + 2 < t.Count ? t[i + 2] : null;

            // "one of the problem", "a lot of thing", "one of the most important problem": a plural is needed.
            if (IsPluralOfPhrase(t, i))
            {
                var j = i + 1;
                while (j < t.Count - 1 && j - i <= 2 && t[j].IsWord && (t[j].Lower is "most" or "best" or "biggest" or "greatest" or "main" or "major" or "other" or "few" || IsAdjective(t[j].Lower, context.Resources)))
                {
                    j++;
                }

                var head = t[j];
                var after = j + 1 < t.Count ? t[j + 1] : null;
                if (head.IsWord && Casing.Of(head.Text) == WordCasing.Lower && PluralOf(head.Lower, context.Resources) is { } needed
                    && !(after is not null && after.IsWord && IsNoun(after.Lower, context.Resources)) && !(after is not null && after.Text is "-" or "%"))
                {
                    issues.Add(Issue(head, $"After \"{det.Text}\" here, use the plural \"{needed}\".", needed));
                    continue;
                }
            }

            // "few of", "these are": the quantifier stands alone; "two thousand" is a number.
            if (PluralQuantifiers.Contains(det.Lower) && !(i > 0 && t[i - 1].Lower is "a" or "the" or "one" or "every" or "each") && det.Lower != "few")
            {
                // "three academic", "several clinical": -ic and -al words here are adjectives.
                // "several hundred", "two dozen": a number word stays singular after a count.
                var plural = noun.Lower.EndsWith("ic", StringComparison.Ordinal) || noun.Lower.EndsWith("al", StringComparison.Ordinal)
                    || noun.Lower is "dozen" or "hundred" or "thousand" or "million" or "billion" or "score" ? null : PluralOf(noun.Lower, context.Resources);
                // A noun followed by another noun is a modifier: "two year contract", "many software engineers".
                if (plural is not null && !(following is not null && following.IsWord && (IsNoun(following.Lower, context.Resources) || IsPluralLike(following.Lower, context.Resources)))
                    && !(following is not null && following.Text is "-" or "%"))
                {
                    issues.Add(Issue(noun, $"After \"{det.Text}\", use the plural \"{plural}\".", plural));
                }
            }
            // "that" is too often a conjunction ("believe that students have") to judge.
            else if (det.Lower == "this" && !(i > 0 && t[i - 1].Lower is "like" or "as" or "than" or "so" or "is" or "was"))
            {
                var singular = SingularOf(noun.Lower, context.Resources);
                if (singular is not null && (following is null || !following.IsWord || !IsNoun(following.Lower, context.Resources)))
                {
                    const string fix = "these";
                    issues.Add(Issue(det, $"\"{noun.Text}\" is plural: use \"{fix}\".", Casing.Match(fix, Casing.Of(det.Text))));
                }
            }
        }
    }

    private static readonly HashSet<string> PluralOfHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "lot", "lots", "plenty", "kinds", "types", "sorts", "number", "variety", "couple", "dozens", "hundreds", "thousands", "millions",
    };

    private static readonly HashSet<string> PartitiveHeads = new(StringComparer.OrdinalIgnoreCase) { "one", "some", "many", "all", "most", "both", "few", "several" };

    /// <summary>Is t[i] the determiner ending "one of the", "many of my", "a lot of", "kinds of"?</summary>
    private static bool IsPluralOfPhrase(List<Token> t, int i)
    {
        var det = t[i].Lower;
        if (det == "of")
        {
            // "a lot of", "lots of", "kinds of", "a number of"; not "the number of" (singular sense is fine there too).
            return i > 0 && PluralOfHeads.Contains(t[i - 1].Lower) && !(t[i - 1].Lower == "number" && i > 1 && t[i - 2].Lower == "the")
                && !(t[i - 1].Lower is "lot" && !(i > 1 && t[i - 2].Lower == "a"));
        }

        return det is "the" or "my" or "our" or "their" or "his" or "her" or "your" or "these" or "those"
            && i > 1 && t[i - 1].Lower == "of" && PartitiveHeads.Contains(t[i - 2].Lower) && !(i > 2 && t[i - 3].Lower is "the" or "a");
    }

    /// <summary>A dictionary word that is neither a noun nor a verb: most likely an adjective.</summary>
    private static bool IsAdjective(string lower, LanguageResources resources)
    {
        var flags = resources.Dictionary.RootFlags(lower);
        return flags is not null && !flags.Contains('M', StringComparison.Ordinal) && !flags.Contains('G', StringComparison.Ordinal)
            && !flags.Contains('S', StringComparison.Ordinal) && !English.Determiners.Contains(lower) && lower.Length > 3;
    }

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "are", "is", "am", "was", "were", "be", "have", "has", "do", "does", "can", "will", "may", "might", "must", "should",
        "would", "could", "as", "so", "no", "like", "well", "more", "most", "less", "much", "all", "any", "other",
        "in", "on", "at", "up", "out", "off", "by", "to", "of", "for", "per", "via", "and", "or", "but", "if", "than",
    };

    // "two user surveys": the dictionary does not mark every noun, but a known word with an "-s" of a known stem after a
    // count makes the singular a modifier.
    private static bool IsPluralLike(string lower, Spelling.LanguageResources resources) =>
        lower.Length >= 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && resources.Dictionary.ContainsExact(lower)
        && resources.Dictionary.ContainsExact(lower.AsSpan(0, lower.Length - 1));

    /// <summary>A noun in singular or regular plural form, by the dictionary's possessive flag.</summary>
    internal static bool IsNoun(string lower, LanguageResources resources)
    {
        if (HasNounFlag(lower, resources))
        {
            return true;
        }

        return lower.EndsWith('s') && (HasNounFlag(lower[..^1], resources) || (lower.EndsWith("es", StringComparison.Ordinal) && HasNounFlag(lower[..^2], resources)));
    }

    private static bool HasNounFlag(string lower, LanguageResources resources)
    {
        var flags = resources.Dictionary.RootFlags(lower);
        return flags is not null && flags.Contains('M', StringComparison.Ordinal);
    }

    /// <summary>The plural of a countable noun that is not also a verb or adjective, or null.</summary>
    internal static string? PluralOf(string lower, LanguageResources resources)
    {
        // The dictionary lists these plurals as separate roots.
        if (lower is "kind" or "sort")
        {
            return lower + "s";
        }

        var flags = resources.Dictionary.RootFlags(lower);
        if (flags is null || !flags.Contains('S', StringComparison.Ordinal) || !flags.Contains('M', StringComparison.Ordinal)
            || flags.Contains('G', StringComparison.Ordinal) || flags.Contains('D', StringComparison.Ordinal) || lower.EndsWith('s') || resources.Frequency.Rank(lower) > 20000
            || flags.Contains('T', StringComparison.Ordinal) // takes "-est": an adjective first ("both new", not "both news")
            || NotNouns.Contains(lower))
        {
            return null;
        }

        foreach (var c in new[] { lower + "s", lower + "es", lower.EndsWith('y') ? lower[..^1] + "ies" : "" })
        {
            if (c.Length > 0 && resources.Dictionary.ContainsExact(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The singular of a regular plural noun that is not also a verb form, or null.</summary>
    internal static string? SingularOf(string lower, LanguageResources resources)
    {
        // "does", "means", "plans": a verb form as often as a plural; not evidence of a plural.
        if (!lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal) || lower.Length < 4 || English.BaseOfThirdPerson(lower, resources) is not null)
        {
            return null;
        }

        foreach (var c in new[] { lower[..^1], lower.EndsWith("es", StringComparison.Ordinal) ? lower[..^2] : "", lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" : "" })
        {
            if (c.Length > 1 && PluralOf(c, resources) == lower)
            {
                return c;
            }
        }

        return null;
    }
}

/// <summary>"a advices", "an informations": an indefinite article before a plural noun.</summary>
internal sealed class ArticleBeforePluralRule : SentenceRule
{
    public override string Id => "GRAMMAR_ARTICLE_PLURAL";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 2 < t.Count; i++)
        {
            // "M&A transactions", "Q&A sessions": a letter, not an article.
            if (t[i].Lower is "a" or "an" && (t[i].SpaceBefore || i == sentence.FirstWordIndex) && !(t[i].Text == "A" && i != sentence.FirstWordIndex) && t[i + 1].IsWord && Casing.Of(t[i + 1].Text) == WordCasing.Lower
                && NounNumberRule.SingularOf(t[i + 1].Lower, context.Resources) is { } singular
                && !(t[i + 2].IsWord && NounNumberRule.IsNoun(t[i + 2].Lower, context.Resources)))
            {
                issues.Add(Issue(t[i].Start, t[i + 1].End - t[i].Start, $"\"{t[i + 1].Text}\" is plural: drop \"{t[i].Text}\" or use \"{singular}\".", t[i + 1].Text));
            }
        }
    }
}

/// <summary>"However the", "In conclusion we": an introductory word or phrase wants a comma.
/// Only sentence adverbs and set phrases: after "So", "Thus" or "First", and after a short
/// adverb of time or degree ("Today we ship", "Currently we", "Also"), writers and editors
/// disagree, and flagging an accepted style is worse than missing the comma.</summary>
internal sealed class IntroductoryCommaRule : SentenceRule
{
    private static readonly string[][] Phrases =
    [
        ["however"], ["therefore"], ["moreover"], ["furthermore"], ["nowadays"], ["firstly"], ["secondly"], ["thirdly"], ["lastly"],
        ["additionally"], ["consequently"], ["finally"], ["besides"], ["personally"], ["unfortunately"], ["fortunately"], ["hence"],
        ["in", "addition"], ["for", "example"], ["for", "instance"], ["in", "conclusion"], ["in", "my", "opinion"], ["on", "the", "other", "hand"],
        ["as", "a", "result"], ["in", "fact"], ["of", "course"], ["in", "other", "words"], ["to", "sum", "up"], ["in", "summary"],
        ["in", "general"], ["to", "conclude"], ["in", "short"], ["in", "brief"], ["on", "the", "contrary"], ["in", "contrast"],
        ["as", "a", "consequence"], ["in", "the", "end"], ["to", "summarize"], ["all", "in", "all"], ["in", "my", "view"], ["anyway"], ["meanwhile"], ["actually"], ["also"], ["second"],
        ["similarly"], ["likewise"], ["indeed"],
    ];

    public override string Id => "PUNCTUATION_INTRODUCTORY_COMMA";

    public override string Category => ProofCategory.Punctuation;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var first = sentence.FirstWordIndex;
        if (first < 0)
        {
            return;
        }

        foreach (var phrase in Phrases)
        {
            var end = first + phrase.Length;
            if (end >= t.Count || !phrase.Select((p, k) => t[first + k].Lower == p).All(x => x))
            {
                continue;
            }

            // "However much", "Finally," already punctuated, "Besides the cost," is a preposition.
            var next = t[end];
            if (next.Kind == TokenKind.Punctuation || (phrase.Length == 1 && phrase[0] is "however" && next.Lower is "much" or "many" or "long" or "hard" or "good" or "small" or "big"))
            {
                return;
            }

            if (phrase[0] is "besides" or "finally" or "hence" or "actually" or "also" or "second" && next.IsWord && !(next.Lower is "i" or "we" or "they" or "he" or "she" or "it" or "the" or "there" or "this" or "people" or "you"))
            {
                return;
            }

            // The span runs to the next word so that it covers the gap where the comma goes.
            var last = t[end - 1];
            issues.Add(Issue(last.Start, next.Start - last.Start, $"Put a comma after the introductory \"{string.Join(' ', t[first..end].Select(x => x.Text))}\".", last.Text + ", "));
            return;
        }
    }
}
