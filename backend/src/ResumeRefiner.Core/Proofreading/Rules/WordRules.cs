using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>"the the", "to to": the same word twice in a row.</summary>
internal sealed class RepeatedWordRule : SentenceRule
{
    // Doubled on purpose in correct English ("had had", "that that", "is is" never).
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "had", "that", "bye", "very", "no", "so", "ha", "la", "cha", "tut", "pom", "aye", "yada", "wow", "go", "boo", "knock", "bora", "mahi", "walla", "can" };

    public override string Id => "REPEATED_WORD";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count; i++)
        {
            if (t[i].IsWord && t[i - 1].IsWord && t[i].SpaceBefore && t[i].Lower == t[i - 1].Lower && !Allowed.Contains(t[i].Lower))
            {
                // Delete the second word together with the space before it.
                var start = t[i - 1].End;
                issues.Add(Issue(start, t[i].End - start, $"\"{t[i].Text}\" is repeated.", ""));
            }
        }
    }
}

/// <summary>"a the", "the a": two articles or determiners where one is meant.</summary>
internal sealed class DoubledArticleRule : SentenceRule
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    public override string Id => "GRAMMAR_DOUBLED_ARTICLE";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 1; i < t.Count; i++)
        {
            if (t[i].IsWord && t[i - 1].IsWord && Articles.Contains(t[i].Lower) && Articles.Contains(t[i - 1].Lower) && t[i].Lower != t[i - 1].Lower
                && !(t[i - 1].Text == "A" && sentence.Line.IsList))
            {
                issues.Add(Issue(t[i - 1].Start, t[i].Start - t[i - 1].Start, $"Use one article: \"{t[i - 1].Text} {t[i].Text}\" has two.", ""));
            }
        }
    }
}

/// <summary>a/an by sound, not by letter: "an MBA", "a UX designer", "an hour", "a university".</summary>
internal sealed class ArticleRule : SentenceRule
{
    // Vowel letters that sound like a consonant, and silent h.
    private static readonly string[] ConsonantSoundPrefixes = ["uni", "use", "usu", "uti", "uto", "ura", "uri", "ure", "euro", "eu", "ewe", "one", "once", "ubiq", "uganda", "ukrain", "unanim", "uran", "urol", "usa"];
    private static readonly string[] VowelSoundPrefixes = ["hour", "honest", "honor", "honour", "heir", "herb"];

    // "un-" words whose prefix is still said with a vowel: "an uninstalled", "an unusual".
    private static readonly string[] UnVowelPrefixes = ["unin", "unim", "unus", "unev", "uner", "unid", "unut"];

    // Single letters ("an X-ray", "an F1 car"): these letters' names start with a vowel sound.
    private const string VowelSoundLetters = "aefhilmnorsx";

    // Acronyms said as words ("a NASA mission", "a SaaS", "a UNIX box": "UN" is read "you-n").
    private static readonly HashSet<string> WordAcronyms = new(StringComparer.OrdinalIgnoreCase) { "nasa", "saas", "paas", "iaas", "unix", "uefa", "unesco", "unicef", "ucas", "nato", "fifa", "nasdaq", "scada", "sql", "oauth", "ajax", "json", "jpeg", "gif", "rom", "ram", "raid", "gaap", "laser", "radar", "scuba", "mba" };

    public override string Id => "GRAMMAR_A_AN";

    public override string Category => ProofCategory.Grammar;

    protected override void Check(Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        var t = sentence.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var art = t[i];
            if (art.Lower is not ("a" or "an") || !t[i + 1].SpaceBefore || t[i + 1].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            // "Vitamin A", "Plan A", "Type A or B", list markers "a)", the end of "FP&A" or "R/A".
            if (art.Text == "A" && i > 0 && ((t[i - 1].IsWord && char.IsUpper(t[i - 1].Text[0]) && i != sentence.FirstWordIndex) || !art.SpaceBefore))
            {
                continue;
            }

            var next = t[i + 1].Text;
            var vowel = StartsWithVowelSound(next);
            if (vowel is null)
            {
                continue;
            }

            if (art.Lower == "a" && vowel == true)
            {
                issues.Add(Issue(art, $"Use \"an\" before a vowel sound (\"{next}\").", Casing.Match("an", Casing.Of(art.Text))));
            }
            else if (art.Lower == "an" && vowel == false)
            {
                issues.Add(Issue(art, $"Use \"a\" before a consonant sound (\"{next}\").", Casing.Match("a", Casing.Of(art.Text))));
            }
        }
    }

