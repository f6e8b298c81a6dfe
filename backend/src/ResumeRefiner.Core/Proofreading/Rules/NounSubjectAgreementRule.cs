using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// Agreement with a noun-phrase subject that opens a clause: "The handbook were" → "was", "Our dataset contain"
/// → "contains", "The attorneys relies" → "rely", "Each of the panels were" → "was", "The nurse and the doctor was"
/// → "were". The subject is a determiner, at most four modifiers (nouns, adjectives, numbers, a possessive) and a
/// lower-case head noun right before the verb; any function word, comma or bracket ends the search. A verb other
/// than be or have may also be a noun ("say", "values", "center"), so it only counts as the verb when an object
/// plainly follows ("the", "my", "more", a number, a name): "The sports teams won" is a noun compound.
/// </summary>
internal sealed class NounSubjectAgreementRule : SentenceRule
{
    private static readonly HashSet<string> SubjectDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "our", "my", "their", "his", "her", "its", "your", "this", "that", "these", "those", "each", "every",
    };

    // Clause openers after which a subject follows; "if" is left out ("if the client were" is a subjunctive).
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "although", "though", "while", "whereas", "since", "when", "once", "until", "unless", "after", "before",
    };

    // Words that end a subject noun phrase: prepositions, conjunctions, pronouns, relatives, auxiliaries, quantifiers.
    internal static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "onto", "over", "under", "about", "across", "after",
        "before", "between", "through", "during", "without", "within", "per", "via", "as", "than", "like", "and", "or", "but",
        "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "i", "we", "you", "he",
        "she", "it", "they", "me", "us", "him", "them", "not", "also", "only", "just", "all", "both", "either", "neither",
        "a", "an", "the", "this", "these", "those", "there", "here", "then", "now", "often", "always", "never",
        "be", "been", "being", "am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could",
        "will", "would", "shall", "should", "may", "might", "must",
    };

    // Modifiers, quantities and collectives whose number varies with what they count ("the majority were").
    private static readonly HashSet<string> NotHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "most", "less", "least", "few", "many", "much", "other", "same", "first", "last", "next", "only", "own",
        "best", "main", "former", "latter", "above", "following", "elderly", "young", "rest", "majority", "minority",
        "number", "couple", "pair", "bulk", "remainder", "half", "variety", "range", "lot", "plenty", "percent",
        "percentage", "portion", "proportion", "kind", "type", "sort", "handful", "host", "dozen", "third", "quarter",
        "fraction", "part", "total", "data", "media", "staff", "personnel", "police", "people", "criteria", "sheep", "fish",
        "deer", "aircraft", "offspring", "means", "series", "species", "headquarters", "today", "tonight", "tomorrow",
        "yesterday", "agenda", "overall", "alone", "together", "abroad", "ahead", "instead", "again", "too", "each",
    };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "children", "men", "women", "feet", "teeth", "mice", "geese", "oxen", "dice", "lice",
    };

    private static readonly HashSet<string> ObjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "our", "their", "my", "his", "her", "its", "your", "this", "these", "those", "every", "each",
        "all", "both", "some", "many", "more", "most", "several", "over", "nearly", "almost", "about", "me", "us", "him", "them",
    };

    private static readonly HashSet<string> CompoundDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "our", "my", "their", "his", "her", "its", "your", "a", "an", "one", "two", "three", "four", "five", "six",
    };

    public override string Id => "GRAMMAR_NOUN_SUBJECT_VERB";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var first = sentence.FirstWordIndex;
        if (first < 0)
        {
            return;
        }

        CheckClause(t, first, context, issues);
        for (var i = first + 1; i + 1 < t.Count; i++)
        {
            if (t[i].IsWord && Subordinators.Contains(t[i].Lower) && t[i + 1].IsWord && SubjectDeterminers.Contains(t[i + 1].Lower))
            {
                CheckClause(t, i + 1, context, issues);
            }
        }
    }

    private void CheckClause(List<Token> t, int s, ProofContext context, List<ProofIssue> issues)
    {
        var det = t[s].Lower;
        var start = s + 1;
        var forcedSingular = det is "each" or "every";

        // "Each of the panels", "One of our clients", "Every one of the nurses": the subject is singular.
        if (det is "each" or "one" or "every" && s + 3 < t.Count && t[s + 1].Lower == "of" && t[s + 2].Lower is "the" or "our" or "my" or "their" or "his" or "her" or "your" or "these" or "those"
            || det == "every" && s + 4 < t.Count && t[s + 1].Lower == "one" && t[s + 2].Lower == "of" && t[s + 3].Lower is "the" or "our" or "my" or "their" or "his" or "her" or "your" or "these" or "those")
        {
            start = det == "every" ? s + 4 : s + 3;
            forcedSingular = true;
            det = "of";
        }
        else if (!SubjectDeterminers.Contains(det))
        {
            return;
        }

        var compound = false;
        var leftHead = false;
        // Once a verb-or-noun reading agreed ("The team tests changes"), a later reading is only a guess.
        var agreedBefore = false;
        for (var k = start; k + 1 < t.Count && k - start < 5; k++)
        {
            var head = t[k];
            if (!head.SpaceBefore || !(head.IsWord || head.Kind == TokenKind.Number) || Stops.Contains(head.Lower) && !(head.Lower == "and" && !compound && !forcedSingular))
            {
                return;
            }

            // "The nurse and the doctor": a second noun phrase joined by "and" makes the subject plural.
            if (head.Lower == "and")
            {
                // "The technicians and I reviews the counts": the verb right after "I" agrees with both.
                if (leftHead && t[k + 1].Text == "I" && k + 3 < t.Count && t[k + 2].IsWord && Casing.Of(t[k + 2].Text) == WordCasing.Lower
                    && VerbNumberOf(t[k + 2].Lower, context, out var lexicalVerb) == false && (!lexicalVerb || IsObjectStart(t, k + 3))
                    && PluralForm(t[k + 2].Lower, context) is { } both)
                {
                    issues.Add(Issue(t[k + 2], $"The two subjects joined by \"and\" are plural: use \"{both}\".", both));
                    return;
                }

                // "The owner's son and I was": after "and I" the past of be agrees with both.
                if (leftHead && t[k + 1].Text == "I" && k + 2 < t.Count && t[k + 2].Lower == "was")
                {
                    issues.Add(Issue(t[k + 2], "The two subjects joined by \"and\" are plural: use \"were\".", "were"));
                    return;
                }

                if (!leftHead || !CompoundDeterminers.Contains(t[k + 1].Lower))
                {
                    return;
                }

                compound = true;
                k++;
                start = k + 1;
                continue;
            }

            var verb = t[k + 1];
            var number = head.IsWord && Casing.Of(head.Text) == WordCasing.Lower && !head.Lower.EndsWith("'s", StringComparison.Ordinal) ? NumberOf(head.Lower, context) : null;
            leftHead = number is not null;

            // "This helps", "That gives": after a demonstrative an "-s" word is the verb, not a plural head.
            if (number == true && k == start && det is "this" or "that")
            {
                return;
            }

            // "The results of the survey was", "Families who were referred by schools tends", "Our area, along with
            // its hoods, were": the verb that follows the head's modifier agrees with the head.
            if (number is not null && !compound && !agreedBefore && VerbAfterModifier(t, k + 1, context) is var (v, lexicalOk) && v > 0)
            {
                JudgeAfterModifier(t, s, head, v, lexicalOk, forcedSingular || number == false ? false : true, forcedSingular, context, issues);
                return;
            }

            // "The sourdough starter and the rye sour was": in the second of two subjects a modifier or a noun the
            // dictionary does not mark may stand right before be or have, which can only be the verb.
            if (compound && number is null && head.IsWord && Casing.Of(head.Text) == WordCasing.Lower && !head.Lower.Contains('\'', StringComparison.Ordinal)
                && verb.Lower is "is" or "was" or "has" && k > start)
            {
                var fix = verb.Lower switch { "is" => "are", "was" => "were", _ => "have" };
                issues.Add(Issue(verb, $"The two subjects joined by \"and\" are plural: use \"{fix}\".", fix));
                return;
            }

            if (number is null || !verb.IsWord || !verb.SpaceBefore || Casing.Of(verb.Text) != WordCasing.Lower)
            {
                continue;
            }

            var after = k + 2 < t.Count ? t[k + 2] : null;
            var form = VerbNumberOf(verb.Lower, context, out var ambiguous);

            // "Each of the nurses complete": after "each of the" + plural noun nothing but the verb can follow, so a
            // base form is the verb even where the word is also a noun or an adjective.
            if (det == "of" && number == true && (form == true || form is null && English.IsBaseVerb(verb.Lower, context.Resources) && context.Resources.Dictionary.ContainsExact(verb.Lower)))
            {
                form = true;
                ambiguous = false;
            }

            if (form is null)
            {
                // Not a present verb: a past tense or a modal ends the subject; a noun or adjective continues it.
                if (IsSurelyVerb(verb.Lower, context))
                {
                    return;
                }

                continue;
            }

            // "Each of the department leads own": after "each of the" a singular noun is a modifier, so its "-s" word is the head.
            if (det == "of" && number == false && form == false && ambiguous)
            {
                continue;
            }

            var plural = compound || (!forcedSingular && number == true);
            // "Our buyers and the planning team meets every Tuesday": an "-s" verb after two subjects is judged below;
            // a plural form may be a noun of the second subject.
            if (compound && verb.Lower is not ("is" or "was" or "has") && form != false)
            {
                // "the team lead was": a word that is also a noun may still belong to the second subject.
                if (ambiguous)
                {
                    continue;
                }

                return;
            }

            if (form != plural)
            {
                // A word that is also a noun may still be part of the subject ("The sports teams won").
                if (ambiguous && (after is null || !IsObjectStart(t, k + 2)))
                {
                    continue;
                }

                var fix = plural ? PluralForm(verb.Lower, context) : SingularForm(verb.Lower, context);
                if (fix is not null && !agreedBefore)
                {
                    var subject = compound ? "The two subjects joined by \"and\" are plural" : forcedSingular ? $"\"{t[s].Text}\" takes a singular verb" : plural ? $"\"{head.Text}\" is plural" : $"\"{head.Text}\" is singular";
                    issues.Add(Issue(verb, $"{subject}: use \"{fix}\".", fix));
                }

                return;
            }

            if (!ambiguous)
            {
                return;
            }

            agreedBefore = true;
        }
    }

    internal static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "for", "with", "from", "by", "within", "across", "under", "over", "between", "about", "inside",
        "outside", "throughout", "behind", "beyond", "among", "around", "near",
    };

    private static readonly HashSet<string> NounPhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "our", "my", "their", "his", "her", "its", "your", "this", "these", "those", "each", "every", "all",
        "both", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "other",
    };

    private static readonly HashSet<string> BeHave = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
    };

    /// <summary>
    /// The verb after a modifier of the subject's head at <paramref name="j"/>: a prepositional phrase of noun phrases
    /// ("of the patient survey", "on three or more medications"), a relative clause whose last phrase is a preposition's
    /// object ("that come back within thirty days"), or a parenthesis between commas (", which ran for ten weeks,", ",
    /// along with its hoods,"). Returns the verb's index (0 when there is none) and whether a verb other than be and have
    /// can be judged there (after a parenthesis only a verb can follow).
    /// </summary>
    private static (int Verb, bool Lexical) VerbAfterModifier(List<Token> t, int j, ProofContext context)
    {
        if (j + 2 >= t.Count)
        {
            return (0, false);
        }

        if (t[j].Text == "," && t[j + 1].Lower is "who" or "which" or "along" or "together" or "including" or "like" or "alongside")
        {
            for (var c = j + 2; c < t.Count - 1 && c < j + 16; c++)
            {
                if (t[c].Text == ",")
                {
                    return t[c + 1].IsWord && Casing.Of(t[c + 1].Text) == WordCasing.Lower ? (c + 1, true) : (0, false);
                }

                if (!(t[c].IsWord || t[c].Kind == TokenKind.Number))
                {
                    return (0, false);
                }
            }

            return (0, false);
        }

        var relative = t[j].Lower is "who" or "that" && t[j].SpaceBefore;
        if (!relative && !(Prepositions.Contains(t[j].Lower) && t[j].SpaceBefore))
        {
            return (0, false);
        }

        // In a relative clause the next word must be its verb ("who were", "that come"); the main verb then follows a
        // preposition's object, so "Nurses who said the unit was short" (a clause of its own) is not read as one.
        var k = j + 1;
        if (relative)
        {
            if (!t[k].IsWord || !(IsSurelyVerb(t[k].Lower, context) || VerbNumberOf(t[k].Lower, context, out _) is not null || BeHave.Contains(t[k].Lower)))
            {
                return (0, false);
            }

            k++;
        }

        var afterPreposition = !relative;
        var nouns = 0;
        for (; k < t.Count && k < j + 14; k++)
        {
            var w = t[k];
            var lower = w.Lower;
            if (BeHave.Contains(lower))
            {
                return afterPreposition && nouns > 0 ? (k, false) : (0, false);
            }

            if (Prepositions.Contains(lower))
            {
                afterPreposition = true;
                nouns = 0;
                continue;
            }

            if (w.Text == "," || lower is "and" or "or")
            {
                if (!afterPreposition || nouns == 0 || relative)
                {
                    return (0, false);
                }

                continue;
            }

            if (!afterPreposition)
            {
                // The rest of a relative clause before its prepositional phrase: adverbs and particles only.
                if (!w.IsWord || Stops.Contains(lower) && lower is not ("also" or "only" or "all"))
                {
                    return (0, false);
                }

                continue;
            }

            if (w.Kind == TokenKind.Number || NounPhraseWords.Contains(lower))
            {
                continue;
            }

            if (!w.IsWord || Stops.Contains(lower) || IsSurelyVerb(lower, context) && !NounNumberRule.IsNoun(lower, context.Resources))
            {
                return (0, false);
            }

            // A present verb after the phrase's noun, with an object after it: "on specialty drugs takes most of".
            if (nouns > 0 && !relative && Casing.Of(w.Text) == WordCasing.Lower && VerbNumberOf(lower, context, out var lexical) is not null && lexical
                && k + 1 < t.Count && IsObjectStart(t, k + 1))
            {
                return (k, true);
            }

            // Adjectives ("new", "patient") do not end the phrase; a noun, a name or a word of no adjective reading does.
            if (char.IsUpper(w.Text[0]) || NumberOf(lower, context) is not null || context.Resources.Dictionary.ContainsExact(lower) && !IsAdjectiveLike(lower, context.Resources))
            {
                nouns++;
            }
        }

        return (0, false);
    }

    private void JudgeAfterModifier(List<Token> t, int s, Token head, int v, bool lexicalOk, bool plural, bool forcedSingular, ProofContext context, List<ProofIssue> issues)
    {
        var verb = t[v];
        if (!verb.SpaceBefore || Casing.Of(verb.Text) != WordCasing.Lower)
        {
            return;
        }

        var form = VerbNumberOf(verb.Lower, context, out var lexical);
        if (form is null || form == plural || lexical && !lexicalOk)
        {
            return;
        }

        var fix = plural ? PluralForm(verb.Lower, context) : SingularForm(verb.Lower, context);
        if (fix is not null)
        {
            var subject = forcedSingular ? $"\"{t[s].Text}\" takes a singular verb" : plural ? $"\"{head.Text}\" is plural" : $"\"{head.Text}\" is singular";
            issues.Add(Issue(verb, $"{subject}: use \"{fix}\".", fix));
        }
    }

    // What plainly opens an object: a determiner, an object pronoun, a number before a noun, a name.
    internal static bool IsObjectStart(List<Token> t, int k) =>
        t[k].Kind == TokenKind.Number && k + 1 < t.Count && t[k + 1].IsWord || ObjectStarts.Contains(t[k].Lower) || t[k].IsWord && char.IsUpper(t[k].Text[0]) && t[k].Text != "I";

    /// <summary>true for a plural noun, false for a singular one, null when the word is not clearly a noun.</summary>
    internal static bool? NumberOf(string lower, ProofContext context)
    {
        if (lower.Length < 3 || NotHeads.Contains(lower) || lower.EndsWith("ing", StringComparison.Ordinal) || lower.Contains('\'', StringComparison.Ordinal)
            || lower.EndsWith("ics", StringComparison.Ordinal) && !English.IcsPlurals.Contains(lower) || lower is "news" or "sales" or "operations" or "savings" or "earnings" or "proceeds" or "odds" or "basics")
        {
            return null;
        }

        var dictionary = context.Resources.Dictionary;
        if (IrregularPlurals.Contains(lower) || IsForeignPlural(lower, dictionary))
        {
            return true;
        }

        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
        {
            foreach (var c in new[] { lower[..^1], lower.EndsWith("es", StringComparison.Ordinal) ? lower[..^2] : "", lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" : "" })
            {
                // The plural flag is shared with the third person ("rates", "runs"); the caller rules out the verb reading.
                if (c.Length > 1 && dictionary.RootFlags(c) is { } f && f.Contains('S', StringComparison.Ordinal) && !NotHeads.Contains(c))
                {
                    return true;
                }
            }

            // "buyers", "planners": agent nouns the dictionary derives from a verb ("buy" → "buyer") have no root of their own.
            if (lower.EndsWith("ers", StringComparison.Ordinal) && lower.Length > 5 && dictionary.RootFlags(lower[..^1]) is null && dictionary.ContainsExact(lower.AsSpan(0, lower.Length - 1)) && dictionary.ContainsExact(lower))
            {
                return true;
            }

            return null;
        }

        // A noun by the possessive flag, unless it is also an adjective ("new", "poor").
        var flags = dictionary.RootFlags(lower);
        return flags is not null && flags.Contains('M', StringComparison.Ordinal) && !IsAdjectiveLike(lower, context.Resources) && dictionary.ContainsExact(lower)
            ? false
            : null;
    }

    // "foremen", "alumni", "curricula", "formulae": plurals the dictionary lists as roots of their own.
    private static bool IsForeignPlural(string lower, Spelling.HunspellDictionary dictionary) =>
        lower.EndsWith("men", StringComparison.Ordinal) && dictionary.ContainsExact(string.Concat(lower.AsSpan(0, lower.Length - 3), "man"))
        || lower.EndsWith('i') && dictionary.ContainsExact(string.Concat(lower.AsSpan(0, lower.Length - 1), "us"))
        || lower.EndsWith('a') && (dictionary.ContainsExact(string.Concat(lower.AsSpan(0, lower.Length - 1), "um")) || dictionary.ContainsExact(string.Concat(lower.AsSpan(0, lower.Length - 1), "on")))
        || lower.EndsWith("ae", StringComparison.Ordinal) && dictionary.ContainsExact(lower.AsSpan(0, lower.Length - 1));

    /// <summary>
    /// true for a plural present verb (are, were, have, a base form), false for a singular one (is, was, has, a
    /// third-person form), null for anything else; <paramref name="lexical"/> for a verb other than be and have,
    /// which the dictionary cannot tell from a noun ("center", "ships", "values").
    /// </summary>
    internal static bool? VerbNumberOf(string verb, ProofContext context, out bool lexical)
    {
        lexical = false;
        switch (verb)
        {
            case "is" or "was" or "has" or "isn't" or "wasn't" or "hasn't" or "doesn't":
                return false;
            case "are" or "were" or "have" or "aren't" or "weren't" or "haven't" or "don't":
                return true;
            case "do" or "does" or "need" or "dare" or "used" or "ought" or "better" or "rather" or "lest" or "am" or "be" or "let":
                return null;
        }

        // Prepositions and adjectives the dictionary also lists as verbs ("near", "like"), and pasts spelled like
        // another verb's base ("found", "ground", "wound").
        if (Stops.Contains(verb) || verb is "found" or "ground" or "wound" or "bound" or "saw" or "lay" or "fell" or "near" or "past" or "round"
            or "like" or "unlike" or "plus" or "minus" or "up" or "down" or "out" or "off" || IsAdjectiveLike(verb, context.Resources))
        {
            return null;
        }

        var resources = context.Resources;
        lexical = true;
        if (English.BaseOfThirdPerson(verb, resources) is not null)
        {
            return false;
        }

        if (English.IsBaseVerb(verb, resources) && resources.Dictionary.ContainsExact(verb) && !verb.EndsWith("ed", StringComparison.Ordinal) && !English.Modals.Contains(verb))
        {
            return true;
        }

        lexical = false;
        return null;
    }

    // The superlative ("-est") and adverb ("-ly") flags mark adjectives ("new", "clear"); "-er" also makes agent nouns.
    private static bool IsAdjectiveLike(string word, Spelling.LanguageResources resources)
    {
        var flags = resources.Dictionary.RootFlags(word) ?? "";
        return flags.Contains('T', StringComparison.Ordinal) || flags.Contains('Y', StringComparison.Ordinal);
    }

    // A past tense or modal: the subject has ended even though its number cannot be judged.
    internal static bool IsSurelyVerb(string word, ProofContext context) =>
        English.Modals.Contains(word) || English.PastToBase.ContainsKey(word) || word is "did" or "had" or "do" or "does"
        || word.EndsWith("ed", StringComparison.Ordinal) && !NounNumberRule.IsNoun(word, context.Resources);

    internal static string? PluralForm(string verb, ProofContext context) => verb switch
    {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        "isn't" => "aren't",
        "wasn't" => "weren't",
        "hasn't" => "haven't",
        "doesn't" => "don't",
        _ => English.BaseOfThirdPerson(verb, context.Resources),
    };

    internal static string? SingularForm(string verb, ProofContext context) => verb switch
    {
        "are" => "is",
        "were" => "was",
        "have" => "has",
        "aren't" => "isn't",
        "weren't" => "wasn't",
        "haven't" => "hasn't",
        "don't" => "doesn't",
        _ => English.ThirdPerson(verb, context.Resources),
    };
}
