using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// A family of confusable words judged in context. Each check looks at the words around the
/// suspect and only reports when the context leaves no doubt; a missed slip costs less than a
/// correct sentence marked wrong.
/// </summary>
internal abstract class ConfusableRule : SentenceRule
{
    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        // A word followed by punctuation ends its phrase: "they, too, receive" has nothing after "too".
        var endsPhrase = new HashSet<Token>();
        for (var k = 0; k + 1 < sentence.Tokens.Count; k++)
        {
            if (sentence.Tokens[k + 1].Kind == TokenKind.Punctuation)
            {
                endsPhrase.Add(sentence.Tokens[k]);
            }
        }

        for (var i = 0; i < w.Count; i++)
        {
            var prev = i > 0 ? w[i - 1].Lower : "";
            var next = i + 1 < w.Count && !endsPhrase.Contains(w[i]) ? w[i + 1].Lower : "";
            var next2 = next.Length > 0 && i + 2 < w.Count && !endsPhrase.Contains(w[i + 1]) ? w[i + 2].Lower : "";
            var fix = Judge(w[i].Lower, prev, next, next2, context);
            if (fix is not null)
            {
                issues.Add(Issue(w[i], Message(w[i].Text, fix), Casing.Match(fix, Casing.Of(w[i].Text))));
            }
        }
    }

    protected virtual string Message(string found, string fix) => $"Did you mean \"{fix}\" rather than \"{found}\"?";

    protected abstract string? Judge(string word, string prev, string next, string next2, ProofContext context);

    protected static bool IsAdjectiveOrAdverbComparative(string word) =>
        word.EndsWith("er", StringComparison.Ordinal) && word.Length > 4 || word is "more" or "less" or "better" or "worse" or "rather" or "other" or "fewer";
}

