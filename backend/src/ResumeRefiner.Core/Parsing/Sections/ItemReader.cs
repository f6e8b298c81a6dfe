using System.Text;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Text;

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

    public bool IsProse => !Bullet && EntryReader.IsProse(Text);
}

/// <summary>An entry of a section (a job, a degree, a project): its header lines, bullets and prose.</summary>
internal sealed class RawEntry
{
    public List<Item> Header { get; } = [];

    public List<string> Bullets { get; } = [];

    public List<string> Prose { get; } = [];

    /// <summary>Unbulleted lines that open with an action verb, until the entry is complete: highlights or description.</summary>
    public List<string> ActionLines { get; } = [];

    public List<string> Side { get; } = [];

    /// <summary>Lines listing the entry's tools ("Technologies: C#, PostgreSQL"), label included.</summary>
    public List<string> Tools { get; } = [];

    public bool HasDate => Header.Any(h => DateParser.Find(h.Text) is not null) || Side.Any(s => DateParser.Find(s) is not null);

    public bool IsEmpty => Header.Count == 0 && Bullets.Count == 0 && Prose.Count == 0 && Side.Count == 0;
}

/// <summary>The facts found in an entry's header: date range, place, and the remaining text fragments in order.</summary>
/// <param name="FragmentRoles">What a label said each fragment is (<see cref="FieldRole.None"/> for unlabelled text).</param>
internal sealed record EntryHeader(DateRange? Dates, string? Location, IReadOnlyList<string> Fragments, IReadOnlyList<int> FragmentLines,
    IReadOnlyList<FieldRole> FragmentRoles)
{
    /// <summary>The fragment a label named as <paramref name="role"/>, or null.</summary>
    public string? Labelled(FieldRole role) => Fragments.Where((_, i) => FragmentRoles[i] == role).FirstOrDefault();
}

/// <summary>
/// Cuts a section into entries. Layout cues are format-neutral: bullets (glyphs or list numbering), indentation of
/// wrapped lines, dates (a second dated header means a second entry), and typography (a header line styled like
/// the entry's first line after a differently styled one starts the next entry).
/// </summary>
internal static partial class EntryReader
{
    // Not " / ": it joins alternatives inside a title ("Dishwasher / Prep Cook").
    [GeneratedRegex(@"\s+(?:\||•|·|◦|▪|—|–|-{1,2})\s+|\s*\|\s*|\t")]
    private static partial Regex FragmentSeparatorRegex();

    [GeneratedRegex(@"^[^,:]{1,30}:")]
    private static partial Regex LabelStartRegex();

    private const int ProseDecidedWithin = 500;

