using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>"less cars" → "fewer cars", "much people" → "many people": count words with plurals.</summary>
internal sealed class CountQuantifierRule : SentenceRule
{
    public override string Id => "GRAMMAR_FEWER_MANY";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var q = t[i].Lower;
            if (q is not ("less" or "much") || !t[i + 1].IsWord || Casing.Of(t[i + 1].Text) != WordCasing.Lower)
            {
                continue;
            }

            // "much less", "how much", "less than": not a quantifier before a noun.
            var noun = t[i + 1].Lower;
            var isPlural = noun == "people" || NounNumberRule.SingularOf(noun, context.Resources) is not null;
            var next = i + 2 < t.Count ? t[i + 2] : null;
            if (isPlural && !(next is not null && next.IsWord && NounNumberRule.IsNoun(next.Lower, context.Resources)) && !(i > 0 && t[i - 1].Lower is "very" or "so" or "too" or "how" or "much" or "no"))
            {
                var fix = q == "less" ? "fewer" : "many";
                issues.Add(Issue(t[i], $"\"{t[i + 1].Text}\" can be counted: use \"{fix}\".", Casing.Match(fix, Casing.Of(t[i].Text))));
            }
        }
    }
}

/// <summary>"each students", "every days": "each" and "every" take a singular noun.</summary>
internal sealed class EachEveryRule : SentenceRule
{
    public override string Id => "GRAMMAR_EACH_SINGULAR";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t[i].Lower is "each" or "every" && t[i + 1].IsWord && Casing.Of(t[i + 1].Text) == WordCasing.Lower
                && NounNumberRule.SingularOf(t[i + 1].Lower, context.Resources) is { } singular
                && !(i + 2 < t.Count && t[i + 2].IsWord && NounNumberRule.IsNoun(t[i + 2].Lower, context.Resources)))
            {
                issues.Add(Issue(t[i + 1], $"\"{t[i].Text}\" takes a singular noun: \"{singular}\".", singular));
            }
        }
    }
}

/// <summary>
/// "Every edit go through a QC pass", "Each interpreter on our staff of nine keep a log": a sentence whose subject opens
/// with "each" or "every" takes a singular verb, however long the phrase after it. Only a bare verb before its object or
/// particle is judged, and a relative clause, a pronoun or "and" ends the look.
/// </summary>
internal sealed class EachEverySubjectRule : SentenceRule
{
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "that", "which", "where", "when", "and", "or", "to", "we", "i", "you", "they", "he", "she", "it", "if", "whose",
    };

    public override string Id => "GRAMMAR_EACH_SUBJECT_AGREEMENT";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var first = sentence.FirstWordIndex;
        if (first < 0 || t[first].Lower is not ("each" or "every") || first + 2 >= t.Count)
        {
            return;
        }

        for (var k = first + 2; k + 1 < t.Count && k <= first + 9; k++)
        {
            var word = t[k];
            if (!word.IsWord && word.Kind != TokenKind.Number || Stops.Contains(word.Lower) || English.Modals.Contains(word.Lower))
            {
                return;
            }

            // A word after a determiner or an adjective is a noun ("on our staff", "with a new stroke").
            if (Casing.Of(word.Text) != WordCasing.Lower || !(English.IsBaseVerb(word.Lower, context.Resources) || word.Lower is "have" or "do" or "get" or "go")
                || t[k - 1].Lower is "a" or "an" or "the" or "our" or "my" or "their" or "his" or "her" or "its" or "new" or "same" or "first" or "last")
            {
                continue;
            }

            // The verb is the first bare verb before an object or particle ("get a", "go through", "keep a").
            if (t[k + 1].Lower is "a" or "an" or "the" or "through" or "up" or "their" or "its" or "his" or "her" or "every" or "all" or "at" or "out")
            {
                var fix = English.ThirdPerson(word.Lower, context.Resources);
                issues.Add(Issue(word, $"A subject with \"{t[first].Text}\" takes a singular verb: \"{fix}\".", fix));
            }

            return;
        }
    }
}