internal sealed class ThenThanRule : ConfusableRule
{
    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "less", "better", "worse", "rather", "other", "fewer", "greater", "larger", "smaller", "higher", "lower", "bigger",
        "faster", "slower", "easier", "harder", "older", "younger", "longer", "shorter", "cheaper", "stronger", "weaker", "earlier",
        "later", "happier", "healthier", "richer", "poorer", "safer", "wider", "deeper", "closer", "further", "farther", "different",
        "superior", "inferior", "prefer", "bigger", "simpler", "quicker", "cleaner", "newer", "lesser", "heavier", "lighter",
    };

    public override string Id => "CONFUSABLE_THEN_THAN";

    // What "than" compares a thing with, after a comparison earlier in the clause: "more often wrong then right",
    // "more associates from my departments then from any other".
    private static readonly HashSet<string> ComparedWith = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "in", "at", "on", "for", "with", "during", "any", "ever", "before", "expected", "planned", "required", "needed",
        "usual", "anticipated", "average", "budgeted", "projected", "targeted", "last", "previous", "prior", "right", "wrong",
    };

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var before = issues.Count;
        base.Check(sentence, context, issues);
        var flagged = issues.Skip(before).Select(i => i.Offset).ToHashSet();
        var t = sentence.Tokens;
        for (var i = 2; i + 1 < t.Count; i++)
        {
            if (t[i].Lower == "then" && !flagged.Contains(t[i].Start) && t[i - 1].Lower is not ("and" or "but" or "since" or "until" or "or") && t[i + 1].IsWord && ComparedWith.Contains(t[i + 1].Lower) && ComparisonEarlierInClause(t, i, context))
            {
                issues.Add(Issue(t[i], "A comparison takes \"than\", not \"then\".", Casing.Match("than", Casing.Of(t[i].Text))));
            }
        }

        // "Planned the trip than wrote the lesson": "than" before a verb in the past, with nothing compared
        // before it, is the "then" of a sequence. "More than doubled", "faster than planned" compare.
        var w = Words(sentence);
        for (var i = 1; i + 1 < w.Count; i++)
        {
            if (w[i].Lower != "than" || w.Take(i).Any(x => IsComparison(x.Lower, context)))
            {
                continue;
            }

            var next = w[i + 1].Lower;
            var after = i + 2 < w.Count ? w[i + 2].Lower : "";

            // "Ensured than all charts were signed": after a verb in the past, "than" with nothing compared is "that".
            if (RoleTense.IsSimplePast(w[i - 1].Lower, context.Resources) && next is "the" or "a" or "an" or "our" or "their" or "all" or "each" or "every" or "we" or "they" or "it" or "he" or "she" or "i" or "this" or "these" or "those" or "my" or "his" or "her")
            {
                issues.Add(Issue(w[i], "After this verb the conjunction is \"that\", not \"than\".", Casing.Match("that", Casing.Of(w[i].Text))));
                continue;
            }

            if (English.PastToBase.ContainsKey(next) && next is not ("lay" or "saw" or "found" or "bit")
                || next.EndsWith("ed", StringComparison.Ordinal) && next.Length > 4 && (English.Determiners.Contains(after) || after is "them" or "it" or "him" or "her" or "us"))
            {
                issues.Add(Issue(w[i], "A sequence of actions takes \"then\", not \"than\".", Casing.Match("then", Casing.Of(w[i].Text))));
            }
        }
    }

    // "more", "fewer", a comparative within the eight words before, with no punctuation between.
    private static bool ComparisonEarlierInClause(List<Token> t, int then, ProofContext context)
    {
        for (var j = then - 1; j >= 0 && j >= then - 8; j--)
        {
            if (t[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (t[j].Lower is "more" or "less" or "fewer" or "rather" or "better" or "worse" || (j < then - 1 && IsComparison(t[j].Lower, context) && t[j].Lower is not ("other" or "later" or "earlier" or "different" or "prefer")))
            {
                return true;
            }
        }

        return false;
    }

    // A comparative ("more", "faster", "easier": the stem takes "-est") or a word that compares ("different", "rather").
    private static bool IsComparison(string word, ProofContext context)
    {
        if (Comparatives.Contains(word) || word is "prefer" or "prefers" or "preferred" or "else" or "otherwise" or "rather")
        {
            return true;
        }

        if (!word.EndsWith("er", StringComparison.Ordinal) || word.Length < 4)
        {
            return false;
        }

        var dictionary = context.Resources.Dictionary;
        foreach (var stem in new[] { word[..^2], word[..^1], word.EndsWith("ier", StringComparison.Ordinal) ? word[..^3] + "y" : "", word.Length > 4 && word[^3] == word[^4] ? word[..^3] : "" })
        {
            if (stem.Length > 1 && dictionary.RootFlags(stem)?.Contains('T', StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        if (word == "then" && Comparatives.Contains(prev) && prev != "later")
        {
            return "than";
        }

        // "and than", "than he left": a sequence, not a comparison.
        return word == "than" && prev is "and" or "since" or "until" or "just" or "back" or "only" or "even" or "by" or "now" or "but" ? "then" : null;
    }
}

internal sealed class TheirThereRule : ConfusableRule
{
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "will", "has", "have", "had", "isn't", "aren't", "wasn't", "weren't", "might", "may", "must", "should", "would", "could", "seems", "seem" };

    public override string Id => "CONFUSABLE_THEIR_THERE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        switch (word)
        {
            // "their is" / "their are" → there
            case "their" when next is "is" or "are" or "was" or "were" or "isn't" or "aren't" or "wasn't" or "weren't":
                return "there";
            // "there own", "there car": a possessive before a noun
            case "there" when next is "own" or "parents" or "children" or "families" or "family" or "friends" or "lives" or "life" or "homes" or "house" or "job" or "jobs" or "work" or "business" or "money" or "health" or "opinion" or "opinions" or "kids" or "country" or "culture" or "ideas" or "best" or "future" or "time" or "way" or "home" or "cars" or "car" or "teachers" or "students" or "mother" or "father" or "team" or "customers":
                return prev is "over" or "in" or "from" or "out" or "up" or "down" or "here" or "and" or "is" or "are" or "was" or "were" || next is "is" or "are" ? null : "their";
            // "about there new medications", "with there families": after a preposition, before a noun phrase, the possessive.
            case "there" when prev is "about" or "of" or "with" or "for" or "on" or "into" or "by" or "through" or "among" or "regarding" or "including" or "toward" or "towards" or "across" or "against" or "despite" or "at"
                && IsNounPhraseStart(next, next2, context):
                return "their";
            // "change in there appetite", "sign off there assessments", "make sure there actions are": before a word that
            // can only be a noun, where "there" cannot be the adverb of place ("in there" before a noun-only word).
            case "there" when prev is "in" or "off" or "sure" or "from" or "to" or "under" or "after" or "before" or "within" or "without" or "during" or "over"
                && IsNounOnly(next, context) && !(prev is "over" or "in" or "from" or "to" && TimeNouns.Contains(next)):
                return "their";
            // "and there budget hearings", "and there effect on": a word with no "-s" verb reading after "and there"
            // is a noun (the adverb is followed by a verb: "and there was"), unless it opens a time phrase.
            case "there" when prev == "and" && next.Length >= 4 && !next.EndsWith('s') && !TimeNouns.Contains(next) && NounNumberRule.IsNoun(next, context.Resources)
                && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal) && next is not ("being" or "again" or "also" or "too" or "once")
                && !BeForms.Contains(next2) && (NounNumberRule.IsNoun(next2, context.Resources) || next2 is "on" or "of" or "in" or "for" or "with" or ""):
                return "their";
            // "make sure there actions are closed", "and there logs are signed": "there" + plural noun + "are" reads as the
            // possessive; people nouns are left alone ("and there students are taught" may be the adverb without its comma).
            case "there" when prev is "sure" or "and" && next.Length >= 4 && next.EndsWith('s') && NounNumberRule.IsNoun(next, context.Resources)
                && next2 is "are" or "were" && !TimeNouns.Contains(next) && next is not ("people" or "students" or "children" or "parents" or "teachers" or "workers" or "employees" or "families" or "others"):
                return "their";
            // "Replaced the pumps and there seals": after "and", before a plural noun with no verb reading.
            case "there" when prev == "and" && next.EndsWith('s') && IsNounPhraseStart(next, next2, context) && !BeForms.Contains(next2):
                return "their";
            case "they're" when next is "own" || (BeForms.Contains(next) && next != "seems"):
                return next == "own" ? "their" : "there";
            case "theyre":
                return "they're";
            default:
                return null;
        }
    }

    // Nouns of time that follow the adverb of place: "worked there years", "lived over there months".
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "hours", "times", "decades", "summers", "winters", "weekends", "nights", "year", "month", "week",
        "day", "today", "tonight", "tomorrow", "yesterday", "daily", "weekly", "monthly", "yearly",
    };

    // A word that can only be a noun: no verb, "-s" verb, participle, adverb or short function word reading.
    private static bool IsNounOnly(string word, ProofContext context) =>
        word.Length >= 4 && NounNumberRule.IsNoun(word, context.Resources) && !English.IsBaseVerb(word, context.Resources) && English.BaseOfThirdPerson(word, context.Resources) is null
        && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
        && !BeForms.Contains(word);

    // A noun or adjective that cannot be the verb or particle of "there is", "there to be", "there being", "there and".
    private static bool IsNounPhraseStart(string next, string next2, ProofContext context)
    {
        if (next.Length < 3 || BeForms.Contains(next) || next is "being" or "to" or "and" or "or" or "but" or "that" or "which" or "since" or "until" or "again" or "too" or "now" or "yet" or "also" or "first" or "last" or "ever" or "later" or "early" or "before")
        {
            return false;
        }

        var flags = context.Resources.Dictionary.RootFlags(next) ?? "";
        var isNoun = NounNumberRule.IsNoun(next, context.Resources) && !English.IsBaseVerb(next, context.Resources) && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal);
        var isAdjective = flags.Contains('T', StringComparison.Ordinal) || flags.Contains('Y', StringComparison.Ordinal) || flags.Contains('P', StringComparison.Ordinal);
        return isNoun || isAdjective && NounNumberRule.IsNoun(next2, context.Resources);
    }
}

