using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>One logical item of a section: a bullet with its wrapped lines joined, or a non-bullet line.</summary>
internal sealed class Item
{
    public required DocLine Line { get; init; }

    /// <summary>The item's last line: the first one, or the last wrapped line joined to it.</summary>
    public DocLine LastLine
    {
        get => field ?? Line;
        init;
    }

    /// <summary>The line's segments without the bullet and without side information (dates, durations).</summary>
    public List<string> Segments { get; init; } = [];

    /// <summary>Right- or left-aligned pieces that only hold dates, durations or a place.</summary>
    public List<string> Side { get; init; } = [];

    public bool Bullet { get; init; }

    public string Text => string.Join("  ", Segments);

    public bool HasMain => Segments.Count > 0;

    public bool IsProse => !Bullet && ReadsAsProse(Text);

    private const int ProseDecidedWithin = 500;

    /// <summary>Spaced dashes ("School — Degree — 2016"): two of them set out fields, as a sentence seldom does.</summary>
    private static int SpacedDashes(string text) =>
        CountOf(text, " — ") + CountOf(text, " – ");

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether the text reads as a paragraph rather than as an entry's header line.</summary>
    private static bool ReadsAsProse(string text)
    {
        // Whether text reads as a header shows in its opening; a paragraph grows as wrapped lines are joined to
        // it, and scanning all of it again for each joined line would cost the square of its length.
        if (text.Length > ProseDecidedWithin)
        {
            text = text[..ProseDecidedWithin];
        }

        // A header line ("Company | Title | Jan 2020 – Present") is never prose, however long.
        if (DateParser.FindAll(text).Any(r => r.IsRange) || text.Contains(" | ", StringComparison.Ordinal) || SpacedDashes(text) >= 2)
        {
            return false;
        }

        // "Bachelor of Science, Major in Biology, Minor in Chemistry, University of Toronto, 2016": four or more
        // capitalised parts set apart by commas are fields, however many words they hold.
        if (!text.EndsWith('.') && text.Split(", ") is { Length: >= 4 } parts && parts.All(p => p.Length > 0 && (char.IsUpper(p[0]) || char.IsDigit(p[0]))))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        if (words >= 12)
        {
            return true;
        }

        return words >= 7 && (text.EndsWith('.') || text.EndsWith(';')) || words >= 4 && IsShortSentence(text);
    }

    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal) { "a", "an", "the", "with", "of", "for", "and", "in", "to", "on", "by", "from" };

    /// <summary>
    /// "Custom fabrication shop with 28 employees.": a few words written with the small words of a sentence and
    /// full-stopped, as a job's one-line description is; a name ends with no full stop but an abbreviation's ("Acme Co.").
    /// </summary>
    private static bool IsShortSentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].TrimEnd('.');
        return text.EndsWith('.') && last.Length > 4 && last.Skip(1).All(char.IsLower) && words.Any(SentenceWords.Contains);
    }
}