    /// <summary>true/false when the sound is clear; null when both readings are heard ("SQL").</summary>
    internal static bool? StartsWithVowelSound(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length == 0 || !char.IsLetterOrDigit(lower[0]))
        {
            return null;
        }

        if (char.IsAsciiDigit(lower[0]))
        {
            return NumberStartsWithVowelSound(lower);
        }

        var letters = new string([.. word.TakeWhile(char.IsLetter)]);
        // "HOAs", "NSAIDs": the plural of an acronym is read like the acronym.
        if (letters.Length >= 3 && letters[^1] == 's' && letters[..^1].All(char.IsUpper))
        {
            letters = letters[..^1];
        }

        if (WordAcronyms.Contains(letters))
        {
            return letters.Equals("sql", StringComparison.OrdinalIgnoreCase) ? null
                : letters.Equals("mba", StringComparison.OrdinalIgnoreCase) ? true
                : "aeio".Contains(char.ToLowerInvariant(letters[0]), StringComparison.Ordinal);
        }

        if (letters.Length == 1 && !char.IsLetter(word.Length > 1 ? word[1] : ' '))
        {
            return VowelSoundLetters.Contains(char.ToLowerInvariant(letters[0]), StringComparison.Ordinal);
        }

        return letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper) ? AcronymStartsWithVowelSound(letters) : StartsWithVowelSoundAsWord(lower);
    }

    // Consonant pairs that open English words; an acronym that opens with any other pair cannot be read as a word.
    private static readonly string[] Onsets = ["fl", "fr", "sc", "sk", "sl", "sm", "sn", "sp", "st", "sw", "sh", "sq"];

    /// <summary>
    /// An acronym is read letter by letter ("an FBI", "an NSAID", "an MSHA") or as a word ("a FEMA", "a FINRA"). For
    /// F, H, L, M, N, R, S and X the two readings take different articles, so only a clear shape decides: spelled out
    /// when it cannot be said (no vowel, two letters, an opening pair no English word has, or a consonant and two
    /// vowels: "FAA", "HOA", "ROI"), a word when it has four letters or more, two vowels and a sayable opening
    /// ("NASA", "FINRA", "HIPAA"). Anything else ("SAT", "SARS", "FOMC") may be either.
    /// </summary>
    private static bool? AcronymStartsWithVowelSound(string letters)
    {
        var lower = letters.ToLowerInvariant();
        if ("aeio".Contains(lower[0], StringComparison.Ordinal))
        {
            return true;
        }

        // "a USB", "a UNIX": the letter's name and the word both open with "you".
        if ("bcdgjkpqtuvwyz".Contains(lower[0], StringComparison.Ordinal))
        {
            return false;
        }

        var vowels = lower.Count(IsVowelLetter);
        var onset = !IsVowelLetter(lower[1]) && Onsets.Contains(lower[..2]);
        if (vowels == 0 || lower.Length == 2 || (!IsVowelLetter(lower[1]) && !onset)
            || (lower.Length == 3 && IsVowelLetter(lower[1]) && IsVowelLetter(lower[2])))
        {
            return true;
        }

        var sayableOpening = IsVowelLetter(lower[1]) || (onset && IsVowelLetter(lower[2]));
        return lower.Length >= 4 && vowels >= 2 && sayableOpening ? false : null;
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// A number as it is read: "eight…", "eleven", "eighteen" and "eleven thousand" open with a vowel; "110" is
    /// "one hundred ten", and "1100" may be "eleven hundred".
    /// </summary>
    private static bool? NumberStartsWithVowelSound(string lower)
    {
        if (lower[0] == '8')
        {
            return true;
        }

        if (!lower.StartsWith("11", StringComparison.Ordinal) && !lower.StartsWith("18", StringComparison.Ordinal))
        {
            return false;
        }

        // The digits read before the first thousands comma: "11,000" is "eleven thousand".
        var run = 0;
        while (run < lower.Length && char.IsAsciiDigit(lower[run]))
        {
            run++;
        }

        var grouped = run < lower.Length && lower[run] == ',';
        return run == 2 || (run == 5 && !grouped) ? true : run == 4 && !grouped ? null : false;
    }

    private static bool? StartsWithVowelSoundAsWord(string lower)
    {
        if (VowelSoundPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        if (ConsonantSoundPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            // "unimportant", "uninstall", "unused", "uneven" keep the vowel sound.
            return UnVowelPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal));
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal);
    }
}