internal sealed class ItsItsRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_ITS_IT_S";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        var w = word.Replace('’', '\'');
        // "it's own", "it's best" → its; "its a", "its not" → it's
        if (w == "it's" && next is "own" or "way" or "users" or "members" or "employees" or "customers" or "products" or "kind" or "size" or "value" or "purpose")
        {
            return next == "way" && prev is "" ? null : "its";
        }

        // After a preposition only a noun phrase can follow, never "it is": "in it's first season", "past it's limit".
        if (w == "it's" && prev is "in" or "of" or "for" or "on" or "at" or "with" or "from" or "by" or "into" or "past" or "within" or "across" or "throughout" or "during"
            && next.Length > 0 && char.IsAsciiLetter(next[0]) && next is not ("not" or "a" or "an" or "the" or "been" or "going" or "all" or "about"))
        {
            return "its";
        }

        // "so it's queue was visible": "it is" cannot take a single noun and then a finite verb; the noun is the subject.
        if (w == "it's" && next2 is "is" or "was" or "are" or "were" or "has" or "have" && next.Length >= 3 && next.All(char.IsAsciiLetter)
            && !next.EndsWith("ly", StringComparison.Ordinal) && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && next is not ("not" or "worth" or "what" or "who" or "why" or "how" or "that" or "this" or "all" or "also" or "now" or "then" or "still" or "here" or "there"))
        {
            return "its";
        }

        return w == "its" && next is "a" or "an" or "not" or "been" or "going" or "very" or "too" or "so" or "the" or "important" or "true" or "difficult" or "easy" or "hard" or "better" or "possible" or "time" or "just" or "also" or "really" or "because" or "no"
            ? "it's"
            : null;
    }
}