    [GeneratedRegex(@"^(?:technologies|technology|tech(?:nology)?\s+stack|stack|tech|tools(?:\s+used)?|tools\s+(?:and|&)\s+technologies|built\s+with|keywords|skills\s+used|environment|languages\s+(?:and|&)\s+tools)\s*:\s*(?<list>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolsLineRegex();

    /// <summary>"Technologies: C, Python, Django": the tools of the entry above, or null when the text is not such a line.</summary>
    public static string? ToolsList(string text)
    {
        var m = ToolsLineRegex().Match(text.Trim());
        return m.Success ? m.Groups["list"].Value.Trim() : null;
    }

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

    public static bool IsProse(string text)
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

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        if (words >= 12)
        {
            return true;
        }

        return words >= 7 && (text.EndsWith('.') || text.EndsWith(';'));
    }

    /// <summary>Lines → items: bullets with their wrapped lines, side pieces split off.</summary>
    /// <param name="list">The section is a list (skills, languages): a line set closer to the one above than its items
    /// are to each other is that item wrapped ("Johnson Controls" / "Metasys" in a narrow chip).</param>
    public static List<Item> ToItems(IReadOnlyList<DocLine> lines, DocumentDictionary dictionary, bool list = false)
    {
        var items = new List<Item>();
        var itemSpacing = list ? UsualSpacing(lines) : 0;
        var columnRight = lines.Where(l => l.Kind() == DocumentKindHint.Positioned).Select(l => l.Right).DefaultIfEmpty(0).Max();
        foreach (var line in JoinWrappedRanges(lines).SelectMany(SplitAtInnerBullet))
        {
            var side = new List<string>();
            var main = new List<string>();
            for (var j = 0; j < line.Segments.Count; j++)
            {
                var seg = line.Segments[j].Text;
                var isSide = DateParser.IsOnlyDates(seg) || DateParser.IsDuration(seg)
                    || (line.Segments.Count > 1 && j > 0 && IsPlace(seg) && main.Count > 0);
                (isSide ? side : main).Add(seg);
            }

            if (main.Count > 1 && TextCleaner.IsLoneBullet(main[0]))
            {
                main[1] = main[0].Trim() + " " + main[1];
                main.RemoveAt(0);
            }

            var first = main.Count > 0 ? main[0] : string.Empty;
            var bullet = line.ListItem || TextCleaner.StartsWithBullet(first);
            if (main.Count > 0 && TextCleaner.StartsWithBullet(first))
            {
                main[0] = TextCleaner.StripBullet(first);
                if (main[0].Length == 0)
                {
                    main.RemoveAt(0);
                }
            }

            var previous = items.Count > 0 ? items[^1] : null;
            var sideDated = side.Any(s => DateParser.Find(s) is not null);
            var text = string.Join(" ", main);
            var listJoiner = list && previous is not null ? ListJoiner(previous, line, text, itemSpacing, columnRight) : null;
            if (previous is not null && main.Count > 0 && !bullet && !sideDated && !IsLabelLine(line)
                && (listJoiner is not null || IsContinuation(previous, line, text, columnRight)))
            {
                var last = previous.Segments.Count > 0 ? previous.Segments[^1] : string.Empty;
                var joined = listJoiner is ", " ? last + ", " + text : Join(last, text, dictionary);
                var segs = previous.Segments.ToList();
                if (segs.Count == 0)
                {
                    segs.Add(joined);
                }
                else
                {
                    segs[^1] = joined;
                }

                items[^1] = new Item { Line = previous.Line, LastLine = line, Segments = segs, Side = [.. previous.Side, .. side], Bullet = previous.Bullet };
                continue;
            }

            items.Add(new Item { Line = line, Segments = main, Side = side, Bullet = bullet && main.Count > 0 });
        }

        return PromoteOuterBullets(items);
    }

    /// <summary>The most common spacing between a section's lines of body type, 0 when the lines have no positions.</summary>
    private static double UsualSpacing(IReadOnlyList<DocLine> lines)
    {
        var gaps = lines.Where(l => l.Kind() == DocumentKindHint.Positioned && l.GapAbove > 0 && l.GapAbove < 4 * l.FontSize)
            .GroupBy(l => Math.Round(l.GapAbove)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        return gaps is { } most && most.Count() >= 2 ? most.Key : 0;
    }

    /// <summary>
    /// With two bullet levels, an outer bullet that carries a place or is followed by a plain line ("• Google
    /// [Mountain View]" / "Software Engineer [2016 – Present]" / "◦ ...") is the entry's header, not a highlight; so is
    /// a bullet over its own indented date line.
    /// </summary>
    private static List<Item> PromoteOuterBullets(List<Item> items)
    {
        var bullets = items.Where(i => i.Bullet && i.Line.Kind() == DocumentKindHint.Positioned).ToList();
        if (bullets.Count < 2)
        {
            return items;
        }

        var outerLeft = bullets.Min(b => b.Line.Left);
        var twoLevels = bullets.Any(b => b.Line.Left > outerLeft + 4);

        // Entries already headed by plain lines at or left of the outer bullets keep their bullets as highlights.
        var plainHeaders = items.Any(i => !i.Bullet && i.HasMain && !i.IsProse && i.Line.Left <= outerLeft + 2);

        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (!item.Bullet || item.Line.Left > outerLeft + 2 || item.IsProse)
            {
                continue;
            }

            var next = k + 1 < items.Count ? items[k + 1] : null;
            var placed = item.Side.Any(IsPlace);
            var headerFollows = next is not null && !next.Bullet && next.HasMain && !next.IsProse;
            var dated = item.Side.Any(s => DateParser.Find(s) is { IsRange: true });

            // In a two-level list an outer bullet over its date line or its deeper bullets heads an entry.
            var dateLineFollows = next is not null && !next.HasMain && next.Side.Any(s => DateParser.Find(s) is not null);
            var deeperFollows = next is not null && next.Bullet && next.Line.Left > item.Line.Left + 4;

            // With one level, a bullet over an indented line holding only its dates heads an entry too ("• Social Work,
            // MSW, Boise State University" / "Aug 2012 - May 2013").
            var indentedDateLineFollows = dateLineFollows && next!.Line.Left > item.Line.Left + 4;
            if ((placed || (twoLevels && dated)) && headerFollows
                || !plainHeaders && (twoLevels && (dateLineFollows || deeperFollows) || indentedDateLineFollows))
            {
                items[k] = new Item { Line = item.Line, Segments = item.Segments, Side = item.Side, Bullet = false };
            }
        }

        return items;
    }

    /// <summary>A bold label segment followed by regular text ("Cloud   AWS, GCP") starts its own line of content.</summary>
    private static bool IsLabelLine(DocLine line) =>
        line.Segments.Count > 1 && line.Segments[0].Bold && !line.Segments[^1].Bold && line.Segments[0].Text.Split(' ').Length <= 4;

    /// <summary>
    /// A bullet that starts part-way along a line ("Designer   2022 – Present   • Redesigned the checkout") begins a
    /// list item there: the line is read as the header before it and the item from it.
    /// </summary>
    private static IEnumerable<DocLine> SplitAtInnerBullet(DocLine line)
    {
        var at = -1;
        for (var j = 1; j < line.Segments.Count && at < 0; j++)
        {
            if (TextCleaner.StartsWithBullet(line.Segments[j].Text) && line.Segments[j].Text.Length > 2)
            {
                at = j;
            }
        }

        if (at < 0 || line.Kind() != DocumentKindHint.Positioned)
        {
            yield return line;
            yield break;
        }

        foreach (var (segments, first) in new[] { (line.Segments.Take(at).ToList(), true), (line.Segments.Skip(at).ToList(), false) })
        {
            yield return new DocLine(segments)
            {
                FontSize = line.FontSize,
                Bold = segments.Count(s => s.Bold) * 2 > segments.Count,
                Left = segments[0].Left,
                Right = segments[^1].Right,
                Top = line.Top,
                Page = line.Page,
                GapAbove = first ? line.GapAbove : 0,
                ParagraphStart = false,
            };
        }
    }

    /// <summary>
    /// A date range wrapped after its dash ("University of Nebraska · 08/2011 –" / "05/2013", or "June 2006–" / "June
    /// 2010" in a date column) is whole again: the end date moves up to its start, so the range is read whole and the
    /// end date neither starts an entry nor joins the line it was printed beside.
    /// </summary>
    private static List<DocLine> JoinWrappedRanges(IReadOnlyList<DocLine> source)
    {
        var lines = source.ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            var open = line.Segments.ToList().FindIndex(g => OpenRangeRegex().IsMatch(g.Text));
            if (open < 0 || next.Page != line.Page)
            {
                continue;
            }

            var start = line.Segments[open];
            var end = next.Segments.ToList().FindIndex(g => DateParser.IsOnlyDates(g.Text)
                && (next.Segments.Count == 1 || (line.Kind() == DocumentKindHint.Positioned && Math.Abs(g.Left - start.Left) < 3)));
            if (end < 0)
            {
                continue;
            }

            var endSegment = next.Segments[end];
            lines[i] = line.WithSegments(line.Segments.Select((g, k) => k == open ? g with { Text = g.Text + " " + endSegment.Text, Right = Math.Max(g.Right, endSegment.Right) } : g).ToList());
            var rest = next.Segments.Where((_, k) => k != end).ToList();
            if (rest.Count > 0)
            {
                lines[i + 1] = next.WithSegments(rest);
            }
            else
            {
                lines.RemoveAt(i + 1);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"(?:\b\d{4}|\bpresent)\s*(?:[–—-]|\bto)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenRangeRegex();

    // A line that breaks off mid-phrase: after a comma, a hyphen or a word that needs what follows.
    [GeneratedRegex(@"(?:[,;:\-–—&/]|\b(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|as|into|across|over|under|via|per|than|including))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndRegex();


    /// <summary>
    /// In a list section, a line carries on the item above it when it is set closer than items are to each other
    /// ("Johnson Controls" / "Metasys" in a narrow chip), or when the item above is a labelled or separated list and
    /// this line, aligned with it, is not a new label ("Controls: Johnson Controls" / "Metasys, Electrical"). Returns
    /// how to join: a space when the line above was full (an item wrapped), ", " when it stopped short at the end of
    /// an item ("Java • Shell • Python" / "OCaml • Matlab"); null when the line is not a continuation.
    /// </summary>
    private static string? ListJoiner(Item previous, DocLine line, string text, double itemSpacing, double columnRight)
    {
        var prevLine = previous.LastLine;
        if (line.Kind() != DocumentKindHint.Positioned || line.Page != prevLine.Page || Math.Abs(line.Left - prevLine.Left) >= 3
            || line.Bold != prevLine.Bold || Math.Abs(line.FontSize - prevLine.FontSize) >= 0.6 || line.GapAbove <= 0)
        {
            return null;
        }

        if (itemSpacing > 0 && line.GapAbove <= 0.8 * itemSpacing)
        {
            return " ";
        }

        var prevText = previous.Text;
        var listAbove = LabelStartRegex().IsMatch(prevText) || prevText.IndexOfAny([',', '•', '·', '|', ';']) >= 0;
        if (!listAbove || LabelStartRegex().IsMatch(text) || prevText.EndsWith('.') || (itemSpacing > 0 && line.GapAbove > 1.15 * itemSpacing)
            || EndsWithDate(prevText))
        {
            return null;
        }

        var endsAtSeparator = prevText.TrimEnd().EndsWith(',') || prevText.TrimEnd().EndsWith(';') || prevText.TrimEnd().EndsWith(':');
        return StoppedShort(prevLine, text, line.FontSize, columnRight) && !endsAtSeparator ? ", " : " ";
    }

    /// <summary>A list element that ends with its date ("Food Handler Card, Sep 2023") is complete.</summary>
    private static bool EndsWithDate(string text)
    {
        var t = text.TrimEnd(' ', ')', '.');
        return DateParser.FindAll(t) is [.., var last] && last.Index + last.Length >= t.Length;
    }

    /// <summary>The line stopped short although the next line's first word would have fitted on it.</summary>
    private static bool StoppedShort(DocLine line, string next, double fontSize, double columnRight)
    {
        var firstWord = next.Split(' ', 2)[0].Length;
        return line.Right + ((firstWord + 2) * 0.5 * fontSize) < columnRight;
    }

    private static bool IsContinuation(Item previous, DocLine line, string text, double columnRight)
    {
        if (DateParser.IsOnlyDates(text) || previous.Segments.Count == 0)
        {
            return false;
        }

        var prevLine = previous.Line;
        var prevText = previous.Segments[^1];

        // An open bracket continues on the next line ("Spanish (native or" / "bilingual proficiency)").
        if (prevText.Count(c => c == '(') > prevText.Count(c => c == ')') && !text.StartsWith('('))
        {
            return true;
        }

        // "Administrative: Records, Scheduling" under a wrapped list starts a list of its own.
        if (LabelStartRegex().IsMatch(text) && char.IsUpper(text[0]) && !prevText.EndsWith('-'))
        {
            return false;
        }

        if (line.Kind() == DocumentKindHint.Flow)
        {
            if (line.ParagraphStart)
            {
                return false;
            }

            // A short unpunctuated line after a finished sentence is a new title ("Fleet Dashboard, Analyst"), not the
            // paragraph wrapping.
            if (prevText.EndsWith('.') && char.IsUpper(text[0]) && !text.EndsWith('.') && text.Split(' ').Length <= 6)
            {
                return false;
            }

            // Plain text: a wrapped bullet line is indented past the bullet; a wrapped paragraph just follows.
            return previous.Bullet ? line.Left > prevLine.Left || line.Page == 0 && line.Left == 0 && !char.IsUpper(text[0])
                : previous.IsProse || prevText.EndsWith(',') || !char.IsUpper(text[0]);
        }

        if (Math.Abs(line.FontSize - prevLine.FontSize) > 0.6 || line.Page != prevLine.Page && line.Left < prevLine.Left - 1)
        {
            return false;
        }

        var pitch = line.FontSize * 1.9;
        if (line.GapAbove > pitch && line.Page == prevLine.Page)
        {
            return false;
        }

        if (previous.Bullet)
        {
            // Wrapped bullet text hangs under the text after the bullet glyph, right of the glyph itself.
            return line.Left > prevLine.Left + 1.5 && line.Bold == prevLine.Bold
                || line.Left > prevLine.Left - 1 && !char.IsUpper(text[0]) && !prevText.EndsWith('.');
        }

        // A line that starts in lower case carries on the sentence or list above it.
        if (Math.Abs(line.Left - prevLine.Left) < 3 && char.IsLower(text[0]) && !prevText.EndsWith('.') && !prevText.EndsWith(':'))
        {
            return true;
        }

        // A sentence that ended, then one that opens with an action: highlights printed without bullets.
        if (prevText.EndsWith('.') && OpensWithAction(text))
        {
            return false;
        }

        // Highlights printed without bullets or full stops: a line opening with an action under a line that opened with
        // one, and did not break off mid-phrase, is the next highlight.
        if (!previous.Bullet && OpensWithAction(text) && OpensWithAction(previous.Text) && !OpenEndRegex().IsMatch(prevText))
        {
            return false;
        }

        // The line above stopped short although this line's first word would have fitted on it: it ended a paragraph.
        if (!previous.Bullet && StoppedShort(previous.LastLine, text, line.FontSize, columnRight))
        {
            return false;
        }

        // A paragraph line continues the previous one when it is aligned with it and the previous line ran long;
        // a wrapped comma list ("..., Google Cloud" / "Platform, Firebase, ...") likewise.
        var aligned = Math.Abs(line.Left - prevLine.Left) < 3 && line.Bold == prevLine.Bold;
        var commaList = line.Segments.Count == 1 && prevText.Count(c => c == ',') >= 2 && !prevText.EndsWith('.') && !LabelStartRegex().IsMatch(text);
        return aligned && (previous.IsProse || commaList) && !prevText.EndsWith(':');
    }

    /// <summary>Joins a wrapped line, removing a line-end hyphen only when it splits a word.</summary>
    public static string Join(string first, string second, DocumentDictionary dictionary)
    {
        first = first.TrimEnd();
        second = second.TrimStart();
        if (first.Length > 1 && first[^1] is '-' or '\u2010' && char.IsLetter(first[^2]) && second.Length > 0 && char.IsLower(second[0]))
        {
            var head = LastWord(first[..^1]);
            var tail = FirstWord(second);
            if (!dictionary.KeepHyphen(head, tail))
            {
                return first[..^1] + second;
            }

            return first + second;
        }

        return first + " " + second;
    }

    private static string LastWord(string text)
    {
        var i = text.Length;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return text[i..];
    }

    private static string FirstWord(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[..i];
    }

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

            // "Technologies: C, Python" under an entry's bullets or description belongs to that entry.
            if (!item.Bullet && current is not null && current.Header.Count > 0 && ToolsList(item.Text) is not null)
            {
                current.Tools.Add(item.Text.Trim());
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
                    && !(completesEntry?.Invoke(item, current) ?? false));

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

    private static bool IsDated(Item item) =>
        DateParser.Find(item.Text) is not null || item.Side.Any(s => DateParser.Find(s) is not null);

    private static bool SameStyle(DocLine a, DocLine b) =>
        a.Bold == b.Bold && Math.Abs(a.FontSize - b.FontSize) < 0.3 && IsCaps(a.Text) == IsCaps(b.Text);

    private static bool IsCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 3 && letters.All(char.IsUpper);
    }

    /// <summary>Splits the header into a date range, a place and ordered text fragments.</summary>
    public static EntryHeader ReadHeader(RawEntry entry)
    {
        DateRange? dates = null;
        string? location = null;
        var fragments = new List<string>();
        var fragmentLines = new List<int>();
        var fragmentRoles = new List<FieldRole>();
        string? labelledStart = null;
        string? labelledEnd = null;

        foreach (var side in entry.Side)
        {
            var sideRanges = DateParser.FindAll(side);
            if (dates is null && sideRanges.Count > 0)
            {
                dates = sideRanges.Count > 1 ? Span(sideRanges) : sideRanges[0];
            }
            else if (location is null && IsPlace(side))
            {
                location = side.Trim();
            }
        }

        for (var lineIndex = 0; lineIndex < entry.Header.Count; lineIndex++)
        {
            var segments = entry.Header[lineIndex].Segments;
            for (var segmentIndex = 0; segmentIndex < segments.Count; segmentIndex++)
            {
                var text = segments[segmentIndex];
                var labelled = FieldLabels.Split(text);
                if (labelled is { } field)
                {
                    if (field.Role == FieldRole.Location && field.Value.Length > 0)
                    {
                        location ??= field.Value;
                    }

                    if (field.Role is FieldRole.StartDate && field.Value.Length > 0)
                    {
                        labelledStart ??= field.Value;
                    }

                    if (field.Role is FieldRole.EndDate && field.Value.Length > 0)
                    {
                        labelledEnd ??= field.Value;
                    }

                    if (field.Role is FieldRole.Location or FieldRole.Heading or FieldRole.StartDate or FieldRole.EndDate || field.Value.Length == 0)
                    {
                        continue;
                    }

                    text = field.Value;
                    if (field.Role != FieldRole.Dates)
                    {
                        // A labelled value is one field whole: no cutting at dashes or places.
                        fragments.Add(TextCleaner.TrimUnbalanced(text.Trim().Trim(',', ';', '|').Trim()));
                        fragmentLines.Add(lineIndex);
                        fragmentRoles.Add(field.Role);
                        continue;
                    }
                }

                // A short right-hand piece with a comma ("Seoul, S.Korea") is where the job was.
                if (segmentIndex > 0 && location is null && LooksLikePlace(text))
                {
                    location = text.Trim();
                    continue;
                }

                var ranges = DateParser.FindAll(text);
                var best = ranges.FirstOrDefault(r => r.IsRange) ?? (ranges.Count > 0 ? ranges[0] : null);
                if (best is not null)
                {
                    if (dates is null || (!dates.IsRange && best.IsRange))
                    {
                        dates = ranges.Count > 1 && DateParser.IsOnlyDates(text) ? Span(ranges) : best;
                    }

                    text = ranges.OrderByDescending(r => r.Index).Aggregate(text, (t, r) => r.RemoveFrom(t));
                }

                foreach (var piece in FragmentSeparatorRegex().Split(text))
                {
                    var p = TextCleaner.TrimUnbalanced(piece.Trim().Trim(',', ';', ':', '|', '·', '•').Trim());
                    if (p.Length == 0 || DateParser.IsDuration(p))
                    {
                        continue;
                    }

                    if (LocationFinder.Parse(p) is not null)
                    {
                        location ??= p;
                        continue;
                    }

                    // "Foxglove Asset Management, Padova": an employer, then a well-known city alone.
                    var comma = p.LastIndexOf(", ", StringComparison.Ordinal);
                    if (location is null && comma > 0 && LocationFinder.FindCity(p[(comma + 2)..]) is not null && !IsPlace(p[..comma]))
                    {
                        location = p[(comma + 2)..];
                        fragments.Add(p[..comma]);
                        fragmentLines.Add(lineIndex);
                        fragmentRoles.Add(FieldRole.None);
                        continue;
                    }

                    if (LocationFinder.FindIn(p) is { } found && found.Length < p.Length)
                    {
                        location ??= p.Substring(found.Index, found.Length);
                        var rest = (p[..found.Index] + " | " + p[(found.Index + found.Length)..]).Split('|')
                            .Select(r => r.Trim().Trim(',', ';', '-', '–').Trim()).Where(r => r.Length > 0);
                        foreach (var r in rest)
                        {
                            fragments.Add(r);
                            fragmentLines.Add(lineIndex);
                            fragmentRoles.Add(FieldRole.None);
                        }

                        continue;
                    }

                    fragments.Add(p);
                    fragmentLines.Add(lineIndex);
                    fragmentRoles.Add(FieldRole.None);
                }
            }
        }

        if (labelledStart is not null || labelledEnd is not null)
        {
            // Written as one range so "Present" and month-year forms read exactly as they do in a printed range.
            var range = labelledStart is not null && labelledEnd is not null
                ? DateParser.FindAll($"{labelledStart} – {labelledEnd}").FirstOrDefault(r => r.IsRange)
                : null;
            dates = range ?? dates ?? (DateParser.FindAll(labelledStart ?? labelledEnd!) is [var single, ..] ? single : null);
        }

        return new EntryHeader(dates, location, fragments, fragmentLines, fragmentRoles);
    }

    /// <summary>Several spells printed together ("Sep. 2013, Mar. 2011 - Oct. 2011") cover earliest to latest.</summary>
    private static DateRange Span(IReadOnlyList<DateRange> ranges)
    {
        var starts = ranges.Select(r => r.Start ?? r.End).OfType<string>().ToList();
        var ends = ranges.Select(r => r.End ?? r.Start).OfType<string>().ToList();
        var ongoing = ranges.Any(r => r.Ongoing);
        var first = ranges[0];
        var last = ranges[^1];
        return new DateRange(starts.Min(StringComparer.Ordinal), ongoing ? null : ends.Max(StringComparer.Ordinal), ongoing, true,
            first.Index, last.Index + last.Length - first.Index);
    }

    /// <summary>A place set apart on an entry's line: "City, Region", "City, Country", or a well-known city alone.</summary>
    internal static bool IsPlace(string text) => LocationFinder.Parse(text) is not null || LocationFinder.FindCity(text) is not null;

    private static bool LooksLikePlace(string text)
    {
        var t = text.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return t.Contains(", ", StringComparison.Ordinal) && words.Length <= 5 && !t.Any(char.IsDigit)
            && words.All(w => char.IsUpper(w[0]) || w.Length <= 3) && DateParser.Find(t) is null
            && EntryVocabulary.TitleScore(t) == 0 && EntryVocabulary.OrgScore(t) == 0;
    }

    /// <summary>Joined prose paragraphs of an entry; with <paramref name="withTools"/> its tools lines after them.</summary>
    public static string? ProseText(RawEntry entry, bool withTools = false)
    {
        var paragraphs = withTools ? entry.Prose.Concat(entry.Tools).ToList() : entry.Prose;
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var p in paragraphs)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(p.Trim());
        }

        return sb.ToString();
    }
}
