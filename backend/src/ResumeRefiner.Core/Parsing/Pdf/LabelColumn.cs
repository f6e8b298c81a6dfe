using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Sections;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>
/// A column of short labels left of the content: section titles ("Work", "Professional / Experience"), dates and
/// places of entries, Europass labels. Read line by line, a label on a content line's baseline becomes the start of
/// that line, and a label set a little higher or lower lands between the wrong lines. This finds the edge where the
/// content starts and reads the labels apart: a title or a label becomes a line of its own above the content it
/// faces; dates and places go to the end of the entry line they face, where entry headers carry them anyway.
/// </summary>
internal static class LabelColumn
{
    /// <summary>A label ends at least this far left of the content edge (points).</summary>
    private const double EdgeGap = 3;

    private enum BlockKind
    {
        Title,
        Side,
        Label,
    }

    /// <summary>A label: its segments line by line (a label may wrap), what it is, and its text.</summary>
    private sealed record Block(List<(int Line, LineSegment Segment)> Parts, BlockKind Kind, string Text)
    {
        public LineSegment First => Parts[0].Segment;

        public double Size => First.Size > 0 ? First.Size : 10;
    }

    public static List<DocLine> Apply(List<DocLine> lines)
    {
        if (FindContentEdge(lines) is not { } edge)
        {
            return lines;
        }

        var blocks = FindBlocks(lines, edge);

        // A label that is neither a title nor a date stays where it is when it shares its line with content ("Mother
        // tongue(s)   Polish" reads as a label and its value); every other label is lifted out of its lines, and lines
        // that held only labels disappear.
        var besideContent = (Block b) => lines[b.Parts[0].Line].Segments.Any(s => s.Right > edge - EdgeGap);
        blocks = blocks.Where(b => b.Kind != BlockKind.Label || !besideContent(b)).ToList();
        var lifted = blocks.SelectMany(b => b.Parts).Select(p => p.Segment).ToHashSet();
        var content = lines.Select(l => l.Segments.Where(s => !lifted.Contains(s)).ToList()).ToList();
        var before = new Dictionary<int, List<DocLine>>();
        var appended = new Dictionary<int, List<LineSegment>>();
        foreach (var block in blocks)
        {
            var anchor = lines[block.Parts[0].Line];
            if (block.Kind == BlockKind.Side && FacingEntryLine(lines, content, anchor, block.Size) is { } target)
            {
                // Placed after the line's own text, so the line keeps its indentation.
                var right = content[target].Max(s => s.Right);
                var pieces = SideSegments(block).Select(s => s with { Left = right + 12, Right = right + 12 + (s.Right - s.Left) });
                (appended.TryGetValue(target, out var side) ? side : appended[target] = []).AddRange(pieces);
                continue;
            }

            // Beside content, a label goes right before the line it shares; on a line of its own, before the block it faces.
            var at = content[block.Parts[0].Line].Count > 0 ? block.Parts[0].Line : FacedBlockStart(lines, content, anchor, block.Size);
            var label = new DocLine([block.First with { Text = block.Text }])
            {
                // Set in the label column, a title is a heading by its place however plain its type.
                HeadingLevel = block.Kind == BlockKind.Title ? 2 : 0,
                FontSize = block.Size,
                Bold = block.First.Bold,
                Left = block.First.Left,
                Right = block.Parts.Max(p => p.Segment.Right),
                Top = anchor.Top,
                Page = anchor.Page,
                GapAbove = anchor.GapAbove,
                ParagraphStart = false,
            };
            (before.TryGetValue(at, out var list) ? list : before[at] = []).Add(label);
        }

        var result = new List<DocLine>(lines.Count + before.Count);
        for (var i = 0; i <= lines.Count; i++)
        {
            if (before.TryGetValue(i, out var inserted))
            {
                result.AddRange(inserted);
            }

            if (i == lines.Count)
            {
                break;
            }

            var kept = content[i];
            if (appended.TryGetValue(i, out var side))
            {
                kept = [.. kept, .. side];
            }

            if (kept.Count == lines[i].Segments.Count && !appended.ContainsKey(i))
            {
                result.Add(lines[i]);
            }
            else if (kept.Count > 0)
            {
                result.Add(Rebuild(lines[i], kept));
            }
        }

        return result;
    }