internal sealed class YourYoureRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_YOUR_YOU_RE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        var w = word.Replace('’', '\'');
        if (w == "your" && next is "welcome" or "a" or "an" or "not" or "going" or "the" or "very" or "so" or "too" or "right" or "wrong" or "able" or "sure" or "being" or "doing" or "looking" or "getting")
        {
            return "you're";
        }

        return w == "you're" && next is "own" or "family" or "friends" or "life" or "job" or "team" or "name" or "car" or "house" or "work" or "parents" or "children" ? "your" : null;
    }
}

internal sealed class ToTooRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_TO_TOO";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            // "too improve", "too the clinic": "too" before a verb that is not also an adjective, or before a determiner.
            "too" when English.Determiners.Contains(next) && next is not ("much" or "many" or "few") || IsVerbOnly(next, context) => "to",
            // "was to slow.", "felt to tired for": after be and before an adjective that ends the clause.
            "to" when prev is "is" or "was" or "are" or "were" or "be" or "been" or "seemed" or "felt" or "became" && IsAdjective(next, context) && next2 is "" or "for" or "to" or "and" or "but" => "too",
            // "to much", "to many", "to late" before the end or a preposition.
            "to" when next == "much" && next2 is "" or "for" or "and" or "but" or "to" => "too",
            "to" when next is "late" or "early" or "expensive" or "difficult" or "hard" or "long" or "busy" or "young" or "old" or "big" or "small" && (next2 is "" or "to" or "for" or "and" or "but") && prev is not ("due" or "close" or "next" or "up" or "back" or "from") => "too",
            _ => null,
        };

    // A base verb with no adjective reading: "improve", "support" (not "close", "slow", "open", which take "-est").
    private static bool IsVerbOnly(string word, ProofContext context)
    {
        var flags = context.Resources.Dictionary.RootFlags(word);
        return flags is not null && English.IsBaseVerb(word, context.Resources) && !flags.Contains('T', StringComparison.Ordinal) && !flags.Contains('Y', StringComparison.Ordinal)
            && !flags.Contains('P', StringComparison.Ordinal) && word is not ("bad" or "well" or "much" or "late" or "early" or "busy" or "far");
    }

    // An adjective by its "-est" or "-ly" flag that is not also a verb ("slow" is both: "to slow the spread").
    private static bool IsAdjective(string word, ProofContext context)
    {
        var flags = context.Resources.Dictionary.RootFlags(word) ?? "";
        return (flags.Contains('T', StringComparison.Ordinal) || flags.Contains('Y', StringComparison.Ordinal)) && !flags.Contains('G', StringComparison.Ordinal);
    }
}

internal sealed class AffectEffectRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_AFFECT_EFFECT";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            // A noun after a determiner or adjective: "an affect on", "positive affect on" (psychology aside).
            "affect" or "affects" when (English.Determiners.Contains(prev) || prev is "positive" or "negative" or "significant" or "great" or "big" or "major" or "side" or "adverse" or "direct" or "huge") && next is "on" or "of" or "" or "." => word == "affect" ? "effect" : "effects",
            // After a plural subject ("The recommendations effect what listeners hear") the verb is "affect".
            "effect" when (prev is "they" or "we" or "you" || IsPluralNoun(prev, context)) && next is "what" or "how" or "whether" or "which" or "who" or "our" or "their" or "my" or "your" or "his" or "her" or "them" or "us" => "affect",
            // After "which"/"that" and before a possessive or a question word only the verb makes sense: "which effects our
            // score", "effected how we logged" ("effected the change" is right: it means "brought about").
            "effect" or "effects" or "effected" when (prev is "which" or "that" || word == "effected") && next is "how" or "what" or "whether" or "our" or "their" or "my" or "his" or "her" or "your" or "its"
                && !(word == "effected" && next is "our" or "their" or "my" or "his" or "her" or "your" or "its") => word == "effected" ? "affected" : word == "effect" ? "affect" : "affects",
            // A verb after a subject or modal: "will effect the", "can effect our"
            "effect" or "effects" when (English.Modals.Contains(prev) || prev is "to" or "not" or "negatively" or "positively" or "directly" or "greatly" or "seriously") && (English.Determiners.Contains(next) || next is "people" or "students" or "children" or "them" or "us" or "him" or "her" or "me" or "you" or "everyone") && !(prev == "to" && next == "the") => word == "effect" ? "affect" : "affects",
            _ => null,
        };

    // "recommendations", "metrics": a known word plus "-s" whose stem is not a verb.
    private static bool IsPluralNoun(string word, ProofContext context) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && context.Resources.Dictionary.ContainsExact(word.AsSpan(0, word.Length - 1))
        && !English.IsBaseVerb(word[..^1], context.Resources);
}