/// <summary>"everyday" is an adjective ("everyday tasks"); as an adverb it is "every day".</summary>
internal sealed class EverydayRule : SentenceRule
{
    public override string Id => "CONFUSABLE_EVERYDAY";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Lower != "everyday")
            {
                continue;
            }

            var next = i + 1 < t.Count ? t[i + 1] : null;
            var adjectiveUse = next is not null && next.IsWord && NounNumberRule.IsNoun(next.Lower, context.Resources) && next.Lower is not ("people" or "millions" or "thousands" or "hundreds");
            if (!adjectiveUse && !(i > 0 && t[i - 1].Lower is "an" or "the" or "our" or "my" or "their" or "your" or "his" or "her"))
            {
                issues.Add(Issue(t[i], "As an adverb this is two words: \"every day\".", Casing.Match("every day", Casing.Of(t[i].Text))));
            }
        }
    }
}

/// <summary>"non biological" → "non-biological": the prefix is joined with a hyphen.</summary>
internal sealed class NonPrefixRule : SentenceRule
{
    public override string Id => "TYPOGRAPHY_NON_PREFIX";

    public override string Category => ProofCategory.Typography;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (t[i].Lower == "non" && t[i + 1].IsWord && t[i + 1].SpaceBefore && Casing.Of(t[i + 1].Text) == WordCasing.Lower && context.Resources.Dictionary.ContainsExact(t[i + 1].Lower))
            {
                issues.Add(Issue(t[i].Start, t[i + 1].End - t[i].Start, "Join \"non\" to its word with a hyphen.", t[i].Text + "-" + t[i + 1].Text));
            }
        }
    }
}

/// <summary>"try to drinking", "want to went": after an infinitive "to" comes the base form.</summary>
internal sealed class InfinitiveRule : SentenceRule
{
    private static readonly HashSet<string> TakesInfinitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "want", "wants", "wanted", "need", "needs", "needed", "try", "tries", "tried", "trying", "going", "able", "decide", "decided",
        "start", "started", "begin", "began", "hope", "hoped", "plan", "planned", "learn", "learned", "seem", "seems", "seemed",
        "tend", "tends", "ought", "allowed", "forced", "supposed", "likely", "unable", "refuse", "refused", "afford", "manage",
        "managed", "continue", "continued", "would like", "chose", "choose", "attempt", "attempted", "expect", "expected", "wish",
    };

    public override string Id => "GRAMMAR_INFINITIVE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 1; i + 1 < w.Count; i++)
        {
            if (w[i].Lower != "to" || !TakesInfinitive.Contains(w[i - 1].Lower))
            {
                continue;
            }

            var v = w[i + 1].Lower;
            string? fix = null;
            if (v.EndsWith("ing", StringComparison.Ordinal) && v.Length > 5)
            {
                var stem = v[..^3];
                foreach (var c in new[] { stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : "" })
                {
                    if (c.Length > 1 && English.IsBaseVerb(c, context.Resources))
                    {
                        fix = c;
                        break;
                    }
                }
            }
            else if (English.PastToBase.TryGetValue(v, out var baseForm) && v is not ("saw" or "found" or "lay"))
            {
                fix = baseForm;
            }

            if (fix is not null)
            {
                issues.Add(Issue(w[i + 1], $"After \"{w[i - 1].Text} to\", use the base form \"{fix}\".", fix));
            }
        }
    }
}

/// <summary>"the methane which is derived": a non-restrictive "which" clause takes a comma.</summary>
internal sealed class CommaBeforeWhichRule : SentenceRule
{
    public override string Id => "PUNCTUATION_COMMA_WHICH";

