using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Text;

/// <summary>Text clean-up shared by every reader: ligatures, icon glyphs, bullets, soft hyphens.</summary>
internal static partial class TextCleaner
{
    /// <summary>Characters that open a bullet item. Icon fonts often map to the private-use area, handled separately.</summary>
    public const string BulletChars = "•▪◦●○■□▫‣⁃∙·◆◇►▸▹➢➤✓✔❖*→-–—";

    /// <summary>Bullet characters that are glyphs only, never text: no hyphens, dashes or asterisks.</summary>
    public const string GlyphBullets = "•▪◦●○■□▫‣⁃∙·◆◇►▸▹➢➤✓✔❖→";

    /// <summary>Symbol's bullet (U+F0B7) and Wingdings' discs, squares, diamonds, arrows and ticks as Word maps them.</summary>
    private static readonly HashSet<int> SymbolBullets = [0xF0B7, 0xF06C, 0xF06E, 0xF0A7, 0xF0A8, 0xF076, 0xF071, 0xF0D8, 0xF0FC, 0xF0E8];

    [GeneratedRegex(@"\\fa[A-Za-z]+\b")]
    private static partial Regex LatexIconMacroRegex();

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex SpacesRegex();

    /// <summary>
    /// NFKC folds ligatures (ﬁ → fi) and full-width forms; private-use glyphs (icon fonts for phone, mail, pins)
    /// carry no text; failed LaTeX icon macros (<c>\faPhone</c>) leak into some text layers.
    /// </summary>
    public static string Clean(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most PDF letters are one plain ASCII character: nothing to fold (this runs once per glyph).
        if (text.Length == 1 && text[0] is > ' ' and < '\u007F' && text[0] != '\\')
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // Word's list bullets in the Symbol and Wingdings fonts sit in the private-use area; they are bullets.
            if (SymbolBullets.Contains(rune.Value))
            {
                sb.Append('•');
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.PrivateUse || category == UnicodeCategory.Surrogate
                || rune.Value == 0xFFFD || rune.Value == 0xAD || rune.Value == 0x200B || rune.Value == 0xFEFF)
            {
                continue;
            }

            if (category == UnicodeCategory.Control && rune.Value != '\t')
            {
                sb.Append(' ');
                continue;
            }

            // Emoji and pictographs are used as contact icons (📞 ✉ 📍).
            if (rune.Value is >= 0x1F000 and <= 0x1FAFF || rune.Value is >= 0x2700 and <= 0x27BF && rune.Value != 0x27A2 && rune.Value != 0x27A4
                || rune.Value is >= 0x2600 and <= 0x26FF || rune.Value == 0x2709 || rune.Value == 0x260E)
            {
                sb.Append(' ');
                continue;
            }

            sb.Append(rune.ToString());
        }

        var folded = Normalized(sb.ToString(), NormalizationForm.FormKC)
            .Replace('\u2212', '-').Replace('\u2010', '-').Replace('\u2011', '-');
        folded = LatexIconMacroRegex().Replace(folded, " ");
        return SpacesRegex().Replace(folded, " ").Trim();
    }

    /// <summary>
    /// The text in the given normal form, or as it is when it holds code points normalisation refuses
    /// (noncharacters and the like, which damaged files and hostile edits contain; found by the fuzzer).
    /// </summary>
    public static string Normalized(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Collapse runs of spaces to one and trim.</summary>
    public static string Squash(string text) => SpacesRegex().Replace(text, " ").Trim();

    /// <summary>Squash for text being built: skips the pattern when there is nothing to collapse (most segments).</summary>
    public static string Squash(StringBuilder text)
    {
        var plain = text.Length > 0 && text[0] != ' ' && text[^1] != ' ';
        for (var i = 1; plain && i < text.Length; i++)
        {
            plain = !(char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' '));
        }

        return plain ? text.ToString() : Squash(text.ToString());
    }

    /// <summary>True when the text opens with a bullet character followed by content.</summary>
    public static bool StartsWithBullet(string text) => BulletPrefixLength(text) > 0;

    /// <summary>How many leading characters are the bullet and the space after it; 0 when there is none.</summary>
    public static int BulletPrefixLength(string text)
    {
        if (text.Length < 2)
        {
            return 0;
        }

        var c = text[0];
        if (BulletChars.Contains(c, StringComparison.Ordinal))
        {
            // "-" and "*" only count as bullets when followed by a space ("-10%" is not a bullet).
            if (c is '-' or '*' or '–' or '—' && !char.IsWhiteSpace(text[1]))
            {
                return 0;
            }

            var i = 1;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i < text.Length ? i : 0;
        }

        return 0;
    }

    /// <summary>True when the text is a bullet character alone, as when a tab or a wide gap sets it apart from its item.</summary>
    public static bool IsLoneBullet(string text) => text.Trim() is { Length: 1 } c && StartsWithBullet(c + " x");

    /// <summary>The text without its bullet.</summary>
    public static string StripBullet(string text) => text[BulletPrefixLength(text)..].Trim();

    /// <summary>Trims brackets left over from a removed date, keeping balanced ones ("Accountant (CPA)").</summary>
    public static string TrimUnbalanced(string text)
    {
        while (text.Length > 0)
        {
            var opens = text.Count(c => c == '(');
            var closes = text.Count(c => c == ')');
            if (text[^1] == ')' && closes > opens)
            {
                text = text[..^1].TrimEnd();
            }
            else if (text[0] == '(' && opens > closes)
            {
                text = text[1..].TrimStart();
            }
            else if (text[^1] == '(')
            {
                text = text[..^1].TrimEnd();
            }
            else
            {
                break;
            }
        }

        return text;
    }
}
