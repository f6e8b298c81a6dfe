using System.Globalization;
using System.Text;

namespace ResumeRefiner.Core.Analysis.Skills;

/// <summary>One word of a text as the skill matcher sees it.</summary>
/// <param name="Norm">Lower-cased, possessive and final plural folded: "APIs" and "api" meet here.</param>
/// <param name="Surface">The word as written, for aliases that only count in one casing ("R", "Go", "AP").</param>
/// <param name="BreakBefore">Punctuation or a line break precedes it, so no skill name spans the gap.</param>
internal readonly record struct SkillToken(string Norm, string Surface, int Start, int End, bool BreakBefore);

/// <summary>
/// Splits text into words for skill lookup. Punctuation that belongs to a name stays in the word
/// (C#, C++, .NET, Node.js, GD&amp;T, WCAG 2.1), a slash is a word of its own so "CI/CD" and
/// "VLOOKUP/XLOOKUP" both work, and a hyphen joins nothing ("med-surg" = "med surg").
/// </summary>
internal static class SkillText
{
    private static readonly string[] StemSuffixes = ["ation", "ating", "ated", "ment", "ing", "ion", "ate", "ed"];

    public static List<SkillToken> Tokenize(string text)
    {
        var tokens = new List<SkillToken>(text.Length / 5 + 4);
        var pendingBreak = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (d is '#' or '+')
                    {
                        i++;
                    }
                    else if (d is '.' or '&' or '\'' or '\u2019' && char.IsLetterOrDigit(next))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var surface = text[start..i];
                tokens.Add(new SkillToken(Normalize(surface), surface, start, i, pendingBreak));
                pendingBreak = false;
                continue;
            }

            switch (c)
            {
                case '/':
                    tokens.Add(new SkillToken("/", "/", i, i + 1, pendingBreak));
                    pendingBreak = false;
                    break;
                case '&':
                    tokens.Add(new SkillToken("and", "&", i, i + 1, pendingBreak));
                    pendingBreak = false;
                    break;
                case ' ' or '\t' or '-' or '\u00a0':
                    break;
                default:
                    pendingBreak = true;
                    break;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>The comparison form of one word.</summary>
    public static string Normalize(string word)
    {
        var s = word.Replace('\u2019', '\'').ToLower(CultureInfo.InvariantCulture);
        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        s = s.TrimEnd('\'');
        if (s.Length > 4 && s.EndsWith("ies", StringComparison.Ordinal))
        {
            return s[..^3] + "y";
        }

        if (s.Length > 4 && s.EndsWith("sses", StringComparison.Ordinal))
        {
            return s[..^2];
        }

        if (s.Length > 3 && s[^1] == 's' && char.IsLetter(s[^2]) && !s.EndsWith("ss", StringComparison.Ordinal) && !s.EndsWith("us", StringComparison.Ordinal) && !s.EndsWith("is", StringComparison.Ordinal))
        {
            return s[..^1];
        }

        return s;
    }

    /// <summary>
    /// The word-family form of a normalised word, so a noun phrase and its verb form meet: "management",
    /// "managing" and "manage" give "manag"; "negotiation" and "negotiate" give "negoti"; "verification" and
    /// "verify" give "verify". Crude on purpose: both sides go through it, so only collisions matter, and
    /// stems shorter than four letters are left whole ("rating", "string", "state").
    /// </summary>
    public static string Stem(string norm)
    {
        if (norm.EndsWith("ication", StringComparison.Ordinal) && norm.Length - 7 >= 3)
        {
            return norm[..^7] + "y";
        }

        foreach (var suffix in StemSuffixes)
        {
            if (norm.EndsWith(suffix, StringComparison.Ordinal) && norm.Length - suffix.Length >= 4)
            {
                norm = norm[..^suffix.Length];
                break;
            }
        }

        return norm.Length > 4 && norm[^1] == 'e' ? norm[..^1] : norm;
    }

    /// <summary>A stable key for a whole phrase, used to merge names that differ only in case, plural or punctuation.</summary>
    public static string Key(string phrase)
    {
        var sb = new StringBuilder();
        foreach (var t in Tokenize(phrase))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(t.Norm);
        }

        return sb.ToString();
    }
}