    /// <summary>
    /// The x where content starts beside a column of labels: many lines start there (or have a gap and then text
    /// there), the text left of it is sparse and short, and hardly anything crosses it. Null when the lines show no
    /// such column: a right-aligned date is far right and varies with its width, and a full-width line crosses any
    /// edge.
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

        // Where text starts: at a line's beginning or after a gap.
        var starts = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            for (var j = 0; j < line.Segments.Count; j++)
            {
                if (j == 0 || line.Segments[j].Left - line.Segments[j - 1].Right >= 6)
                {
                    var key = (int)Math.Round(line.Segments[j].Left / 2);
                    starts[key] = starts.GetValueOrDefault(key) + 1;
                }
            }
        }

        double? best = null;
        var bestCount = 0;
        foreach (var (key, count) in starts)
        {
            var x = key * 2.0;
            var share = (x - left) / width;
            if (count < 4 || count <= bestCount || share is < 0.1 or > 0.45 || !IsContentEdge(lines, x))
            {
                continue;
            }

            best = x;
            bestCount = count;
        }

        // Never left of where the content's text really starts, which its two-point bucket may round down: a label
        // that outgrew its column ends only a few points before the content.
        return best is { } bucket
            ? Math.Max(bucket, lines.SelectMany(l => l.Segments).Where(s => Math.Abs(s.Left - bucket) <= 1.5).Min(s => s.Left))
            : null;
    }

    private static bool IsContentEdge(List<DocLine> lines, double x)
    {
        var band = lines.SelectMany(l => l.Segments).Where(s => s.Right <= x - EdgeGap).ToList();
        var content = lines.SelectMany(l => l.Segments).Where(s => s.Left >= x - 2.5).ToList();

        // The name and contact lines above the columns may run across the edge.
        var firstAtEdge = lines.FindIndex(l => l.Segments.Any(s => Math.Abs(s.Left - x) <= 2.5));
        var crossing = lines.Skip(Math.Max(firstAtEdge, 0)).Count(l => l.Segments.Any(s => s.Left < x - EdgeGap && s.Right > x + EdgeGap));
        if (band.Count < 2 || content.Count < 5 || crossing > Math.Max(2, lines.Count / 12))
        {
            return false;
        }

        // Labels are short and few beside the content they label; a sidebar of its own holds much more.
        var bandChars = band.Sum(s => s.Text.Length);
        var contentChars = content.Sum(s => s.Text.Length);
        var longLabels = band.Count(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6);
        return bandChars * 2 <= contentChars && longLabels * 5 <= band.Count;
    }

    /// <summary>
    /// Band segments joined into labels: a label wraps onto the lines below it ("Professional" / "Experience") when they
    /// are close and styled alike.
    /// </summary>
    private static List<Block> FindBlocks(List<DocLine> lines, double edge)
    {
        var blocks = new List<Block>();
        List<(int Line, LineSegment Segment)>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            foreach (var segment in line.Segments.Where(s => s.Right <= edge - EdgeGap))
            {
                if (current is not null)
                {
                    var (lastIndex, last) = current[^1];
                    // A wrapped label keeps the line pitch of the text it sits beside, which may be set larger.
                    var size = Math.Max(last.Size, lines[lastIndex].FontSize);
                    var close = line.Page == lines[lastIndex].Page && line.Top - lines[lastIndex].Top <= 1.8 * size && lastIndex != i;
                    var alike = last.Bold == segment.Bold && Math.Abs(last.Size - segment.Size) < 0.6 && IsCaps(last.Text) == IsCaps(segment.Text);
                    if (close && alike)
                    {
                        current.Add((i, segment));
                        continue;
                    }

                    blocks.Add(Classify(current));
                }

                current = [(i, segment)];
            }
        }

        if (current is not null)
        {
            blocks.Add(Classify(current));
        }

        return blocks;
    }

    private static Block Classify(List<(int Line, LineSegment Segment)> parts)
    {
        var text = string.Join(" ", parts.Select(p => p.Segment.Text.Trim()));
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

        var rest = Without(text, ranges);
        return rest.Length == 0 || DateParser.IsDuration(rest) || LocationFinder.Parse(rest) is not null;
    }

    private static string Without(string text, IReadOnlyList<DateRange> ranges) =>
        ranges.OrderByDescending(r => r.Index).Aggregate(text, (t, r) => r.RemoveFrom(t)).Trim(' ', ',', '|', '·', '-', '–');

    /// <summary>The dates of a side block as one segment and its place as another.</summary>
    private static List<LineSegment> SideSegments(Block block)
    {
        var ranges = DateParser.FindAll(block.Text);
        var dates = string.Join(" ", ranges.Select(r => block.Text.Substring(r.Index, r.Length)));
        var rest = Without(block.Text, ranges);
        var result = new List<LineSegment>();
        if (dates.Length > 0)
        {
            result.Add(block.First with { Text = dates });
        }

        if (rest.Length > 0)
        {
            result.Add(block.First with { Text = rest });
        }

        return result;
    }

    /// <summary>
    /// The entry line a date or place faces: the nearest line above it or level with it that is not a bullet, within a
    /// few lines. A date beside an entry sits level with its title or a little below it, never above the entry.
    /// </summary>
    private static int? FacingEntryLine(List<DocLine> lines, List<List<LineSegment>> content, DocLine anchor, double size)
    {
        int? best = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (content[i].Count == 0 || line.Page != anchor.Page || Text.TextCleaner.StartsWithBullet(content[i][0].Text))
            {
                continue;
            }

            var reach = 3.5 * Math.Max(size, line.FontSize);
            if (line.Top <= anchor.Top + (0.6 * size) && anchor.Top - line.Top <= reach && (best is null || line.Top > lines[best.Value].Top))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Where a title or label goes: before the block of content lines it faces. Content lines form blocks parted by
    /// gaps wider than their usual spacing; a label faces the block its baseline falls within (a label may be set
    /// level with the block's first line or centred beside it), else the first block below it.
    /// </summary>
    private static int FacedBlockStart(List<DocLine> lines, List<List<LineSegment>> content, DocLine anchor, double size)
    {
        var onPage = Enumerable.Range(0, lines.Count).Where(i => content[i].Count > 0 && lines[i].Page == anchor.Page).ToList();
        var gaps = onPage.Zip(onPage.Skip(1), (a, b) => lines[b].Top - lines[a].Top).Where(g => g > 0).Order().ToList();
        var usual = gaps.Count > 0 ? gaps[gaps.Count / 2] : size * 1.3;

        var blocks = new List<(int Start, int End)>();
        foreach (var i in onPage)
        {
            if (blocks.Count > 0 && lines[i].Top - lines[blocks[^1].End].Top <= 1.4 * usual)
            {
                blocks[^1] = (blocks[^1].Start, i);
            }
            else
            {
                blocks.Add((i, i));
            }
        }

        foreach (var (start, end) in blocks)
        {
            var top = lines[start].Top - lines[start].FontSize;
            if (anchor.Top >= top && anchor.Top <= lines[end].Top + (0.3 * size))
            {
                return start;
            }
        }

        foreach (var (start, _) in blocks)
        {
            if (lines[start].Top >= anchor.Top - (0.8 * size))
            {
                return start;
            }
        }

        return FirstContentAfterPage(lines, anchor.Page);
    }

    private static int FirstContentAfterPage(List<DocLine> lines, int page)
    {
        var next = lines.FindIndex(l => l.Page > page);
        return next < 0 ? lines.Count : next;
    }

    private static DocLine Rebuild(DocLine line, List<LineSegment> segments)
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
            GapAbove = line.GapAbove,
            ParagraphStart = false,
        };
    }

    private static bool IsCaps(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);
    }
}