internal sealed class LeadLedRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_LEAD_LED";

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        base.Check(sentence, context, issues);

        // "Redesigned the checkout, which lead to a 20% rise": a "which" after a comma stands for the whole clause,
        // which is singular, so "lead" can only be the past "led".
        var t = sentence.Tokens;
        for (var k = 0; k + 3 < t.Count; k++)
        {
            if (t[k].Text == "," && t[k + 1].Lower == "which" && t[k + 2].Lower == "lead" && t[k + 3].Lower == "to")
            {
                issues.Add(Issue(t[k + 2], "Did you mean \"led\" rather than \"lead\"?", Casing.Match("led", Casing.Of(t[k + 2].Text))));
            }
        }
    }

    // "have lead", "was lead by": after a form of have or be only the past participle fits.
    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "lead" && prev is "have" or "has" or "had" or "was" or "were" or "been" && next is not ("to" or "poisoning" or "pipes" or "paint" or "generation" or "time" or "times" or "role" or "engineer" or "developer" or "designer" or "and" or "") ? "led" : null;
}

internal sealed class LooseLoseRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_LOOSE_LOSE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "loose" && (English.Modals.Contains(prev) || prev is "to" or "not" or "never" or "don't" or "didn't") && (English.Determiners.Contains(next) || next is "weight" or "money" or "time" or "it" or "them" or "sight" or "interest" or "control" or "focus" or "track" or "faith" or "hope" or "everything")
            // The adjective never takes a quantity or a possessive after it: "loose fewer hours", "loose their jobs"
            // (but "cut loose", "let loose the dogs").
            || word == "loose" && next is "few" or "fewer" or "less" or "more" or "their" or "our" or "his" or "her" or "my" or "your" or "its" or "sight" or "track" && prev is not ("let" or "cut" or "break" or "broke" or "set" or "turn" or "turned" or "come" or "came" or "hang" or "shake" or "work" or "pull" or "run" or "ran" or "be" or "is" or "was" or "are" or "were" or "and" or "or" or "too" or "very" or "more")
            ? "lose"
            : word == "looses" ? "loses"
            : word == "lose" && prev is "come" or "came" or "coming" or "comes" or "break" or "broke" or "broken" or "breaking" or "shake" or "shook" or "work" or "worked" or "cut" or "turned" or "turn" && next is "" or "and" or "or" or "from" or "in" or "on" ? "loose"
            : word == "loosing" && next is "weight" or "money" or "time" or "my" or "their" or "his" or "her" or "our" or "the" or "control" or "interest" ? "losing" : null;
}

internal sealed class PrincipalPrincipleRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_PRINCIPAL_PRINCIPLE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            "principle" when next is "engineer" or "engineers" or "architect" or "consultant" or "investigator" or "scientist" or "designer" or "developer" or "reason" or "cause" or "source" or "product" or "manager" or "analyst" or "researcher" => "principal",
            // "The principle risk in the category": before a singular noun with more of its phrase after it ("the principle
            // states that", "the principle of" and a clause's end are left alone).
            "principle" when prev is "the" or "our" or "my" or "a" or "their" or "its" && next.Length > 3 && !next.EndsWith('s') && NounNumberRule.IsNoun(next, context.Resources)
                && next2 is "in" or "on" or "for" or "was" or "is" or "at" or "of" or "with" => "principal",
            "principal" when prev is "in" && next is "" or "," or "." || next is "of" && prev is "the" or "a" or "basic" or "guiding" or "first" => "principle",
            "principals" when prev is "design" or "engineering" or "guiding" or "basic" or "core" or "solid" or "agile" or "lean" or "accounting" => "principles",
            _ => null,
        };
}

