using ResumeRefiner.Core.Proofreading.Spelling;
using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>
/// Non-word spelling errors. Resumes are full of correct words no dictionary has (names,
/// companies, products, acronyms, versions, handles), so the rule first decides whether a token
/// is a word it should judge at all, and treats a capitalised unknown word as a proper noun
/// unless it is one slip away from a common English word.
/// </summary>
internal sealed class SpellingRule : SentenceRule
{
    public const string RuleId = "SPELLING";

    // Prefixes people attach with a hyphen to any word ("re-engineered", "non-technical").
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "re", "co", "pre", "non", "multi", "self", "cross", "anti", "sub", "post", "inter", "intra", "de", "mis", "over",
        "under", "semi", "ex", "e", "mid", "full", "part", "high", "low", "well", "end", "open", "front", "back", "on",
        "off", "in", "out", "up", "down", "micro", "macro", "meta", "pseudo", "bi", "tri", "uni", "auto", "cyber", "eco",
        "hyper", "ultra", "mega", "nano", "x", "t", "u", "omni", "pan", "neo", "geo", "bio", "socio", "techno", "tele",
    };

    // Particles of French, Spanish, Portuguese, Italian, German, Dutch and Scandinavian names.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "el", "et", "y",
        "e", "pour", "sur", "au", "aux", "en", "para", "por", "con", "per", "und", "der", "die", "den", "für", "von", "van",
        "voor", "och", "og",
    };

    // Particles that are not English words (unlike "die", "pour", "per", "con"), so they mark a foreign phrase.
    private static readonly HashSet<string> ForeignParticles = new(StringComparer.Ordinal)
    {
        "en", "de", "del", "della", "du", "des", "la", "le", "les", "et", "und", "der", "das", "von", "di", "da", "dos",
        "los", "las", "el", "au", "aux",
    };

    public override string Id => RuleId;

    public override string Category => ProofCategory.Spelling;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var tokens = sentence.Tokens;
        var unknown = new List<int>();
        var judged = 0;
        // A text with no full stops is one sentence of thousands of words, so a cancelled check stops per word.
        for (var k = 0; k < tokens.Count; k++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (tokens[k].IsWord && ShouldJudge(sentence, k))
            {
                judged++;
                var word = tokens[k].Text.Replace('’', '\'');
                if (!IsKnown(word, context) && !context.IsKnownOrRegularForm(word))
                {
                    unknown.Add(k);
                }
            }
        }

        // Half the words unknown: another language, code or garbled text, not English with typos.
        if (unknown.Count == 0 || (judged >= 4 && unknown.Count * 2 >= judged))
        {
            return;
        }

        var first = sentence.FirstWordIndex;
        var words = tokens.Count(t => t.IsWord);
        foreach (var k in unknown)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!context.TakeUnknownWordSearch())
            {
                return;
            }

            var token = tokens[k];
            var word = token.Text.Replace('’', '\'');

            var casing = Casing.Of(word);
            var atStart = k == first || (k > 0 && tokens[k - 1].Text is ":" or "\"" or "“" or "(" && k - 1 <= first + 1);
            // The sentence's first word is capitalised by position, not because it is a name.
            // A first name the dictionary knows ("Sara Rossi") is capitalised as a name, not by position.
            var neighbourCapitalised = (k > 0 && tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0])
                    && (k - 1 != first || IsDictionaryName(tokens[k - 1], context)))
                || (k + 1 < tokens.Count && tokens[k + 1].IsWord && char.IsUpper(tokens[k + 1].Text[0]));

            // Proper-noun policy: a capitalised unknown word mid-sentence, in a heading, in a
            // list or next to other capitalised words is most likely a name.
            var properNounLike = casing != WordCasing.Lower
                && (!atStart || neighbourCapitalised || sentence.Line.IsHeading || sentence.Line.IsList || words < 4);
            // Part of a run of capitalised words ("Priyanka Raghunathan", "Acme Widget Co"): a name, unless a long word
            // one slip inside a common word ("Interpreter Preperation Program", "Amercian Alliance").
            if (casing != WordCasing.Lower && neighbourCapitalised)
            {
                if (!HasForeignWord(tokens) && SlipInsideTitleWord(word, context) is { } titleFix)
                {
                    issues.Add(Issue(token, $"\"{token.Text}\" looks like a misspelling of \"{titleFix}\".", titleFix));
                }

                continue;
            }

            // A particle inside a name ("Universidad de los Andes", "Ludwig van Beethoven").
            if (casing == WordCasing.Lower && word.Length <= 3 && k > 0 && k + 1 < tokens.Count
                && IsCapitalisedWord(tokens[k + 1]) && (IsCapitalisedWord(tokens[k - 1]) || (k > 1 && tokens[k - 1].IsWord && tokens[k - 1].Length <= 3 && IsCapitalisedWord(tokens[k - 2]))))
            {
                continue;
            }

            // A lower-case word of a name in another language, after one of its particles: "Festival Juste pour rire",
            // "Instituto de Investigación", "Haus der Kunst". English names capitalise their content words.
            if (casing == WordCasing.Lower && k > 1 && NameParticles.Contains(tokens[k - 1].Lower) && tokens[k - 1].IsWord
                && (IsCapitalisedWord(tokens[k - 2]) || (k > 2 && NameParticles.Contains(tokens[k - 2].Lower) && IsCapitalisedWord(tokens[k - 3]))))
            {
                continue;
            }

            // A word of a phrase in another language, next to a particle English does not have: "mise en place",
            // "joie de vivre", "Sturm und Drang".
            if (casing == WordCasing.Lower && ((k > 0 && ForeignParticles.Contains(tokens[k - 1].Text)) || (k + 1 < tokens.Count && ForeignParticles.Contains(tokens[k + 1].Text))))
            {
                continue;
            }

            // A word next to a word of another language: "Università degli Studi", "Laurea di primo livello",
            // "Instituto de Formación".
            if (NearForeignWord(tokens, k))
            {
                continue;
            }

            // An item in a series of products ("Kafka, Telegraf, InfluxDB"; "SketchUp, Enscape, Grasshopper") is one too,
            // and so is a capitalised item of a tool list ("Software: Adobe Creative Suite, Enscape, Revit").
            if (casing != WordCasing.Lower && (InSeriesWithProduct(tokens, k, context) || IsToolListItem(sentence, k)))
            {
                continue;
            }

            // A capitalised unknown word opening a sentence is a name ("Ledgerly: a Postgres
            // extension") unless it is one slip from a common word ("Managment", "Teh"), or the
            // sentence is partly in another language ("Grado en Ingeniería", "Laurea in Economics,
            // Università degli Studi").
            if (!properNounLike && casing != WordCasing.Lower && atStart)
            {
                if (HasForeignWord(tokens))
                {
                    continue;
                }

                if (StartingTypoFix(word, k, sentence, context) is { } fix)
                {
                    issues.Add(Issue(token, $"\"{token.Text}\" looks like a misspelling of \"{fix}\".", fix));
                }

                continue;
            }

            if (properNounLike)
            {
                // Long words are rarely names that sit one slip from a common word.
                var maxRank = word.Length >= 7 ? 10000 : 3000;
                var close = word.Length >= 5 ? context.Resources.Suggester.ClosestCommonWord(word, maxRank) : null;
                // A short capitalised word mid-sentence one slip from a common lower-case word is
                // usually a surname ("Wendt", "Bauer"); one slip from a dictionary name ("Eruope")
                // or capitalised only by its place at the start ("Finall,") it is a typo.
                // A changed first letter ("Jetters" → "Letters") is a name's, not a typing slip's.
                if (close is null || (!atStart && (word.Length < 6 || char.ToLowerInvariant(close[0]) != char.ToLowerInvariant(word[0])) && !char.IsUpper(close[0])))
                {
                    continue;
                }

                issues.Add(Issue(token, $"\"{token.Text}\" looks like a misspelling of \"{Casing.Match(close, casing)}\".", Casing.Match(close, casing)));
                continue;
            }

            // "quick-referance": one misspelled part of a hyphenated compound of known words.
            if (HyphenatedPartFix(word, context) is { } partFix)
            {
                issues.Add(Issue(token, $"\"{token.Text}\" looks like a misspelling of \"{partFix}\".", partFix));
                continue;
            }

            // A word with no close dictionary word is far more often a term of the trade
            // ("vasoactive", "kubectl") than a typo: typos stay near the word meant.
            var scored = context.Resources.Suggester.SuggestScored(word, allowScan: context.TakeWideSearch());

            // The noun of a phrasal verb written as one word is a term of the trade ("blockouts", "buildout",
            // "teardowns"), not a slip for a word one letter away ("blackouts").
            if (casing == WordCasing.Lower && IsPhrasalCompound(word, context))
            {
                continue;
            }

            // After a capitalised word no dictionary has, a lower-case word is often the rest of a name in another
            // language ("Masarykova univerzita", "Titre professionnel"): only a one-letter slip is flagged there
            // ("the Wendt managment").
            if (k > 0 && IsCapitalisedWord(tokens[k - 1]) && !IsKnown(tokens[k - 1].Text, context) && !context.IsKnownOrRegularForm(tokens[k - 1].Text)
                && (scored.Count == 0 || scored[0].Cost > OneLetterSlip))
            {
                continue;
            }

            IReadOnlyList<string> suggestions = [.. scored.Select(s => s.Word)];
            if (suggestions.Count == 0 && word.Length >= 9 && context.TakeWideSearch() && context.Resources.Suggester.DistantCommonWord(word, 10000) is { } distant)
            {
                if (!IsLikelySlip(distant, Suggester.Distance(word.ToLowerInvariant(), distant.ToLowerInvariant(), 3.0), context))
                {
                    continue;
                }

                suggestions = [distant];
            }
            else if (suggestions.Count == 0 || !IsLikelySlip(scored[0].Word, scored[0].Cost, context))
            {
                continue;
            }

            issues.Add(Issue(token, $"\"{token.Text}\" is not in the dictionary; did you mean \"{suggestions[0]}\"?", [.. suggestions]));
        }
    }

    // Names are rarely a long common word with one slip inside it (first and last letters kept): "Preperation",
    // "Enginering", "Competant". Surnames near words are shorter ("Gardner", "Walters").
    private static string? SlipInsideTitleWord(string word, ProofContext context)
    {
        if (word.Length < 8 || Casing.Of(word) != WordCasing.Title || context.Resources.Suggester.ClosestCommonWord(word, 12000) is not { } close
            || char.ToLowerInvariant(close[0]) != char.ToLowerInvariant(word[0]) || close[^1] != word[^1])
        {
            return null;
        }

        return Casing.Match(close, WordCasing.Title);
    }

    // How common the word meant must be (SUBTLEX count) for a slip of a given cost: the further the word, the more
    // common it must be. Typos of everyday words are often two edits away ("vyre", "govorment"); a term of the trade is
    // usually close only to rare words ("fertigation" → "festination") or far from common ones.
    private static readonly (double MaxCost, int MinCount)[] SlipTiers = [(1.0, 3), (1.6, 20), (2.5, 1000)];

    /// <summary>
    /// Whether a lower-case unknown word is a slip for <paramref name="fix"/> rather than a term of the trade the
    /// dictionary lacks ("capnography", "fertigation"): the word meant is close and in real use. A rare or distant
    /// nearest word ("festination", "cartography" for "capnography") is no evidence of a slip.
    /// </summary>
    private static bool IsLikelySlip(string fix, double cost, ProofContext context)
    {
        if (fix.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        var count = context.Resources.Frequency.SmoothedCount(fix.Replace("'", "", StringComparison.Ordinal));
        return SlipTiers.Any(t => cost <= t.MaxCost && count >= t.MinCount);
    }

    /// <summary>
    /// The fix for a capitalised unknown word that opens a sentence, when it is clearly a slip: a
    /// common word close by ("Managment", "Teh", "Therfor"), two run-together words ("Forexample")
    /// or, for a long word, a common word a few edits away ("Unforturntly"). A title before a colon
    /// ("Ledgerly: a Postgres extension") is a name.
    /// </summary>
    private static string? StartingTypoFix(string word, int k, Sentence sentence, ProofContext context)
    {
        var tokens = sentence.Tokens;
        if (k + 1 < tokens.Count && tokens[k + 1].Text is ":" or "–" or "—" or "|")
        {
            return null;
        }

        var suggester = context.Resources.Suggester;
        if (suggester.SuggestScored(word, 3, context.TakeWideSearch()) is [var (best, cost), ..]
            && (best.Contains(' ', StringComparison.Ordinal) || (cost <= 1.3 && context.Resources.Frequency.Rank(best) <= 10000)))
        {
            return best;
        }

        if (suggester.ClosestCommonWord(word, 10000) is { } close)
        {
            return Casing.Match(close, Casing.Of(word));
        }

        return word.Length >= 10 && context.TakeWideSearch() ? suggester.DistantCommonWord(word, 3000) : null;
    }

    // The compound with its one unknown part corrected, when that part is a lower-case word with a word one edit away.
    private static string? HyphenatedPartFix(string word, ProofContext context)
    {
        if (!word.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = word.Split('-');
        var unknown = -1;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || (i < parts.Length - 1 && HyphenPrefixes.Contains(part)) || IsKnown(part, context) || context.IsKnownOrRegularForm(part))
            {
                continue;
            }

            if (unknown >= 0 || part.Length < 4 || Casing.Of(part) != WordCasing.Lower)
            {
                return null;
            }

            unknown = i;
        }

        if (unknown < 0)
        {
            return null;
        }

        // A slip inside the part ("referance", "digtal"); a changed first or last letter is more often a short or
        // technical name ("poppler-utils", "disable-quic", "keep-alives").
        var wrong = parts[unknown];
        if (context.Resources.Suggester.Suggest(wrong, allowScan: false) is not [var fix, ..] || fix.Contains(' ', StringComparison.Ordinal)
            || fix[0] != wrong[0] || fix[^1] != wrong[^1] || Math.Abs(fix.Length - wrong.Length) > 1)
        {
            return null;
        }

        parts[unknown] = fix;
        return string.Join('-', parts);
    }

    // The cost of one inserted, dropped or changed letter in the suggester's weighted distance.
    private const double OneLetterSlip = 1.0;

    // Labels of lines that list tools and products rather than skills in words.
    private static readonly HashSet<string> ToolListLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "software", "tools", "technologies", "technology", "technical", "platforms", "systems", "equipment", "applications",
        "programs", "stack", "frameworks", "libraries", "instruments", "apps", "products",
    };

    // A capitalised word that is a whole item of a list labelled as tools ("Software: Adobe Creative Suite, Enscape,
    // Revit"): such lists are product names, and a product is often one letter from a word ("Enscape", "Procore").
    private static bool IsToolListItem(Sentence sentence, int k)
    {
        var tokens = sentence.Tokens;
        var colon = tokens.FindIndex(t => t.Text == ":");
        if (colon <= 0 || colon > 4 || colon > k || !tokens.Take(colon).Any(t => ToolListLabels.Contains(t.Text)))
        {
            return false;
        }

        static bool Separator(Token t) => t.Text is "," or ";" or "|" or ":" or "•" or "·";
        return (k == 0 || Separator(tokens[k - 1])) && (k + 1 == tokens.Count || Separator(tokens[k + 1]) || tokens[k + 1].Text == ".");
    }

    private static bool IsCapitalisedWord(Token token) => token.IsWord && char.IsUpper(token.Text[0]);

    private static bool IsDictionaryName(Token token, ProofContext context) =>
        Casing.Of(token.Text) == WordCasing.Title && context.Resources.Dictionary.ContainsExact(token.Text) && !context.Resources.Dictionary.ContainsExact(token.Lower);

    private static bool IsForeignWord(Token token) => token.IsWord && (ForeignParticles.Contains(token.Text) || WordForms.HasAccent(token.Text));

    // A word of another language (an accented word or a particle English does not have) within two words.
    private static bool NearForeignWord(List<Token> tokens, int k) => ForeignWithinTwoWords(tokens, k, -1) || ForeignWithinTwoWords(tokens, k, 1);

    private static bool ForeignWithinTwoWords(List<Token> tokens, int k, int step)
    {
        var seen = 0;
        for (var j = k + step; j >= 0 && j < tokens.Count && seen < 2; j += step)
        {
            if (!tokens[j].IsWord)
            {
                continue;
            }

            seen++;
            if (IsForeignWord(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasForeignWord(List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (IsForeignWord(token))
            {
                return true;
            }
        }

        return false;
    }

    // The item before or after the word in a comma series is a product: CamelCase ("InfluxDB"), an acronym ("AWS"),
    // or a technology name the plain dictionary lacks ("Kafka", "Grasshopper" counts only through its vocabulary entry).
    private static bool InSeriesWithProduct(List<Token> tokens, int k, ProofContext context) =>
        (k > 1 && tokens[k - 1].Text == "," && IsProductLike(tokens[k - 2], context))
        || (k + 2 < tokens.Count && tokens[k + 1].Text == "," && IsProductLike(tokens[k + 2], context));

    private static bool IsProductLike(Token token, ProofContext context)
    {
        if (!token.IsWord || !char.IsUpper(token.Text[0]))
        {
            return false;
        }

        var casing = Casing.Of(token.Text);
        return casing == WordCasing.Mixed || (casing == WordCasing.Upper && token.Length >= 2)
            || (context.Vocabulary.Contains(token.Text) && !context.Resources.Dictionary.Check(token.Lower));
    }

    /// <summary>Tokens that are not words to spell: numbers, codes, identifiers, addresses.</summary>
    private static bool ShouldJudge(Sentence sentence, int k)
    {
        var token = sentence.Tokens[k];
        var text = token.Text;
        if (token.HasDigit || text.Contains('_', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal)
            || text.EndsWith('#') || text.EndsWith("++", StringComparison.Ordinal))
        {
            return false;
        }

        var casing = Casing.Of(text.Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal));
        if (casing == WordCasing.Mixed)
        {
            // CamelCase identifiers and brand names (iPhone, JavaScript, McKinsey), unless a
            // hyphenated compound of ordinary words ("Full-Stack").
            if (!text.Contains('-', StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (casing == WordCasing.Upper && text.Length <= 6)
        {
            return false;
        }

        // Part of an address, handle, path or hashtag: look at the whole whitespace-free chunk.
        var tokens = sentence.Tokens;
        if (IsAbbreviation(tokens, k))
        {
            return false;
        }

        // A short lower-case word after a number is a unit: "400 ppi", "12 cfm", "30 kva".
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Number && text.Length <= 3 && casing == WordCasing.Lower)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && !tokens[j + 1].SpaceBefore; j--)
        {
            if (tokens[j].Text is "@" or "#" or "/" or "\\" or "~" or "." or "=" or "<" or "_")
            {
                return false;
            }
        }

        for (var j = k + 1; j < tokens.Count && !tokens[j].SpaceBefore; j++)
        {
            if (tokens[j].Text is "@" or "/" or "\\" or "=" or ">" or "(" or "_")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Particles = ["out", "up", "off", "over", "down", "through", "back", "away", "in"];

    private static bool IsPhrasalCompound(string word, ProofContext context)
    {
        var lower = word.EndsWith('s') ? word[..^1] : word;
        foreach (var particle in Particles)
        {
            if (lower.Length - particle.Length >= 3 && lower.EndsWith(particle, StringComparison.Ordinal)
                && English.IsBaseVerb(lower[..^particle.Length], context.Resources))
            {
                return true;
            }
        }

        return false;
    }

    // A short lower-case word with a full stop that does not end the sentence: "lic. in Neuroscience", "dipl. ing.".
    private static bool IsAbbreviation(List<Token> tokens, int k) =>
        tokens[k].Length <= 5 && Casing.Of(tokens[k].Text) == WordCasing.Lower && k + 2 < tokens.Count && tokens[k + 1].Text == "."
        && !tokens[k + 1].SpaceBefore && tokens[k + 2].IsWord && Casing.Of(tokens[k + 2].Text) == WordCasing.Lower;

    internal static bool IsKnown(string word, ProofContext context)
    {
        if (context.IsKnownWord(word))
        {
            return true;
        }

        // Possessive of any name or word.
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && word.Length > 2)
        {
            return IsKnown(word[..^2], context) || char.IsUpper(word[0]);
        }

        if (word.EndsWith('\'') && word.Length > 2)
        {
            return IsKnown(word[..^1], context);
        }

        if (!word.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        if (context.IsKnownWord(word.Replace("-", "", StringComparison.Ordinal)))
        {
            return true;
        }

        var parts = word.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || (i < parts.Length - 1 && HyphenPrefixes.Contains(part)) || IsKnown(part, context))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
