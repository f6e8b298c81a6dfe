using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>
/// Reads a section's lines as items. Layout cues are format-neutral: bullets (glyphs or list numbering) start an item,
/// and indentation, spacing and broken-off text tell a wrapped line from the next item.
/// </summary>
internal static partial class ItemReader
{
    [GeneratedRegex(@"^[^,:]{1,30}:")]
    private static partial Regex LabelStartRegex();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|me|co|edu)(?:/\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkOnlyRegex();

    // A capitalised name of one to five words, then a spaced dash or a colon.
    [GeneratedRegex(@"^\p{Lu}\S*(?:\s+[^\s:–—]+){0,4}(?::\s|\s[–—-]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadInStartRegex();

    /// <summary>Lines → items: bullets with their wrapped lines, side pieces split off.</summary>
    /// <param name="list">The section is a list (skills, languages): a line set closer to the one above than its items
    /// are to each other is that item wrapped ("Johnson Controls" / "Metasys" in a narrow chip).</param>
    public static List<Item> Read(IReadOnlyList<DocLine> lines, DocumentDictionary dictionary, bool list = false)
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
                    || (line.Segments.Count > 1 && j > 0 && EntryHeaderReader.IsPlace(seg) && main.Count > 0);
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
        if (bullets.Count == 0)
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
            var placed = item.Side.Any(EntryHeaderReader.IsPlace);
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
    /// A date range wrapped after its dash or its end's month ("University of Nebraska · 08/2011 –" / "05/2013", or
    /// "June 2006–" / "June 2010", "March 2017 – July" / "2020" in a date column) is whole again: the end date moves up to its start, so the range is read whole and the
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

    // "2019 –", "Present to", or "March 2017 – July" with the end's year on the next line.
    [GeneratedRegex(@"(?:\b\d{4}|\bpresent)\s*(?:[–—-]|\bto)(?:\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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

        // A web address on a line of its own ("github.com/jo/route-optimizer" under a project's name) is a field.
        if (LinkOnlyRegex().IsMatch(text) && !prevText.EndsWith('/') && !prevText.EndsWith('-'))
        {
            return false;
        }

        // An open bracket continues on the next line ("Spanish (native or" / "bilingual proficiency)").
        if (prevText.Count(c => c == '(') > prevText.Count(c => c == ')') && !text.StartsWith('('))
        {
            return true;
        }

        // "Route Optimizer — a Python tool …." / "Fleet Dashboard — a Power BI report …": after a finished sentence, a
        // short name set off by a spaced dash or a colon opens the next element.
        if (prevText.EndsWith('.') && LeadInStartRegex().IsMatch(text))
        {
            return false;
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
                : previous.IsProse || prevText.EndsWith(',') || !char.IsUpper(text[0]) && !OpensWithFigureAfterTitle(prevText, text);
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
        if (prevText.EndsWith('.') && EntryGrouper.OpensWithAction(text))
        {
            return false;
        }

        // Highlights printed without bullets or full stops: a line opening with an action under a line that opened with
        // one, and did not break off mid-phrase, is the next highlight.
        if (!previous.Bullet && EntryGrouper.OpensWithAction(text) && EntryGrouper.OpensWithAction(previous.Text) && !OpenEndRegex().IsMatch(prevText))
        {
            return false;
        }

        // The line above stopped short although this line's first word would have fitted on it: it ended a paragraph.
        if (!previous.Bullet && StoppedShort(previous.LastLine, text, line.FontSize, columnRight))
        {
            return false;
        }

        // Under a line that ran on to the column's edge, a line that carries its phrase on ("…success metrics for" / "4
        // launches") or ends its sentence ("…renal patients in Epic" / "Willow.") is the rest of it.
        if (Math.Abs(line.Left - prevLine.Left) < 3 && line.Bold == prevLine.Bold && previous.Side.Count == 0 && !prevText.EndsWith(':')
            && (OpenEndRegex().IsMatch(prevText) || (text.EndsWith('.') && !prevText.EndsWith('.') && !prevText.EndsWith('!') && !prevText.EndsWith('?'))))
        {
            return true;
        }

        // A paragraph line continues the previous one when it is aligned with it and the previous line ran long;
        // a wrapped comma list ("..., Google Cloud" / "Platform, Firebase, ...") likewise.
        var aligned = Math.Abs(line.Left - prevLine.Left) < 3 && line.Bold == prevLine.Bold;
        // A dated line ("Denny's, Seattle, WA    10/2024 – Present") heads an entry: what follows is its title, not more list.
        var commaList = line.Segments.Count == 1 && prevText.Count(c => c == ',') >= 2 && !prevText.EndsWith('.') && !LabelStartRegex().IsMatch(text)
            && !previous.Side.Any(s => DateParser.Find(s) is not null);
        return aligned && (previous.IsProse || commaList) && !prevText.EndsWith(':');
    }

    /// <summary>
    /// "Springfield Medical Office Building" / "$45M 6-story new build, …": a line opening with a figure under a title
    /// that did not break off mid-phrase starts the text below the title, not the title's second line.
    /// </summary>
    private static bool OpensWithFigureAfterTitle(string prevText, string text) =>
        (char.IsDigit(text[0]) || char.GetUnicodeCategory(text[0]) == System.Globalization.UnicodeCategory.CurrencySymbol)
        && !OpenEndRegex().IsMatch(prevText) && !prevText.EndsWith('.');

    /// <summary>Joins a wrapped line, removing a line-end hyphen only when it splits a word.</summary>
    private static string Join(string first, string second, DocumentDictionary dictionary)
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
}
