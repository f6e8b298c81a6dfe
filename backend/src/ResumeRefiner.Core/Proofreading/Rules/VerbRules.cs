using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>"have went", "has ran", "had ate": a simple past where the perfect needs a participle.</summary>
internal sealed class PerfectParticipleRule : SentenceRule
{
    private static readonly HashSet<string> Have = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "having", "i've", "we've", "you've", "they've", "he's", "she's", "it's", "i'd", "we'd", "they'd" };

    public override string Id => "GRAMMAR_PERFECT_PARTICIPLE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!Have.Contains(w[i].Lower.Replace('’', '\'')))
            {
                continue;
            }

            // "have never went", "has already ran"
            var j = i + 1;
            if (j + 1 < w.Count && w[j].Lower is "never" or "already" or "just" or "not" or "also" or "ever" or "recently" or "finally" or "always")
            {
                j++;
            }

            if (English.PastToBase.TryGetValue(w[j].Lower, out var verb) && !(w[j].Lower == "lay"))
            {
                var participle = English.IrregularVerbs[verb].Participle;
                issues.Add(Issue(w[j], $"After \"{w[i].Text}\", use the past participle \"{participle}\".", Casing.Match(participle, Casing.Of(w[j].Text))));
            }
        }
    }
}

/// <summary>"can makes", "will helped", "did went", "doesn't likes": a modal or "do" wants the base form.</summary>
internal sealed class BaseFormAfterAuxiliaryRule : SentenceRule
{
    private static readonly HashSet<string> DoForms = new(StringComparer.OrdinalIgnoreCase) { "did", "didn't", "does", "doesn't", "don't", "do", "cannot", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "mustn't" };

    public override string Id => "GRAMMAR_BASE_FORM";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            var aux = w[i].Lower.Replace('’', '\'');
            var isModal = English.Modals.Contains(aux);
            if (!isModal && !DoForms.Contains(aux))
            {
                continue;
            }

            // "the can", "a will", "May 2021": nouns, not auxiliaries.
            if (i > 0 && (English.Determiners.Contains(w[i - 1].Lower) || w[i - 1].Lower is "of" or "and") || char.IsUpper(w[i].Text[0]) && aux == "may")
            {
                continue;
            }

            var j = i + 1;
            if (j + 1 < w.Count && w[j].Lower is "not" or "also" or "never" or "still" or "just" or "only" or "really" or "always" or "easily" or "even")
            {
                j++;
            }

            // "do" as a main verb: "do homework", "does research"; only judge "did + past" there.
            var lower = w[j].Lower;
            string? fix = null;
            if (English.PastToBase.TryGetValue(lower, out var verb) && lower != "lay" && lower != "saw" && lower != "found")
            {
                fix = verb;
            }
            else if (isModal || aux.EndsWith("n't", StringComparison.Ordinal) || aux == "cannot" || (aux is "did" or "does" && w[j - 1].Lower == "not"))
            {
                var third = English.BaseOfThirdPerson(lower, context.Resources);
                if (third is not null && lower is not ("is" or "has" or "does"))
                {
                    fix = third;
                }
                else if (lower.EndsWith("ed", StringComparison.Ordinal) && lower != "need")
                {
                    var stem = lower[..^2];
                    foreach (var c in new[] { stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem, stem.EndsWith('i') ? stem[..^1] + "y" : stem })
                    {
                        if (English.IsBaseVerb(c, context.Resources))
                        {
                            fix = c;
                            break;
                        }
                    }
                }
            }

            if (fix is not null && !(w[j].Text.Length > 0 && char.IsUpper(w[j].Text[0])))
            {
                issues.Add(Issue(w[j], $"After \"{w[i].Text}\", use the base form \"{fix}\".", fix));
            }
        }
    }
}

