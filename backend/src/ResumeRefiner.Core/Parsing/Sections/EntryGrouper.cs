using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Layout;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>
/// Groups a section's items into entries. Layout cues are format-neutral: dates (a second dated header means a second
/// entry) and typography (a header line styled like the entry's first line after a differently styled one starts the
/// next entry).
/// </summary>
internal static class EntryGrouper
{
    /// <summary>
    /// Items → entries. A section may say which items start an entry whatever their look, and which complete the
    /// current one although styled like its first line.
    /// </summary>
    public static List<RawEntry> Group(List<Item> items, Func<Item, RawEntry, bool>? startsEntry = null, Func<Item, RawEntry, bool>? completesEntry = null)
    {
        var entries = new List<RawEntry>();
        RawEntry? current = null;
        Item? previousHeader = null;
        var afterDateLine = false;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var followsDateLine = afterDateLine;
            afterDateLine = false;
            if (!item.HasMain)
            {
                // A line holding only a date or a place: it belongs to the entry being read, unless that entry is
                // complete (has bullets) or already dated, in which case the date opens the next entry.
                var dated = item.Side.Any(s => DateParser.Find(s) is not null);
                if (current is null || (dated && (current.Bullets.Count > 0 || current.HasDate)))
                {
                    current = new RawEntry();
                    entries.Add(current);
                    previousHeader = null;
                }

                current.Side.AddRange(item.Side);
                afterDateLine = dated;
                continue;
            }

            if (item.Bullet)
            {
                if (current is null)
                {
                    current = new RawEntry();
                    entries.Add(current);
                }

                current.Bullets.Add(item.Text);
                current.Side.AddRange(item.Side);
                continue;
            }

            // A line starting in lower case under an entry's bullets is the last one's tail, wrapped where it did not line up.
            if (current is { Bullets.Count: > 0 } && char.IsLower(item.Text[0]) && !IsDated(item))
            {
                current.Bullets[^1] += " " + item.Text;
                current.Side.AddRange(item.Side);
                continue;
            }

            // "Technologies: C, Python" under an entry's bullets or description belongs to that entry.
            if (!item.Bullet && current is not null && current.Header.Count > 0 && RawEntry.ToolsList(item.Text) is not null)
            {
                current.Tools.Add(item.Text.Trim());
                current.Side.AddRange(item.Side);
                continue;
            }

            // Highlights set as an indented list with no bullet glyphs ("Pulte Homes ‖ 05/2022 – Present" / "Lead Carpenter" /
            // "   Built concrete formwork…"): a capitalised line of a few words indented past the dated header, once the
            // header is complete or the line tells what was done (not the tail of a wrapped sentence, set where it fell).
            // A sentence right above bulleted lines is the entry's description, however indented.
            if (current is { Header.Count: > 0, HasDate: true } && !IsDated(item) && IndentedUnder(item, current) && char.IsUpper(item.Text[0])
                && item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && k > 0 && FollowsClosely(item, items[k - 1])
                && !(k + 1 < items.Count && items[k + 1].Bullet)
                && (current.Header.Count >= 2 || current.Bullets.Count > 0 || OpensWithAction(item.Text)))
            {
                current.Bullets.Add(item.Text);
                current.Side.AddRange(item.Side);
                continue;
            }

            // A line that opens with what the person did, under a dated header: a highlight printed without a bullet when
            // the entry has several such lines, else its description (decided when the entry is complete).
            if (current is { Header.Count: > 0, HasDate: true } && !IsDated(item) && OpensWithAction(item.Text))
            {
                current.ActionLines.Add(item.Text);
                current.Side.AddRange(item.Side);
                continue;
            }

            var prose = item.IsProse && !ContinuesTitle(item, current);
            if (prose && current is not null && current.Header.Count > 0)
            {
                current.Prose.Add(item.Text);
                current.Side.AddRange(item.Side);
                continue;
            }

            // Only a start date or a range marks a new entry; "expected May 2016" completes the current one.
            // A labelled end date ("End date: Present" under "Start date: March 2019") closes the entry's range.
            var itemDated = (DateParser.Find(item.Text) is { Start: not null } || item.Side.Any(s => DateParser.Find(s) is { Start: not null }))
                && FieldLabels.Split(item.Text) is not { Role: FieldRole.EndDate };
            var byDate = current is not null && current.Bullets.Count == 0 && current.Prose.Count == 0
                && itemDated && current.HasDate && current.Header.Count > 0;

            // Dates under the title: "Lumen — Projectionist" / "1905 – 1912" / "Gazette — Typesetter" / "1899 – 1905".
            // After an entry's date line, a line styled like its first line whose own date line follows is the next
            // entry (a role line under a dated organisation has no date line of its own, so it stays).
            var byDateBelow = current is not null && followsDateLine && !itemDated && current.Bullets.Count == 0 && current.Prose.Count == 0
                && current.Header.Count > 0 && SameStyle(item.Line, current.Header[0].Line) && DateLineFollows(items, k);
            var startNew = current is null
                || current.Bullets.Count > 0
                || current.Prose.Count > 0
                || current.ActionLines.Count > 0
                || byDate
                || byDateBelow
                || (startsEntry?.Invoke(item, current) ?? false)
                || (current.Header.Count >= 2 && previousHeader is not null
                    && SameStyle(item.Line, current.Header[0].Line) && !SameStyle(previousHeader.Line, item.Line)
                    && !(completesEntry?.Invoke(item, current) ?? false) && !IsAsideLabel(item));

            if (startNew)
            {
                var next = new RawEntry();
                if (byDate)
                {
                    // Undated lines after the previous entry's dated line open this entry ("Kasa" above its dated title),
                    // unless that entry itself opened with its dated line: then its entries read date line first, and the
                    // undated lines are the rest of it ("ACME  2019 – 2021" / "Engineer").
                    var lastDated = current!.Header.FindLastIndex(h => IsDated(h) || FieldLabels.Split(h.Text) is { Role: FieldRole.EndDate });
                    if (lastDated > 0 && lastDated < current.Header.Count - 1)
                    {
                        var moved = current.Header.Skip(lastDated + 1).ToList();
                        current.Header.RemoveRange(lastDated + 1, moved.Count);
                        foreach (var m in moved)
                        {
                            foreach (var s in m.Side)
                            {
                                current.Side.Remove(s);
                            }
                        }

                        next.Header.AddRange(moved);
                        next.Side.AddRange(moved.SelectMany(m => m.Side));
                    }
                }

                current = next;
                entries.Add(current);
            }

            current!.Header.Add(item);
            current.Side.AddRange(item.Side);
            if (prose)
            {
                current.Header.RemoveAt(current.Header.Count - 1);
                current.Prose.Add(item.Text);
            }

            previousHeader = item;
        }