internal sealed class ComplementComplimentRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_COMPLEMENT_COMPLIMENT";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            "compliment" or "compliments" or "complimented" or "complimenting" when next is "existing" or "the" && next2 is "existing" or "team" or "product" or "platform" || next is "each" && next2 == "other" || prev == "to" && next is "our" or "existing" =>
                word.Replace("compli", "comple", StringComparison.Ordinal),
            // A thing ("which", "that") does not praise: "guidance which compliments the national standard".
            "compliment" or "compliments" or "complimented" when prev is "which" or "that" && (English.Determiners.Contains(next) || next is "our" or "their" or "its" or "existing") =>
                word.Replace("compli", "comple", StringComparison.Ordinal),
            "complementary" when next is "tickets" or "breakfast" or "drinks" or "meals" or "shuttle" or "upgrade" => "complimentary",
            _ => null,
        };
}

/// <summary>"Graduated form the University" → "from"; "fill out the from" → "form".</summary>
internal sealed class FormFromRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_FORM_FROM";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            // After a verb in the past (not "helped form", "to form") and before a noun phrase, or after "away"/"apart"
            // ("Prepared Form 1040 returns": a number alone after it names a form).
            "form" when (prev is "away" or "apart" or "aside" || prev.Length > 4 && !prev.StartsWith("help", StringComparison.Ordinal) && RoleTense.IsSimplePast(prev, context.Resources))
                && English.Determiners.Contains(next) && next is not ("no" or "such" or "much" or "either" or "neither" or "another") => "from",
            // A range: "cut wait times form 25 to 12 minutes" ("form 1040" names a form, with no "to" after).
            "form" when next.Length > 0 && char.IsAsciiDigit(next[0]) && next2 == "to" => "from",
            // After a determiner and before "of", a preposition or the end: "a from of", "the from." ("the from address" is a field).
            "from" when English.Determiners.Contains(prev) && next is "" or "of" or "for" or "to" or "and" or "that" or "which" or "in" or "on" => "form",
            _ => null,
        };
}

/// <summary>
/// "insured that all pins were checked" → "ensured": before "that" or a quality to be made certain, "insure" (cover
/// against loss) is a slip; "insured the fleet" is left alone.
/// </summary>
internal sealed class InsureEnsureRule : ConfusableRule
{
    // Finite verbs that show a clause after "insure": "insure ore is sent", "insured the wear pins were checked".
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "stays", "stayed",
        "remains", "remained", "gets", "got",
    };

    public override string Id => "CONFUSABLE_INSURE_ENSURE";

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var before = issues.Count;
        base.Check(sentence, context, issues);
        var flagged = issues.Skip(before).Select(i => i.Offset).ToHashSet();
        var t = sentence.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (IsInsure(t[i].Lower) && !flagged.Contains(t[i].Start) && OpensClause(t, i + 1))
            {
                var fix = "en" + t[i].Lower[2..];
                issues.Add(Issue(t[i], Message(t[i].Text, fix), Casing.Match(fix, Casing.Of(t[i].Text))));
            }
        }
    }

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        IsInsure(word)
        && next is "that" or "compliance" or "accuracy" or "consistency" or "quality" or "continuity" or "timely" or "accurate" or "compliant" or "smooth"
            ? "en" + word[2..]
            : null;

    private static bool IsInsure(string lower) => lower is "insure" or "insured" or "insures" or "insuring";

    // A short noun phrase and then a finite verb, with no punctuation, preposition or relative word between: what is
    // made certain is a clause, while one insures a thing ("insured the fleet for $2M", "insured homes that were").
    private static bool OpensClause(List<Token> t, int start)
    {
        for (var j = start; j < t.Count && j < start + 5; j++)
        {
            if (!t[j].IsWord && t[j].Kind != TokenKind.Number || t[j].Lower is "that" or "which" or "who" or "whom" or "whose" or "where" or "for" or "against"
                    or "with" or "by" or "through" or "under" or "at" or "and" or "or" or "to" or "in" or "on" or "of" or "from")
            {
                return false;
            }

            if (ClauseVerbs.Contains(t[j].Lower))
            {
                return j > start;
            }
        }

        return false;
    }
}