/// <summary>"he have", "she go", "they has", "people is": the verb does not agree with its subject.</summary>
internal sealed class SubjectVerbAgreementRule : SentenceRule
{
    private static readonly HashSet<string> PluralNouns = new(StringComparer.OrdinalIgnoreCase) { "people", "children", "men", "women", "police" };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase) { "when", "if", "unless", "before", "after", "until", "till", "while", "because" };

    public override string Id => "GRAMMAR_SUBJECT_VERB";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var subject = t[i];
            var verb = t[i + 1];
            if (!subject.IsWord || !verb.IsWord || !verb.SpaceBefore)
            {
                continue;
            }

            // A subject pronoun begins a clause; "let it go", "made it work" have an object pronoun.
            var prev = i > 0 ? t[i - 1] : null;
            // After a subordinator ("when someone have") the pronoun is a subject all the same.
            if (prev is not null && prev.IsWord && English.BareVerbTriggers.Contains(prev.Lower)
                && !(Subordinators.Contains(prev.Lower) && subject.Lower is not "it" && English.SingularSubjects.Contains(subject.Lower)))
            {
                continue;
            }

            // "IT Support Specialist": the capitalised "IT" is information technology, not the pronoun.
            if (English.SingularSubjects.Contains(subject.Lower) && subject.Text != "IT")
            {
                // "let it go", "who built it are gone": after a verb "it" is the object.
                if (subject.Lower == "it" && prev is not null && prev.IsWord && (English.IsBaseVerb(prev.Lower, context.Resources)
                    || prev.Lower.EndsWith("ed", StringComparison.Ordinal) || prev.Lower.EndsWith("ing", StringComparison.Ordinal)
                    || English.PastToBase.ContainsKey(prev.Lower) || English.BaseOfThirdPerson(prev.Lower, context.Resources) is not null))
                {
                    continue;
                }

                // "do it the same way", "check it while", "lock it up": a determiner, conjunction or particle is no verb.
                if (English.Determiners.Contains(verb.Lower) || verb.Lower is "while" or "out" or "up" or "off" or "down" or "over" or "through" or "round" or "away" or "back")
                {
                    continue;
                }

                var fix = verb.Lower switch
                {
                    "have" => "has",
                    "do" => "does",
                    "are" => "is",
                    "were" when subject.Lower != "it" => null,
                    "don't" => "doesn't",
                    _ => verb.Lower.Length >= 2 && English.IsBaseVerb(verb.Lower, context.Resources) && !verb.Lower.EndsWith("ed", StringComparison.Ordinal)
                        && context.Resources.Dictionary.ContainsExact(verb.Lower) && !English.Modals.Contains(verb.Lower)
                        && verb.Lower is not ("need" or "dare" or "used" or "ought" or "better" or "rather" or "must" or "lest" or "say")
                        && !IsAlsoCommonNounOrAdjective(verb.Lower, context)
                        ? English.ThirdPerson(verb.Lower, context.Resources)
                        : null,
                };
                if (fix is not null)
                {
                    issues.Add(Issue(verb, $"\"{subject.Text}\" takes \"{fix}\" here.", fix));
                }
            }
            else if (subject.Lower is "there" && verb.Lower is "is" or "was" && i + 2 < t.Count && IsPluralStart(t, i + 2, context))
            {
                var fix = verb.Lower == "is" ? "are" : "were";
                issues.Add(Issue(verb, $"The subject after \"there\" is plural: use \"{fix}\".", fix));
            }
            // "Each of the panels has", "The list of the suppliers is": after "of" the noun is not the subject.
            else if (verb.Lower is "is" or "was" or "has" && IsDeterminedPluralNoun(t, i, context) && !IsSingularInUse(subject.Lower)
                && !(i > 1 && t[i - 2].Lower == "of" || i > 2 && t[i - 3].Lower == "of")
                && !(i + 2 < t.Count && t[i + 2].Text == "'"))
            {
                // "Our open rates was", "The apprentices is": be and have agree with a plural noun too.
                var fix = verb.Lower switch { "is" => "are", "was" => "were", _ => "have" };
                issues.Add(Issue(verb, $"\"{subject.Text}\" is plural: use \"{fix}\".", fix));
            }
            else if (IsPluralNounSubject(t, i, context) && English.BaseOfThirdPerson(verb.Lower, context.Resources) is { } baseForm
                && verb.Lower is not ("is" or "has" or "does" or "was") && NounNumberRule.SingularOf(verb.Lower, context.Resources) is null
                && !(i + 2 < t.Count && t[i + 2].Text == "'") && !IsListedCompoundNoun(t, i + 1, baseForm, context))
            {
                issues.Add(Issue(verb, $"\"{subject.Text}\" is plural: use \"{baseForm}\".", baseForm));
            }
            else if (English.PluralSubjects.Contains(subject.Lower) || subject.Lower == "i" || PluralNouns.Contains(subject.Lower))
            {
                // "police interviews and client dictation": a noun subject may be a modifier in a list of nouns.
                if (PluralNouns.Contains(subject.Lower) && English.BaseOfThirdPerson(verb.Lower, context.Resources) is { } listed && IsListedCompoundNoun(t, i + 1, listed, context))
                {
                    continue;
                }

                var isI = subject.Lower == "i";
                var fix = verb.Lower switch
                {
                    "has" => "have",
                    "does" => "do",
                    "doesn't" => "don't",
                    "is" => isI ? "am" : "are",
                    "was" when !isI => "were",
                    "am" when !isI => "are",
                    _ => PluralVerbFix(verb.Lower, context),
                };

                // "people" can be a noun modifier or object: "the people is" is still wrong, but
                // "which people" questions are rare; keep to the clear cases.
                if (fix is not null && !(subject.Lower == "you" && verb.Lower == "was" && false))
                {
                    issues.Add(Issue(verb, $"\"{subject.Text}\" takes \"{fix}\", not \"{verb.Text}\".", fix));
                }
            }
        }
    }

    // "there is many problems", "there was several": a plural noun phrase follows.
    private static bool IsPluralStart(List<Token> t, int k, ProofContext context)
    {
        var w = t[k].Lower;
        if (w is "many" or "several" or "two" or "three" or "four" or "five" or "lots" or "various" or "numerous")
        {
            return true;
        }

        // "there is problems": a plain plural noun right after the verb.
        return t[k].IsWord && Casing.Of(t[k].Text) == WordCasing.Lower && NounNumberRule.SingularOf(w, context.Resources) is not null
            && !(k + 1 < t.Count && t[k + 1].IsWord && NounNumberRule.IsNoun(t[k + 1].Lower, context.Resources));
    }

    // "the students thinks": a regular plural noun that starts the clause, after an article or possessive.
    private static bool IsPluralNounSubject(List<Token> t, int i, ProofContext context)
    {
        var noun = t[i];
        if (Casing.Of(noun.Text) == WordCasing.Upper || NounNumberRule.SingularOf(noun.Lower, context.Resources) is null)
        {
            return false;
        }

        var prev = i > 0 ? t[i - 1] : null;
        return prev is null || prev.Kind == TokenKind.Punctuation && prev.Text is "," or "." || IsPluralDeterminer(prev);
    }

    // "forwarders, customs brokers, carriers": a plural noun ending a list item is a compound noun, not a verb.
    private static bool IsListedCompoundNoun(List<Token> t, int k, string baseForm, ProofContext context) =>
        NounNumberRule.IsNoun(baseForm, context.Resources) && (k + 1 >= t.Count || t[k + 1].Text is "," or ";" or "." || t[k + 1].Lower is "and" or "or");

    // "the apprentices", "our open rates": after a determiner a word in -s that is the plural of a
    // dictionary noun is a plural noun, even where it could also be a verb.
    private static bool IsDeterminedPluralNoun(List<Token> t, int i, ProofContext context)
    {
        var noun = t[i].Lower;
        if (Casing.Of(t[i].Text) == WordCasing.Upper || !noun.EndsWith('s') || noun.EndsWith("ss", StringComparison.Ordinal) || noun.Length < 4
            || !new[] { noun[..^1], noun.EndsWith("es", StringComparison.Ordinal) ? noun[..^2] : "", noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : "" }
                .Any(c => c.Length > 1 && context.Resources.Dictionary.RootFlags(c)?.Contains('S', StringComparison.Ordinal) == true
                    && (c + "s" == noun || c + "es" == noun || (c.EndsWith('y') && c[..^1] + "ies" == noun))))
        {
            return false;
        }

        var prev = i > 0 ? t[i - 1] : null;
        var before = i > 1 ? t[i - 2] : null;
        return prev is not null && (IsPluralDeterminer(prev)
            || (before is not null && IsPluralDeterminer(before) && prev.IsWord && Casing.Of(prev.Text) == WordCasing.Lower
                && context.Resources.Dictionary.RootFlags(prev.Lower) is { } flags && !flags.Contains('S', StringComparison.Ordinal) && !flags.Contains('M', StringComparison.Ordinal)));
    }

    private static bool IsPluralDeterminer(Token token) =>
        token.Lower is "the" or "these" or "those" or "many" or "most" or "some" or "all" or "our" or "their" or "my" or "your" or "his" or "her" or "both" or "several";

    // Plural in form, singular in use: "Analytics is", "The news was", "Sales has grown".
    private static bool IsSingularInUse(string noun) =>
        noun.EndsWith("ics", StringComparison.Ordinal) && !English.IcsPlurals.Contains(noun) || noun is "news" or "series" or "species" or "means" or "headquarters" or "sales" or "operations" or "savings" or "earnings" or "proceeds" or "athletics" or "billiards" or "measles";

    // "they makes" → "make": a third-person verb after a plural subject.
    private static string? PluralVerbFix(string verb, ProofContext context)
    {
        var baseForm = English.BaseOfThirdPerson(verb, context.Resources);
        return baseForm is null || verb is "is" or "has" or "does" || context.Resources.Frequency.Rank(baseForm) > 15000 || NounNumberRule.IsNoun(baseForm, context.Resources) && context.Resources.Dictionary.RootFlags(baseForm)?.Contains('D', StringComparison.Ordinal) != true
            ? null
            : baseForm;
    }

    // "he report" is ambiguous in headlines; words used mostly as nouns or adjectives are left alone.
    private static bool IsAlsoCommonNounOrAdjective(string word, ProofContext context)
    {
        var flags = context.Resources.Dictionary.RootFlags(word) ?? "";
        return flags.Contains('M', StringComparison.Ordinal) && context.Resources.Frequency.Rank(word) > 3000 || word is "mean" or "kind" or "like" or "well" or "right" or "wrong" or "back" or "still" or "even" or "just";
    }
}

