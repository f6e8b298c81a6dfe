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

    // Acronyms said as words ("a NASA mission", "a SaaS", "a UNIX box").
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
            // "an 8-hour shift", "an 11-person team", "an 18% rise"
            return lower[0] == '8' || lower.StartsWith("11", StringComparison.Ordinal) || lower.StartsWith("18", StringComparison.Ordinal)
                ? (lower.Length == 1 || !char.IsAsciiDigit(lower[1]) || lower.StartsWith("11", StringComparison.Ordinal) || lower.StartsWith("18", StringComparison.Ordinal) ? true : null)
                : false;
        }

        var letters = new string([.. word.TakeWhile(char.IsLetter)]);
        var isAcronym = letters.Length is >= 2 and <= 6 && letters.All(char.IsUpper) && !WordAcronyms.Contains(letters);
        if (WordAcronyms.Contains(letters))
        {
            return letters.Equals("sql", StringComparison.OrdinalIgnoreCase) ? null
                : letters.Equals("mba", StringComparison.OrdinalIgnoreCase) ? true
                : "aeio".Contains(char.ToLowerInvariant(letters[0]), StringComparison.Ordinal) || letters.StartsWith("un", StringComparison.OrdinalIgnoreCase);
        }

        if (letters.Length == 1 && !char.IsLetter(word.Length > 1 ? word[1] : ' '))
        {
            return VowelSoundLetters.Contains(char.ToLowerInvariant(letters[0]), StringComparison.Ordinal);
        }

        // An acronym may be spelled out ("an S-Q-L") or said as a word ("a sequel", "a URL" as
        // "earl"); only where both readings agree is the article certain.
        if (isAcronym)
        {
            var initial = char.ToLowerInvariant(letters[0]);
            // With no vowel letter the acronym cannot be said as a word, so it is spelled out: "an HR", "an MSN".
            if (!letters.Any(c => "AEIOUY".Contains(c, StringComparison.Ordinal)) && "fhlmnrsx".Contains(initial, StringComparison.Ordinal))
            {
                return true;
            }

            return "aeio".Contains(initial, StringComparison.Ordinal) ? true
                : "bcdgjkpqtvwyz".Contains(initial, StringComparison.Ordinal) ? false
                : null;
        }

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
