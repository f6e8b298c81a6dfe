using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// Agreement with the subject that opens a bullet when it has no determiner or joins noun phrases, the shapes
/// <see cref="NounSubjectAgreementRule"/> does not read: "Controlled drugs is counted" → "are", "Fewer exceptions was"
/// → "were", "Badging, lockouts and contractor escorts was" → "were", "Crop rotation and cover cropping has" →
/// "have", "Buyers and sellers trusts me" → "trust", "Every cage card and treatment sheet have" → "has", "Patients
/// with diabetes or heart disease needs a review" → "need", "Neither the parents nor the school were" → "was".
/// The subject runs from the sentence start to the verb through noun phrases only (any function word, relative or
/// verb in between ends the search). Two single words joined by "and" may be one thing ("Research and development
/// is"), so a compound counts as plural only with three parts, a part of two words or more, or a plural part; after a
/// prepositional phrase an "and" may belong to the phrase, so the head's own number decides. Be and have are judged
/// anywhere; another verb only before a plain object ("the", "my", a number, a name), since it may be a noun.
/// </summary>
internal sealed class SubjectPhraseAgreementRule : SentenceRule
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "our", "my", "their", "his", "her", "its", "your", "these", "those", "all", "both", "many", "several", "few",
        "fewer", "most", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
    };

    private static readonly HashSet<string> PluralDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "these", "those", "both", "many", "several", "few", "fewer", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "twelve", "twenty",
    };

    // "sent", "built", "made": pasts and participles of irregular verbs that differ from the base.
    private static readonly HashSet<string> IrregularPasts = new(
        English.IrregularVerbs.SelectMany(kv => new[] { kv.Value.Past, kv.Value.Participle }).Where(f => !English.IrregularVerbs.ContainsKey(f))
            .Concat(["sent", "built", "made", "kept", "held", "paid", "sold", "told", "brought", "bought", "taught", "caught", "thought",
                "left", "lost", "met", "won", "spent", "heard", "stood", "understood", "felt", "meant", "ran", "began", "became", "came",
                "gave", "took", "wrote", "drove", "grew", "knew", "threw", "chose", "spoke", "broke", "rose", "fell", "given", "taken",
                "written", "driven", "grown", "known", "thrown", "chosen", "spoken", "broken", "begun", "done", "seen", "gone"]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "still", "already", "often", "sometimes", "together", "instead", "again", "ever", "soon", "later", "too",
    };

    public override string Id => "GRAMMAR_SUBJECT_PHRASE_VERB";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        var k = sentence.FirstWordIndex;
        // A bullet or sentence opens with a capital; a lower-case start is a wrapped line's middle.
        if (k < 0 || !t[k].IsWord || !char.IsUpper(t[k].Text[0]))
        {
            return;
        }

        var every = t[k].Lower is "every" or "each";
        var correlative = t[k].Lower is "neither" or "either";
        if (every || correlative)
        {
            k++;
        }

        // A bullet that opens with a verb ("Ensure the records are signed"): the phrase after it is a subject alone.
        var afterVerb = !every && !correlative && IsOpeningVerb(t, k, context);
        if (afterVerb)
        {
            k++;
        }

        var parts = new List<(int Words, bool? Number, bool Determiner)>();
        var disjunction = false;
        var joinedByAnd = false;
        while (true)
        {
            if (!ParsePhrase(t, k, context, out var end, out var words, out var number, out var determiner))
            {
                return;
            }

            parts.Add((words, number, determiner));
            k = end;
            if (k >= t.Count)
            {
                return;
            }

            if (t[k].Text == "," && k + 1 < t.Count)
            {
                joinedByAnd = t[k + 1].Lower == "and";
                k += joinedByAnd ? 2 : 1;
                continue;
            }

            if (t[k].Lower is "and" or "or" or "nor" && k + 1 < t.Count)
            {
                joinedByAnd = t[k].Lower == "and";
                disjunction |= !joinedByAnd;
                k++;
                continue;
            }

            break;
        }

        bool plural;
        var lexicalOk = true;
        var (firstWords, head, _) = parts[0];
        var (lastWords, last, lastDeterminer) = parts[^1];
        if (correlative || disjunction)
        {
            // "Neither the parents nor the school was": the nearest part decides.
            if (!correlative || parts.Count != 2 || last is null)
            {
                return;
            }

            plural = last.Value;
        }
        else if (every)
        {
            plural = false;
        }
        else if (parts.Count >= 2)
        {
            // "Food and beverage service", "Sales and marketing team": a bare word joined to the next phrase's modifier.
            var sharedModifier = firstWords == 1 && !lastDeterminer && lastWords >= 2 && last != true;
            if (afterVerb || !joinedByAnd || sharedModifier
                || !(parts.Count >= 3 || firstWords >= 2 || lastDeterminer || parts.Any(p => p.Number == true)))
            {
                return;
            }

            plural = true;
        }
        else
        {
            // "Roll back a release", "Sign off the plan": a lone verb-or-noun opening a line is an imperative.
            if (head is null || (firstWords == 1 && !parts[0].Determiner && English.IsBaseVerb(t[sentence.FirstWordIndex].Lower, context.Resources)))
            {
                return;
            }

            plural = head.Value;
            // "Patients with diabetes or heart disease need": the head's modifier is skipped.
            if (NounSubjectAgreementRule.Prepositions.Contains(t[k].Lower) && t[k].SpaceBefore)
            {
                if (!SkipModifier(t, ref k, context, out var joined) || (joined && !plural))
                {
                    return;
                }

                lexicalOk = plural;
            }
        }

        Judge(t, k, plural, lexicalOk, context, issues);
    }

    private void Judge(List<Token> t, int v, bool plural, bool lexicalOk, ProofContext context, List<ProofIssue> issues)
    {
        if (v + 1 >= t.Count || !t[v].IsWord || !t[v].SpaceBefore || Casing.Of(t[v].Text) != WordCasing.Lower)
        {
            return;
        }

        var verb = t[v].Lower;
        var form = NounSubjectAgreementRule.VerbNumberOf(verb, context, out var lexical);
        // "books every year": a time phrase, not an object, may follow a noun.
        if (form is null || form == plural
            || (lexical && (!lexicalOk || !NounSubjectAgreementRule.IsObjectStart(t, v + 1) || t[v + 1].Lower is "every" or "each")))
        {
            return;
        }

        var fix = plural ? NounSubjectAgreementRule.PluralForm(verb, context) : NounSubjectAgreementRule.SingularForm(verb, context);
        if (fix is not null)
        {
            issues.Add(Issue(t[v], $"The subject is {(plural ? "plural" : "singular")}: use \"{fix}\".", fix));
        }
    }

    // A verb that cannot be a noun opens the bullet: "Ensure", "Make", "Reviewed".
    private static bool IsOpeningVerb(List<Token> t, int k, ProofContext context)
    {
        var lower = t[k].Lower;
        return (English.IsBaseVerb(lower, context.Resources) || NounSubjectAgreementRule.IsSurelyVerb(lower, context))
            && !NounNumberRule.IsNoun(lower, context.Resources);
    }

    /// <summary>
    /// A noun phrase at <paramref name="k"/>: determiners, possessives and numbers, then words that are neither function
    /// words nor verbs; its number is its last word's. A present verb with a plain object after it ends the phrase.
    /// </summary>
    private static bool ParsePhrase(List<Token> t, int k, ProofContext context, out int end, out int words, out bool? number, out bool determiner)
    {
        end = k;
        words = 0;
        number = null;
        determiner = false;
        var pluralDeterminer = false;
        // "The technicians and I": a pronoun part.
        if (k < t.Count && t[k].Text == "I")
        {
            end = k + 1;
            words = 1;
            number = true;
            return true;
        }

        for (; end < t.Count; end++)
        {
            var w = t[end];
            if (!(w.IsWord || w.Kind == TokenKind.Number))
            {
                break;
            }

            if (end > k && !w.SpaceBefore)
            {
                return false;
            }

            // "viewers who's first language", "it's": a contraction, not a possessive, so no subject phrase here.
            if (w.Lower.Replace('’', '\'') is "who's" or "it's" or "that's" or "there's" or "what's" or "he's" or "she's" or "here's" or "let's" or "where's")
            {
                return false;
            }

            if (w.IsWord && (Determiners.Contains(w.Lower) || w.Lower.EndsWith("'s", StringComparison.Ordinal) || w.Lower.EndsWith("’s", StringComparison.Ordinal)) && words == 0)
            {
                pluralDeterminer |= PluralDeterminers.Contains(w.Lower);
                determiner = true;
                continue;
            }

            if (w.Kind == TokenKind.Number && words == 0)
            {
                continue;
            }

            if (!w.IsWord || NounSubjectAgreementRule.Stops.Contains(w.Lower))
            {
                break;
            }

            // A lower-case word the dictionary lacks may be the misspelled verb ("The library recieves hundreds").
            if (Casing.Of(w.Text) == WordCasing.Lower && !context.IsKnownOrRegularForm(w.Lower))
            {
                return false;
            }

            // An adverb past the phrase's first word ends it: "Events sent meanwhile are" is no noun phrase.
            if (words > 0 && (w.Lower.EndsWith("ly", StringComparison.Ordinal) || Adverbs.Contains(w.Lower)))
            {
                return false;
            }

            if (words > 0 && Casing.Of(w.Text) == WordCasing.Lower && NounSubjectAgreementRule.VerbNumberOf(w.Lower, context, out var lexical) is not null
                && lexical && end + 1 < t.Count && NounSubjectAgreementRule.IsObjectStart(t, end + 1))
            {
                break;
            }

            // A past verb or participle ends the phrase ("Events sent meanwhile"), except as the adjective that opens it
            // ("Controlled drugs").
            if ((NounSubjectAgreementRule.IsSurelyVerb(w.Lower, context) || IrregularPasts.Contains(w.Lower)) && (words > 0 || !w.Lower.EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }

            words++;
            number = NumberOfWord(w, end == k || (end > 0 && t[end - 1].Kind == TokenKind.Punctuation), context);
        }

        if (words == 0 || NounSubjectAgreementRule.IsSurelyVerb(t[end - 1].Lower, context))
        {
            return false;
        }

        // "Three other costumer": the determiner and the noun disagree, so the verb cannot be judged.
        number = pluralDeterminer ? (number == false ? null : true) : number;
        return true;
    }

    private static bool? NumberOfWord(Token w, bool atStart, ProofContext context)
    {
        // "LHDs", "CBCs": the plural of an acronym.
        if (w.Text.Length >= 3 && w.Text[^1] == 's' && w.Text[..^1].All(char.IsUpper))
        {
            return true;
        }

        return Casing.Of(w.Text) == WordCasing.Lower || (atStart && Casing.Of(w.Text) == WordCasing.Title)
            ? NounSubjectAgreementRule.NumberOf(w.Lower, context) ?? (IsAgentPlural(w.Lower, context) ? true : null)
            : null;
    }

    // "buyers", "sellers": agent nouns the dictionary forms from a verb, whose singular it lists as a noun.
    private static bool IsAgentPlural(string lower, ProofContext context) =>
        lower.EndsWith("ers", StringComparison.Ordinal) && lower.Length > 5 && context.Resources.Dictionary.ContainsExact(lower)
        && NounNumberRule.IsNoun(lower[..^1], context.Resources) && English.BaseOfThirdPerson(lower, context.Resources) is null;

    /// <summary>
    /// Skips prepositional phrases after the head ("on my shift", "with diabetes or heart disease"), leaving
    /// <paramref name="k"/> on the word after them; <paramref name="joined"/> when an "and" inside may join a second subject.
    /// </summary>
    private static bool SkipModifier(List<Token> t, ref int k, ProofContext context, out bool joined)
    {
        joined = false;
        while (k < t.Count && NounSubjectAgreementRule.Prepositions.Contains(t[k].Lower) && t[k].SpaceBefore)
        {
            k++;
            while (true)
            {
                if (!ParsePhrase(t, k, context, out var end, out _, out _, out _))
                {
                    return false;
                }

                k = end;
                if (k + 1 < t.Count && (t[k].Lower is "and" or "or" || t[k].Text == ","))
                {
                    joined |= t[k].Lower != "or";
                    k++;
                    continue;
                }

                break;
            }
        }

        return k < t.Count;
    }
}