/// <summary>"more better", "most easiest": a double comparative.</summary>
internal sealed class DoubleComparativeRule : SentenceRule
{
    public override string Id => "GRAMMAR_DOUBLE_COMPARATIVE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var w = Words(sentence);
        for (var i = 0; i + 1 < w.Count; i++)
        {
            var adv = w[i].Lower;
            var adj = w[i + 1].Lower;
            var comparative = adv == "more" && (adj is "good" or "bad" or "better" or "worse" or "less" or "bigger" or "smaller" or "easier" or "harder" or "faster" or "cheaper" or "larger" or "greater" or "higher" or "lower" or "happier" or "healthier" or "older" or "younger" or "stronger" or "longer" or "shorter");
            var superlative = adv == "most" && adj.EndsWith("est", StringComparison.Ordinal) && adj.Length > 5 && context.Resources.Dictionary.ContainsExact(adj) && adj is not ("honest" or "modest" or "interest" or "earnest");
            if (comparative || superlative)
            {
                var fix = adj switch { "good" => "better", "bad" => "worse", _ => w[i + 1].Text };
                issues.Add(Issue(w[i].Start, w[i + 1].End - w[i].Start, $"Use \"{fix}\" on its own: \"{w[i].Text} {w[i + 1].Text}\" doubles the comparison.", fix));
            }
        }
    }
}

/// <summary>"informations", "advices", "childrens": nouns that have no such plural.</summary>
internal sealed class UncountablePluralRule : SentenceRule
{
    public override string Id => "GRAMMAR_UNCOUNTABLE_PLURAL";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        foreach (var t in sentence.Tokens)
        {
            if (t.IsWord && English.UncountablePlurals.TryGetValue(t.Lower, out var fix) && !(t.Lower is "peoples" or "staffs" && char.IsUpper(t.Text[0])))
            {
                issues.Add(Issue(t, $"\"{fix}\" has no plural form here.", Casing.Match(fix, Casing.Of(t.Text))));
            }
        }
    }
}
