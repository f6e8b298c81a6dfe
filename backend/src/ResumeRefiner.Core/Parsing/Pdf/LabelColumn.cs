using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Sections;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>
/// A column of labels left of the content: section titles ("Work", "Professional / Experience"), dates, Europass
/// labels, set on the same baselines as the content beside them. Read line by line, each label would become the
/// start of a content line and no section title would stand alone. This finds the edge where the content starts and
/// lifts the labels out: a title or a label becomes a line of its own above what it labels; dates and places go to
/// the end of the line they date, where entry headers carry them anyway.
/// </summary>
internal static class LabelColumn
{
    /// <summary>A label and its content are at least this far apart (points).</summary>
    private const double MinGap = 6;

    private enum BlockKind
    {
        Title,
        Side,
        Label,
    }

    /// <summary>A label: its band segments line by line (a label may wrap), what it is, and its text.</summary>
    private sealed record Block(List<(int Line, List<LineSegment> Segments)> Parts, BlockKind Kind, string Text)
    {
        public LineSegment First => Parts[0].Segments[0];
    }

    public static List<DocLine> Apply(List<DocLine> lines)
    {
        if (FindContentEdge(lines) is not { } edge)
        {
            return lines;
        }

        var first = lines.FindIndex(l => BandSegments(l, edge).Any() && l.Segments.Any(s => s.Left >= edge - 2.5));
        var blocks = FindBlocks(lines, edge, first);
        if (blocks.Count == 0)
        {
            return lines;
        }

        var inBand = blocks.SelectMany(b => b.Parts).SelectMany(p => p.Segments).ToHashSet();
        var before = new Dictionary<int, List<DocLine>>();
        var appended = new Dictionary<int, List<LineSegment>>();
        foreach (var block in blocks)
        {
            var index = block.Parts[0].Line;
            var segment = block.First;
            var content = lines[index].Segments.Where(s => !inBand.Contains(s)).ToList();
            if (block.Kind == BlockKind.Side && content.Count > 0)
            {
                appended[index] = SideSegments(block);
                continue;
            }

            var label = new DocLine([segment with { Text = block.Text }])
            {
                FontSize = segment.Size > 0 ? segment.Size : lines[index].FontSize,
                Bold = segment.Bold,
                Left = segment.Left,
                Right = block.Parts.SelectMany(p => p.Segments).Max(s => s.Right),
                Top = lines[index].Top,
                Page = lines[index].Page,
                GapAbove = lines[index].GapAbove,
                ParagraphStart = false,
            };
            (before.TryGetValue(index, out var list) ? list : before[index] = []).Add(label);
        }

        var result = new List<DocLine>(lines.Count + before.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (before.TryGetValue(i, out var inserted))
            {
                result.AddRange(inserted);
            }

            var line = lines[i];
            var kept = line.Segments.Where(s => !inBand.Contains(s)).ToList();
            if (appended.TryGetValue(i, out var side))
            {
                kept.AddRange(side);
            }

            if (kept.Count == line.Segments.Count && !appended.ContainsKey(i))
            {
                result.Add(line);
            }
            else if (kept.Count > 0)
            {
                result.Add(Rebuild(line, kept, gapAbove: inserted is null ? line.GapAbove : 0));
            }
        }

        return result;
    }

    /// <summary>
    /// The x where content starts beside a label column: many lines hold a short piece, a gap, and then text starting
    /// at that x, other lines start there outright, and hardly any line crosses it. Null when the lines show no such
    /// column (a right-aligned date is far right and varies with its width; a full-width line crosses any edge).
    /// </summary>
    private static double? FindContentEdge(List<DocLine> lines)
    {
        if (lines.Count < 6)
        {
            return null;
        }

        var left = lines.Min(l => l.Left);
        var width = lines.Max(l => l.Right) - left;
        if (width < 150)
        {
            return null;
        }

        var starts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (line.Segments.Count >= 2 && line.Segments[1].Left - line.Segments[0].Right >= MinGap)
            {
                var key = (int)Math.Round(line.Segments[1].Left / 2);
                starts[key] = starts.GetValueOrDefault(key) + 1;
            }
        }

        double? best = null;
        var bestCount = 0;
        foreach (var (key, count) in starts)
        {
            var x = key * 2.0;
            var share = (x - left) / width;
            if (count < 3 || count <= bestCount || share is < 0.1 or > 0.45)
            {
                continue;
            }

            // Content lines start at the edge (or indented right of it); few lines may cross it.
            var contentOnly = lines.Count(l => l.Segments[0].Left >= x - 2.5);
            var crossing = lines.Count(l => l.Segments.Any(s => s.Left < x - 3 && s.Right > x + 3));
            var labelled = lines.Count(l => l.Segments.Count >= 2 && Math.Abs(l.Segments[1].Left - x) <= 2.5 && l.Segments[0].Right <= x - MinGap);
            if (contentOnly >= 2 && labelled >= 3 && crossing <= Math.Max(1, lines.Count / 10))
            {
                best = x;
                bestCount = count;
            }
        }

