using System.Globalization;
using System.Text;

namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>
/// Regular words a dictionary does not list one by one: technical compounds ("dataframes",
/// "codebase"), agent nouns of known verbs ("recommender", "tokenizers") and words with accents
/// ("café", "Zsófia").
/// A typo is rarely any of these, and flagging them is what makes people stop trusting the checker.
/// </summary>
internal static class WordForms
{
    // Words this common are function words; a plural of one is no regular form ("thems").
    private const int FunctionWordRank = 600;

    // Function words of four letters or more: a "compound" with one is a run-together slip ("eventhough", "eachother",
    // "everytime"). Common content words join freely in trade terms ("waitlist", "chairside", "sidewall").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "about", "also", "another", "because", "been", "being", "both", "could", "does", "each", "even", "ever", "every",
        "from", "have", "here", "into", "just", "least", "many", "more", "most", "much", "must", "never", "only", "onto",
        "other", "over", "should", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they",
        "this", "those", "though", "through", "under", "very", "were", "what", "when", "where", "which", "while", "with",
        "would", "your", "thank", "might", "shall", "upon", "within", "without", "whose", "whom", "anyone", "none",
        "full", // the suffix "-ful" doubled: "beautyfull", "carefull"
    };

    // Particles that make nouns of verbs ("throwdown", "rollout", "handoff", "setback").
    private static readonly string[] Particles = ["down", "up", "out", "off", "back", "away"];

    // Bound prefixes that join a word without a hyphen in technical writing.
    private static readonly string[] JoinedPrefixes =
    [
        "auto", "micro", "macro", "multi", "hyper", "meta", "cyber", "nano", "pseudo", "inter", "intra", "sub", "pre", "post",
        "re", "co", "de", "un", "non", "over", "under", "web", "app", "dev", "data", "cloud", "geo", "bio", "neuro", "tele",
        "cross", "mid", "mini", "omni", "poly", "semi", "ultra", "infra", "back", "front", "down", "up", "out", "off", "work", "cyto",
    ];

    /// <summary>
    /// Whether <paramref name="word"/> is a regular form of words <paramref name="isKnown"/> accepts.
    /// <paramref name="oneEditFromAWord"/> tells whether a dictionary word is one edit away: a
    /// "compound" that is one slip from a word ("diffrent" = diff + rent) is a typo.
    /// </summary>
    public static bool IsRegularForm(string word, HunspellDictionary dictionary, Func<string, bool> isKnown, WordFrequency frequency, Func<string, bool> oneEditFromAWord)
    {
        if (HasAccent(word))
        {
            // Loanwords ("café", "naïve") and names ("Zsófia", "Bjørn") are correct as written.
            return true;
        }

        var lower = word.ToLowerInvariant();
        if (IsBritishSpelling(lower, isKnown))
        {
            return true;
        }

        return lower.Length >= 6
            && (IsAgentNoun(lower, isKnown, MinStem)
                || IsPlural(lower, isKnown, frequency, dictionary.RootFlags)
                || IsLessAdjective(lower, isKnown)
                || ((IsVerbForm(lower, isKnown) || IsCompound(lower, isKnown)) && !oneEditFromAWord(lower) && !isKnown(Casing.ToTitle(lower))));
    }

    // British and Commonwealth spellings and their American forms: "colour", "organise", "centre", "travelled",
    // "programme", "paediatric", "enrolment". A resume written in British English is not full of mistakes.
    private static readonly (string British, string American)[] BritishPatterns =
    [
        ("our", "or"), ("ise", "ize"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("iser", "izer"),
        ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"), ("tre", "ter"), ("tres", "ters"), ("lled", "led"),
        ("lling", "ling"), ("ller", "ler"), ("llor", "lor"), ("ogue", "og"), ("amme", "am"), ("ae", "e"), ("oe", "e"),
        ("lment", "llment"), ("dgement", "dgment"), ("cence", "cense"), ("fence", "fense"),
        ("actis", "actic"), // the verb "practise", "practised" beside the noun "practice"
    ];

    /// <summary>A British spelling whose American form is a known word ("neighbour" → "neighbor").</summary>
    private static bool IsBritishSpelling(string lower, Func<string, bool> isKnown)
    {
        if (lower.Length < 5)
        {
            return false;
        }

        foreach (var (british, american) in BritishPatterns)
        {
            // The digraphs ("paediatric", "oesophagus") sit inside long words; elsewhere they are slips ("becamae").
            var minLength = british is "ae" or "oe" ? 7 : 5;
            var at = lower.IndexOf(british, 1, StringComparison.Ordinal);
            if (at < 0 || lower.Length < minLength || (minLength == 7 && at + british.Length > lower.Length - 3))
            {
                continue;
            }

            var candidate = string.Concat(lower.AsSpan(0, at), american, lower.AsSpan(at + british.Length));
            if (isKnown(candidate))
            {
                return true;
            }
        }

        // "enrol", "fulfil", "instil": one final "l" where American English doubles it.
        return lower.EndsWith('l') && !lower.EndsWith("ll", StringComparison.Ordinal) && isKnown(lower + "l");
    }

    /// <summary>Whether the word has a letter outside ASCII: a loanword or a name from another language.</summary>
    public static bool HasAccent(string word)
    {
        foreach (var c in word)
        {
            if (c > 127 && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"café" → "cafe", for look-ups of loanwords.</summary>
    public static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // "actuals", "backoffs", "financials": a noun use of a known word the dictionary lists only in the singular.
    // A word the dictionary gives a plural of its own ("tomato" → "tomatoes", listed with an S flag or
    // as a root of its own) makes "tomatos" a slip.
    private static bool IsPlural(string lower, Func<string, bool> isKnown, WordFrequency frequency, Func<string, string?> flagsOf) =>
        IsPluralOfY(lower, isKnown, frequency, flagsOf) || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && IsContentWord(lower[..^1], isKnown, frequency)
        && flagsOf(lower[..^1])?.Contains('S', StringComparison.Ordinal) != true && !isKnown(lower[..^1] + "es"));

    // "chemistries", "modalities", "biopsies": "-ies" of a known noun in "-y" after a consonant that the dictionary
    // lists only in the singular.
    private static bool IsPluralOfY(string lower, Func<string, bool> isKnown, WordFrequency frequency, Func<string, string?> flagsOf)
    {
        if (!lower.EndsWith("ies", StringComparison.Ordinal) || lower.Length < 7 || IsVowel(lower[^4]))
        {
            return false;
        }

        var singular = lower[..^3] + "y";
        return IsContentWord(singular, isKnown, frequency) && flagsOf(singular)?.Contains('S', StringComparison.Ordinal) != true;
    }

    // "recommender" = recommend + er, "encoders" = encode + rs; a stem of five letters or more, so
    // that a slip such as "beginer" (begin + er) is not excused.
    private const int MinStem = 5;

    private static bool IsAgentNoun(string lower, Func<string, bool> isKnown, int minStem)
    {
        var stem = lower.EndsWith("ers", StringComparison.Ordinal) ? lower[..^3] : lower.EndsWith("er", StringComparison.Ordinal) ? lower[..^2] : null;
        if (stem is null || stem.Length < minStem)
        {
            return false;
        }

        return (!DoublesItsConsonant(stem) && isKnown(stem)) || isKnown(stem + "e");
    }

    // "checkpointing", "rebased": "-ing" and "-ed" of a known word the dictionary lists only as a noun.
    private static bool IsVerbForm(string lower, Func<string, bool> isKnown)
    {
        var stem = lower.EndsWith("ing", StringComparison.Ordinal) ? lower[..^3] : lower.EndsWith("ed", StringComparison.Ordinal) ? lower[..^2] : null;
        return stem is { Length: >= MinStem } && ((!DoublesItsConsonant(stem) && isKnown(stem)) || isKnown(stem + "e"));
    }

    // A stem ending in one vowel and one consonant doubles it ("planner", "referring"); without the double it is a slip.
    private static bool DoublesItsConsonant(string stem) =>
        stem.Length >= 3 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^1] is not ('w' or 'x' or 'y');

    private static bool IsCompound(string lower, Func<string, bool> isKnown)
    {
        foreach (var prefix in JoinedPrefixes)
        {
            if (lower.Length - prefix.Length >= 3 && lower.StartsWith(prefix, StringComparison.Ordinal) && IsKnownOrDerived(lower[prefix.Length..], isKnown))
            {
                return true;
            }
        }

        for (var cut = 4; cut <= lower.Length - 4; cut++)
        {
            if (IsCompoundPart(lower[..cut], isKnown) && IsCompoundPart(lower[cut..], isKnown))
            {
                return true;
            }
        }

        foreach (var particle in Particles)
        {
            if (lower.Length - particle.Length >= 4 && lower.EndsWith(particle, StringComparison.Ordinal) && IsCompoundPart(lower[..^particle.Length], isKnown))
            {
                return true;
            }
        }

        return false;
    }

    // "tankless", "touchless", "cordless": a content word and "-less". Kept even when one edit from another word
    // ("tankless" / "thankless"): a slip rarely leaves a whole content word before the suffix.
    private static bool IsLessAdjective(string lower, Func<string, bool> isKnown) =>
        lower.Length >= 8 && lower.EndsWith("less", StringComparison.Ordinal) && IsCompoundPart(lower[..^4], isKnown);

    // A part of a compound: a known word, or its agent noun ("rankers") or verb form ("pointing").
    private static bool IsKnownOrDerived(string part, Func<string, bool> isKnown) =>
        isKnown(part) || IsAgentNoun(part, isKnown, minStem: 4) || IsVerbForm(part, isKnown);

    private static bool IsContentWord(string part, Func<string, bool> isKnown, WordFrequency frequency) =>
        isKnown(part) && frequency.RankOfLower(part) > FunctionWordRank;

    private static bool IsCompoundPart(string part, Func<string, bool> isKnown) => isKnown(part) && !FunctionWords.Contains(part);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