/// <summary>"who's first language is", "who's parents are": before a noun the possessive is "whose".</summary>
internal sealed class WhoseRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_WHOSE_WHO_S";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        if (word.Replace('’', '\'') != "who's" || next.Length < 3)
        {
            return null;
        }

        var resources = context.Resources;
        // "who's parents are", "who's team has": a noun that is then the subject of a verb.
        if (NounNumberRule.IsNoun(next, resources) && next.Length >= 4 && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && !English.IsBaseVerb(next, resources) && (next2 is "is" or "are" or "was" or "were" or "has" or "have" || English.BaseOfThirdPerson(next2, resources) is not null && !NounNumberRule.IsNoun(next2, resources)))
        {
            return "whose";
        }

        // "who's work I can vouch for": a noun and then a subject pronoun; "who is" or "who has" cannot take both.
        if ((NounNumberRule.IsNoun(next, resources) || English.IsBaseVerb(next, resources)) && next.Length >= 3 && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && next2 is "i" or "we" or "they" or "he" or "she" or "you")
        {
            return "whose";
        }

        // "who's first language", "who's native tongue": a modifier that only stands before a noun ("who's first in
        // line" has no noun after it).
        return next is "first" or "native" or "own" or "primary" or "main" or "only" or "eldest" or "youngest" or "oldest" && IsNounOnly(next2, context) ? "whose" : null;
    }

    // A noun that is not also a verb, an adjective, a participle or a short function word ("in", "on").
    private static bool IsNounOnly(string word, ProofContext context) =>
        word.Length >= 4 && NounNumberRule.IsNoun(word, context.Resources) && !English.IsBaseVerb(word, context.Resources) && English.BaseOfThirdPerson(word, context.Resources) is null
        && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal);
}

/// <summary>"could of", "should of", "would of": the spoken contraction "could've" written wrongly.</summary>
internal sealed class CouldOfRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_COULD_OF";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "of" && prev is "could" or "would" or "should" or "must" or "might" or "may" && next.Length > 0 && next is not ("course" or "the" or "a" or "an" or "which" or "them" or "these" or "those") ? "have" : null;
}

/// <summary>"I cant", "we wont", "dont": a contraction without its apostrophe.</summary>
internal sealed class ContractionRule : ConfusableRule
{
    private static readonly Dictionary<string, string> Missing = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dont"] = "don't",
        ["doesnt"] = "doesn't",
        ["didnt"] = "didn't",
        ["isnt"] = "isn't",
        ["arent"] = "aren't",
        ["wasnt"] = "wasn't",
        ["werent"] = "weren't",
        ["havent"] = "haven't",
        ["hasnt"] = "hasn't",
        ["hadnt"] = "hadn't",
        ["wouldnt"] = "wouldn't",
        ["couldnt"] = "couldn't",
        ["shouldnt"] = "shouldn't",
        ["mustnt"] = "mustn't",
        ["im"] = "I'm",
        ["ive"] = "I've",
        ["youre"] = "you're",
        ["theyre"] = "they're",
        ["thats"] = "that's",
        ["whats"] = "what's",
        ["lets"] = "let's",
        ["doesn`t"] = "doesn't",
        ["don`t"] = "don't",
        ["can`t"] = "can't",
        ["won`t"] = "won't",
        ["didn`t"] = "didn't",
        ["it`s"] = "it's",
        ["i`m"] = "I'm",
    };

    public override string Id => "CONFUSABLE_CONTRACTION";

    protected override string Message(string found, string fix) => $"Write the contraction with an apostrophe: \"{fix}\".";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        if (word is "cant" or "wont" && prev is "i" or "you" or "we" or "they" or "he" or "she" or "it" or "people" or "that" or "this")
        {
            return word == "cant" ? "can't" : "won't";
        }

        // "lets" is a verb ("lets users"); only "lets go", "lets see", "lets make" are the contraction.
        if (word == "lets")
        {
            return prev is "" && next is "go" or "see" or "make" or "take" or "get" or "start" or "talk" or "say" or "try" ? "let's" : null;
        }

        // "thats", "im" before punctuation are not the contraction: "im." is an abbreviation ("Liceum im. Staszica").
        return (word is not "thats" and not "whats" and not "im") || next.Length > 0 ? Missing.GetValueOrDefault(word) : null;
    }
}