        return best;
    }

    private static IEnumerable<LineSegment> BandSegments(DocLine line, double edge) =>
        line.Segments.Where(s => s.Right <= edge - 3);

    /// <summary>
    /// Band segments joined into labels: a label wraps onto the lines below it ("Professional" / "Experience") when
    /// they are close, styled alike, and at least one of them sits beside content (two band-only lines, such as a
    /// left-aligned name over a title, stay apart).
    /// </summary>
    private static List<Block> FindBlocks(List<DocLine> lines, double edge, int first)
    {
        var blocks = new List<Block>();
        if (first < 0)
        {
            return blocks;
        }

        List<(int Line, List<LineSegment> Segments)>? current = null;
        var besideContent = false;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            var band = BandSegments(line, edge).ToList();
            if (band.Count == 0)
            {
                continue;
            }

            var hasContent = line.Segments.Any(s => s.Left >= edge - 2.5);
            if (current is not null)
            {
                var (lastIndex, lastSegments) = current[^1];
                var last = lastSegments[0];
                var close = line.Page == lines[lastIndex].Page && line.Top - lines[lastIndex].Top <= 1.6 * Math.Max(last.Size, 4);
                var alike = last.Bold == band[0].Bold && Math.Abs(last.Size - band[0].Size) < 0.6 && IsCaps(last.Text) == IsCaps(band[0].Text);
                if (close && alike && (besideContent || hasContent))
                {
                    current.Add((i, band));
                    besideContent |= hasContent;
                    continue;
                }

                blocks.Add(Classify(current));
            }

            current = [(i, band)];
            besideContent = hasContent;
        }

        if (current is not null)
        {
            blocks.Add(Classify(current));
        }

        return blocks;
    }

    private static Block Classify(List<(int Line, List<LineSegment> Segments)> parts)
    {
        var text = string.Join(" ", parts.SelectMany(p => p.Segments).Select(s => s.Text.Trim()));
        if (SectionHeadings.Match(text) is not null)
        {
            return new Block(parts, BlockKind.Title, text);
        }

        return new Block(parts, IsSideFacts(text) ? BlockKind.Side : BlockKind.Label, text);
    }

    /// <summary>Dates, durations and places only ("2021 – Present Kraków, Poland").</summary>
    private static bool IsSideFacts(string text)
    {
        var ranges = DateParser.FindAll(text);
        if (ranges.Count == 0)
        {
            return LocationFinder.Parse(text) is not null;
        }

        var rest = ranges.OrderByDescending(r => r.Index).Aggregate(text, (t, r) => r.RemoveFrom(t)).Trim(' ', ',', '|', '·', '-', '–');
        return rest.Length == 0 || DateParser.IsDuration(rest) || LocationFinder.Parse(rest) is not null;
    }

    /// <summary>The dates of a side block as one segment and its place as another, at the end of the labelled line.</summary>
    private static List<LineSegment> SideSegments(Block block)
    {
        var first = block.First;
        var ranges = DateParser.FindAll(block.Text);
        var dates = string.Join(" ", ranges.Select(r => block.Text.Substring(r.Index, r.Length)));
        var rest = ranges.OrderByDescending(r => r.Index).Aggregate(block.Text, (t, r) => r.RemoveFrom(t)).Trim(' ', ',', '|', '·', '-', '–');
        var result = new List<LineSegment>();
        if (dates.Length > 0)
        {
            result.Add(first with { Text = dates });
        }

        if (rest.Length > 0)
        {
            result.Add(first with { Text = rest });
        }

        return result;
    }

    private static DocLine Rebuild(DocLine line, List<LineSegment> segments, double gapAbove)
    {
        var chars = segments.Sum(s => s.Text.Length);
        var longest = segments.MaxBy(s => s.Text.Length)!;
        return new DocLine(segments)
        {
            FontSize = longest.Size > 0 ? longest.Size : line.FontSize,
            Bold = segments.Where(s => s.Bold).Sum(s => s.Text.Length) * 2 > chars,
            Left = segments.Min(s => s.Left),
            Right = segments.Max(s => s.Right),
            Top = line.Top,
            Page = line.Page,
            GapAbove = gapAbove,
            ParagraphStart = false,
        };
    }

    private static bool IsCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);
    }
}