        foreach (var entry in entries)
        {
            (entry.Bullets.Count == 0 && entry.ActionLines.Count >= 2 ? entry.Bullets : entry.Prose).AddRange(entry.ActionLines);
        }

        return entries.Where(e => !e.IsEmpty).ToList();
    }

    private static readonly HashSet<string> OngoingWords = new(StringComparer.OrdinalIgnoreCase) { "present", "current", "now", "today", "ongoing" };

    /// <summary>
    /// A range stacked in a left gutter, its start beside the entry's first line and its end beside the second ("2019" /
    /// "2022", "2/2018" / "Present"), with no dash between: one range on the first line, not two entries dated once.
    /// Only a later end, each date leading its own line, joins: entries dated once each are listed latest first.
    /// </summary>
    public static List<Item> JoinStackedDates(List<Item> items)
    {
        List<Item>? result = null;
        for (var k = 0; k + 1 < items.Count; k++)
        {
            var (first, second) = (items[k], items[k + 1]);
            if (first.Bullet || second.Bullet || LeadingSingleDate(first) is not { } start)
            {
                continue;
            }

            string? end = null;
            var secondSegments = second.Segments;
            var secondSide = second.Side;
            if (LeadingSingleDate(second) is { } later && string.CompareOrdinal(later.Iso, start.Iso) >= 0)
            {
                (end, secondSide) = (later.Text, second.Side.Where(s => s != later.Text).ToList());
            }
            else if (second.Segments.Count > 1 && OngoingWords.Contains(second.Segments[0].Trim())
                && second.Line.Segments.Count > 1 && second.Line.Segments[0].Text.Trim() == second.Segments[0].Trim())
            {
                (end, secondSegments) = (second.Segments[0].Trim(), second.Segments.Skip(1).ToList());
            }

            if (end is null)
            {
                continue;
            }

            result ??= [.. items];
            result[k] = new Item
            {
                Line = first.Line,
                LastLine = first.LastLine,
                Segments = first.Segments,
                Bullet = false,
                Side = first.Side.Select(s => s == start.Text ? $"{s} – {end}" : s).ToList(),
            };
            result[k + 1] = new Item
            {
                Line = second.Line,
                LastLine = second.LastLine,
                Segments = secondSegments,
                Side = secondSide,
                Bullet = false,
            };
            k++;
        }

        return result ?? items;
    }

    /// <summary>The item's one side date, when it is a single date (not a range) printed first on its line.</summary>
    private static (string Text, string Iso)? LeadingSingleDate(Item item)
    {
        if (item.Side.Count(s => DateParser.Find(s) is not null) != 1 || item.Line.Segments.Count < 2 || !item.HasMain)
        {
            return null;
        }

        var side = item.Side.First(s => DateParser.Find(s) is not null);
        var found = DateParser.FindAll(side);
        return found is [{ IsRange: false } single] && item.Line.Segments[0].Text.Trim() == side.Trim() && (single.Start ?? single.End) is { } iso
            ? (side, iso)
            : null;
    }

    /// <summary>
    /// "Led a team of 12", "Reduced costs by 8%": a sentence that starts with an action verb. Job titles may start with
    /// a past participle too ("Registered Nurse", "Licensed Social Worker"), so a short title-like text does not count.
    /// </summary>
    public static bool OpensWithAction(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !char.IsUpper(words[0][0]) || words.Length < 6 && EntryVocabulary.TitleScore(text) > 0)
        {
            return false;
        }

        var first = words[0].TrimEnd(',', ':');
        return Analysis.Content.Vocabulary.ActionVerbs.Contains(first) || Analysis.Content.Vocabulary.IrregularPast.Contains(first)
            || first.Length >= 5 && first.EndsWith("ed", StringComparison.Ordinal) && first.All(char.IsLetter);
    }

    /// <summary>
    /// A long or full-stopped line set bold in the same type as the title line right above it, before the entry has
    /// a date, bullets or prose, is the rest of the title (a role printed under its organisation), not a paragraph.
    /// </summary>
    private static bool ContinuesTitle(Item item, RawEntry? current) =>
        current is { Header.Count: > 0, Bullets.Count: 0, Prose.Count: 0, HasDate: false }
        && !item.Bullet && item.Line.Bold && current.Header[^1].Line.Bold && SameStyle(item.Line, current.Header[^1].Line);

    /// <summary>The header line at <paramref name="index"/> is followed, before any bullet or prose, by a line holding only a date.</summary>
    private static bool DateLineFollows(List<Item> items, int index)
    {
        for (var k = index + 1; k < items.Count && k <= index + 3; k++)
        {
            var next = items[k];
            if (!next.HasMain)
            {
                return next.Side.Any(s => DateParser.Find(s) is not null);
            }

            if (next.Bullet || next.IsProse || IsDated(next))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Hours per week: 40", "Salary: …", "Duties:" under a job: a labelled line about the entry, with a bold label like
    /// the title's, that adds to it rather than starting another.
    /// </summary>
    private static bool IsAsideLabel(Item item) =>
        FieldLabels.Split(item.Text) is { Role: FieldRole.Heading } && FieldLabels.JoinedFields(item.Text).Count == 1;

    /// <summary>The item is printed right under the one before it, on the same page, not across a gap or in another column.</summary>
    private static bool FollowsClosely(Item item, Item before) =>
        item.Line.Page == before.LastLine.Page && item.Line.Top > before.LastLine.Top && item.Line.GapAbove <= 2.5 * item.Line.FontSize;

    /// <summary>The item's text starts clearly right of where the text of each of the entry's header lines starts.</summary>
    private static bool IndentedUnder(Item item, RawEntry entry) =>
        item.Line.Kind() == DocumentKindHint.Positioned && item.HasMain
        && entry.Header.All(h => h.Line.Kind() == DocumentKindHint.Positioned && TextLeft(item) > TextLeft(h) + (0.8 * item.Line.FontSize));

    /// <summary>Where the item's own text starts on its line, past any date or place printed before it.</summary>
    private static double TextLeft(Item item) =>
        item.Line.Segments.FirstOrDefault(s => s.Text.Trim().Length > 0 && item.Segments.Any(t => t.Contains(s.Text.Trim(), StringComparison.Ordinal)))?.Left ?? item.Line.Left;

    private static bool IsDated(Item item) =>
        DateParser.Find(item.Text) is not null || item.Side.Any(s => DateParser.Find(s) is not null);

    private static bool SameStyle(DocLine a, DocLine b) =>
        a.Bold == b.Bold && Math.Abs(a.FontSize - b.FontSize) < 0.3 && IsCaps(a.Text) == IsCaps(b.Text);

    private static bool IsCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.All(char.IsUpper);
    }
}