    public override string Category => ProofCategory.Punctuation;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count; i++)
        {
            var prev = t[i - 1];
            if (t[i].Lower == "which" && prev.IsWord && t[i].SpaceBefore && i + 1 < t.Count && t[i + 1].Lower is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "can" or "could" or "will" or "would" or "may" or "might" or "makes" or "made" or "means" or "gives" or "includes" or "contains" or "allows" or "helps" or "leads" or "causes" or "became" or "becomes"
                && NounNumberRule.IsNoun(prev.Lower, context.Resources) && prev.Lower is not ("that" or "those" or "one" or "ones" or "in" or "of")
                && IsDefiniteObject(t, i - 1))
            {
                issues.Add(Issue(prev.End, t[i].Start - prev.End, "Put a comma before a \"which\" clause that adds information.", ", "));
            }
        }
    }

    // Only "... the methane which is": after "the" or a possessive the thing is already identified, so the clause adds
    // information. "a system which is web based", "API server which is" and a subject's "The cluster which has 9 nodes
    // processed" are restrictive or need a pair of commas: no single comma to offer.
    private static bool IsDefiniteObject(List<Token> t, int noun)
    {
        for (var j = noun - 1; j >= 0 && j >= noun - 4; j--)
        {
            if (!t[j].IsWord)
            {
                return false;
            }

            if (t[j].Lower is "the" or "this" or "our" or "their" or "his" or "her" or "its" or "my" or "your")
            {
                return j > 0;
            }

            if (t[j].Lower is "a" or "an")
            {
                return false;
            }
        }

        return false;
    }
}

/// <summary>"are use more", "is make the": a form of "be" before a bare verb and its object.</summary>
internal sealed class BeBaseVerbRule : SentenceRule
{
    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "more", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "it", "them",
        "him", "me", "us", "some", "many", "much", "lots",
    };

    public override string Id => "GRAMMAR_BE_BASE_VERB";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 2 < w.Count; i++)
        {
            var v = w[i + 1].Lower;
            if (w[i].Lower is not ("am" or "is" or "are" or "was" or "were") || !ObjectStarts.Contains(w[i + 2].Lower)
                || !English.IsBaseVerb(v, context.Resources) || v.EndsWith("ed", StringComparison.Ordinal) || English.IrregularVerbs.Values.Any(p => p.Participle == v)
                || v is "like" or "worth" or "due" or "near" or "open" or "free" or "clean" or "clear" or "better" or "able" or "about")
            {
                continue;
            }

            var ing = v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing" : v + "ing";
            if (!context.Resources.Dictionary.ContainsExact(ing))
            {
                ing = v + v[^1] + "ing";
            }

            if (context.Resources.Dictionary.ContainsExact(ing))
            {
                issues.Add(Issue(w[i + 1], $"After \"{w[i].Text}\", use \"{ing}\" (or drop \"{w[i].Text}\").", ing));
            }
        }
    }
}

/// <summary>"people who lives", "things that makes": the verb of a relative clause agrees with the plural it describes.</summary>
internal sealed class RelativeClauseAgreementRule : SentenceRule
{
    private static readonly HashSet<string> PluralWords = new(StringComparer.OrdinalIgnoreCase) { "people", "children", "men", "women", "those", "ourselves", "themselves", "others", "many" };

    public override string Id => "GRAMMAR_RELATIVE_AGREEMENT";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i + 1 < t.Count; i++)
        {
            if (t[i].Lower is not ("who" or "that") || !t[i - 1].IsWord || !t[i + 1].IsWord)
            {
                continue;
            }

            var antecedent = t[i - 1].Lower;
            var plural = PluralWords.Contains(antecedent) || (Casing.Of(t[i - 1].Text) == WordCasing.Lower && NounNumberRule.SingularOf(antecedent, context.Resources) is not null);
            var verb = t[i + 1].Lower;
            if (plural && English.BaseOfThirdPerson(verb, context.Resources) is { } baseForm && NounNumberRule.IsNoun(verb, context.Resources) == false | verb is "is" or "has" or "does" or "was")
            {
                var fix = verb switch { "is" => "are", "has" => "have", "does" => "do", "was" => "were", _ => baseForm };
                issues.Add(Issue(t[i + 1], $"\"{t[i - 1].Text}\" is plural: use \"{fix}\".", fix));
            }
        }
    }
}

/// <summary>"must to go", "let them to decide": no "to" after a modal or after let/make + object.</summary>
internal sealed class NeedlessToRule : SentenceRule
{
    private static readonly HashSet<string> Objects = new(StringComparer.OrdinalIgnoreCase) { "me", "you", "him", "her", "it", "us", "them", "people", "everyone" };

    public override string Id => "GRAMMAR_NEEDLESS_TO";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 1; i + 1 < w.Count; i++)
        {
            if (w[i].Lower != "to" || !English.IsBaseVerb(w[i + 1].Lower, context.Resources))
            {
                continue;
            }

            var afterModal = English.Modals.Contains(w[i - 1].Lower) && w[i - 1].Lower != "ought" && !(i > 1 && English.Determiners.Contains(w[i - 2].Lower));
            var afterLetMake = i > 1 && Objects.Contains(w[i - 1].Lower) && w[i - 2].Lower is "let" or "lets" or "make" or "makes" or "made" or "making";
            if (afterModal || afterLetMake)
            {
                var start = w[i - 1].End;
                issues.Add(Issue(start, w[i].End - start, $"Drop \"to\" after \"{w[i - 1].Text}\".", ""));
            }
        }
    }
}

/// <summary>"a advice", "an information", "a useful research": these nouns take no indefinite article.</summary>
internal sealed class ArticleBeforeUncountableRule : SentenceRule
{
    private static readonly HashSet<string> Uncountable = new(StringComparer.OrdinalIgnoreCase)
    {
        "information", "advice", "furniture", "equipment", "homework", "evidence", "luggage", "baggage", "traffic", "music",
        "news", "weather", "scenery", "vocabulary", "machinery", "feedback", "knowledge", "garbage", "pollution",
    };

    public override string Id => "GRAMMAR_ARTICLE_UNCOUNTABLE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (w[i].Lower is not ("a" or "an"))
            {
                continue;
            }

            // One adjective may stand between: "a broad knowledge".
            var j = i + 1;
            if (j + 1 < w.Count && !Uncountable.Contains(w[j].Lower) && !NounNumberRule.IsNoun(w[j].Lower, context.Resources))
            {
                j++;
            }

            // "a knowledge of", "a music festival", "a news reporter" (an agent noun the dictionary derives with "-er"): a
            // qualified or modifying use is fine.
            var next = j + 1 < w.Count ? w[j + 1].Lower : "";
            if (Uncountable.Contains(w[j].Lower) && next is not ("of" or "that") && !(j + 1 < w.Count && (NounNumberRule.IsNoun(next, context.Resources) || IsAgentNoun(next, context))))
            {
                issues.Add(Issue(w[i], $"\"{w[j].Text}\" takes no \"{w[i].Text}\".", ""));
            }
        }
    }

    private static bool IsAgentNoun(string lower, ProofContext context) =>
        lower.Length > 4 && (lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("or", StringComparison.Ordinal)) && context.Resources.Dictionary.ContainsExact(lower);
}

/// <summary>"joined dozen of tables", "hundred of users": without a number before it, the word is plural ("dozens of").</summary>
internal sealed class NumberWordPluralRule : SentenceRule
{
    private static readonly HashSet<string> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "some", "about", "nearly", "over",
    };

    public override string Id => "GRAMMAR_NUMBER_WORD_PLURAL";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            // "a dozen of them", "half a dozen of", "two hundred of", "several dozen", "the dozen of": a count, fine.
            if (t[i].Lower is "dozen" or "hundred" or "thousand" or "million" or "billion" && t[i + 1].Lower == "of" && Casing.Of(t[i].Text) == WordCasing.Lower
                && !(i > 0 && (t[i - 1].Kind == TokenKind.Number || t[i - 1].Lower is "a" or "an" or "one" or "the" or "half" or "every" or "each" or "per" or "few" or "several" or "many" or "couple" or "this" or "that" or "first" or "last" or "next"
                    || Cardinals.Contains(t[i - 1].Lower))))
            {
                var fix = t[i].Lower + "s";
                issues.Add(Issue(t[i], $"Without a number before it, write \"{fix} of\".", fix));
            }
        }
    }
}

/// <summary>"with out losing", "through out the year", "there fore": a one-word adverb or preposition split in two.</summary>
internal sealed class SplitWordRule : SentenceRule
{
    public override string Id => "SPELLING_SPLIT_WORD";

    public override string Category => ProofCategory.Spelling;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            var pair = (w[i].Lower, w[i + 1].Lower);
            var next = i + 2 < w.Count ? w[i + 2] : null;
            var joined = pair switch
            {
                // "with out" only before what "without" takes: a gerund, a determiner, a noun ("with out losing").
                ("with", "out") when next is not null && (next.Lower.EndsWith("ing", StringComparison.Ordinal) || English.Determiners.Contains(next.Lower)) => "without",
                ("through", "out") when next is not null && English.Determiners.Contains(next.Lower) => "throughout",
                ("there", "fore") => "therefore",
                _ => null,
            };
            if (joined is not null && w[i + 1].SpaceBefore && w[i + 1].Start == w[i].End + 1)
            {
                issues.Add(Issue(w[i].Start, w[i + 1].End - w[i].Start, $"Write this as one word: \"{joined}\".", Casing.Match(joined, Casing.Of(w[i].Text))));
            }
        }
    }
}

/// <summary>
/// A singular countable noun in a set frame without its article: "on daily basis" → "on a daily basis", "in timely
/// manner", "as result of", "at same time", "for first time", "with goal of", "one of best"; and an article before a
/// possessive ("the our team").
/// </summary>
internal sealed class MissingArticleRule : SentenceRule
{
    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "my", "our", "their", "your", "his", "its" };

    public override string Id => "GRAMMAR_ARTICLE_FRAME";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            var word = w[i].Lower;
            var next = w[i + 1];
            var after = i + 2 < w.Count ? w[i + 2].Lower : "";
            var third = i + 3 < w.Count ? w[i + 3].Lower : "";
            switch (word)
            {
                // "on daily basis", "on case-by-case basis", "in timely manner", "in professional manner"
                case "on" or "in" when IsModifier(next, context) && (after == (word == "on" ? "basis" : "manner") || IsModifier(w[Math.Min(i + 2, w.Count - 1)], context) && third == (word == "on" ? "basis" : "manner")):
                    Insert(next, ArticleFor(next.Text), issues);
                    break;
                case "as" when next.Lower == "result" && (after is "of" or "" || w[i + 1].End < sentence.End && sentence.Tokens.Any(t => t.Start == w[i + 1].End && t.Text == ",")):
                case "with" when next.Lower is "goal" or "aim" or "purpose" or "intent" or "intention" or "objective" && after == "of":
                case "at" when next.Lower == "same" && after == "time":
                case "for" when next.Lower is "first" or "second" or "third" or "last" && after == "time":
                    Insert(next, word == "as" ? "a" : "the", issues);
                    break;
                // "Managed team of four editors": a bullet's opening verb before "team of" needs "a".
                case not ("a" or "an" or "the") when i == 0 && next.Lower is "team" or "crew" && after == "of"
                    && (RoleTense.IsSimplePast(word, context.Resources) || word is "led" or "built" or "ran" or "grew" || English.IsBaseVerb(word, context.Resources) && !NounNumberRule.IsNoun(word, context.Resources)):
                    Insert(next, "a", issues);
                    break;
                case "of" when i > 0 && w[i - 1].Lower == "one" && next.Lower is "best" or "most" or "biggest" or "largest" or "top":
                    Insert(next, "the", issues);
                    break;
                case "a" or "an" or "the" when Possessives.Contains(next.Lower) && next.SpaceBefore && (i == 0 || w[i].Text == word):
                    issues.Add(Issue(w[i].Start, next.Start - w[i].Start, $"Use one determiner: drop \"{w[i].Text}\" before \"{next.Text}\".", ""));
                    break;
            }
        }
    }

    // An adjective or noun modifier that can stand between the preposition and "basis"/"manner".
    private static bool IsModifier(Token token, ProofContext context) =>
        token.IsWord && Casing.Of(token.Text) == WordCasing.Lower && !English.Determiners.Contains(token.Lower) && token.Lower is not ("basis" or "manner" or "the" or "a" or "an")
        && (context.Resources.Dictionary.Check(token.Lower) || token.Lower.Contains('-', StringComparison.Ordinal));

    private static string ArticleFor(string word) => ArticleRule.StartsWithVowelSound(word) == true ? "an" : "a";

    private void Insert(Token before, string article, List<ProofIssue> issues) =>
        issues.Add(Issue(before, $"Add \"{article}\" here: \"{article} {before.Text}\".", $"{article} {before.Text}"));
}
