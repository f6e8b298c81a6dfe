using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>
/// An entry header set as a row of cells, its dates in a cell of their own ("Sports ‖ 04/2021 – 12/2022" /
/// "Physiotherapist", or "Oct 2024 to present ‖ Clinical Assistant, Lakeside Medicine, Des" / "Moines, IA"): a text
/// cell too narrow for its text wraps onto the lines below it, which read as lines of their own and cut the header in
/// two. Larger type, a narrower page or a longer title make any header wrap. A line below that starts where the cell
/// starts, in the cell's type, whose first word would not have fitted beside the cell's text, is the cell's next line.
/// </summary>
internal static class WrappedCells
{
    public static List<DocLine> Join(List<DocLine> lines)
    {
        if (lines.Count < 2)
        {
            return lines;
        }

        var columnRight = lines.Max(l => l.Right);
        var result = new List<DocLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (WrappingCell(line) is not { } cell)
            {
                result.Add(line);
                continue;
            }

            var bound = cell + 1 < line.Segments.Count ? line.Segments[cell + 1].Left - line.Segments[cell].Size : columnRight;
            var last = line;
            var lastRight = line.Segments[cell].Right;
            var text = line.Segments[cell].Text;
            while (i + 1 < lines.Count && Continues(line.Segments[cell], last, lastRight, lines[i + 1], bound))
            {
                last = lines[++i];
                lastRight = last.Right;
                text += " " + last.Text.Trim();
            }

            result.Add(ReferenceEquals(last, line) ? line
                : line.WithSegments([.. line.Segments.Select((s, k) => k == cell ? s with { Text = text } : s)]));
        }

        return result;
    }

    /// <summary>The text cell of a row of cells one of which holds dates; null when the line is no such row.</summary>
    private static int? WrappingCell(DocLine line)
    {
        if (line.Segments.Count is < 2 or > 3 || !line.Segments.Any(s => DateParser.IsOnlyDates(s.Text)))
        {
            return null;
        }

        var text = line.Segments.Select((s, k) => (s, k)).Where(p => !DateParser.IsOnlyDates(p.s.Text)).ToList();
        return text.Count == 1 && !TextCleaner.StartsWithBullet(text[0].s.Text) ? text[0].k : null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the cell: it starts at the cell's left in the cell's type, right
    /// under the cell's last line, and its first word would have run past the cell's edge on that line.
    /// </summary>
    private static bool Continues(LineSegment cell, DocLine last, double lastRight, DocLine next, double bound)
    {
        if (next.Segments.Count != 1 || next.Page != last.Page || TextCleaner.StartsWithBullet(next.Text) || DateParser.Find(next.Text) is not null)
        {
            return false;
        }

        var piece = next.Segments[0];
        var size = cell.Size > 0 ? cell.Size : last.FontSize;
        if (Math.Abs(piece.Left - cell.Left) > 1.5 || piece.Bold != cell.Bold || Math.Abs(piece.Size - cell.Size) >= 0.6
            || next.Top - last.Top <= 0 || next.Top - last.Top > 1.6 * size)
        {
            return false;
        }

        // A full stop ends a sentence set under the header (a description), not a name or a place cut short.
        var words = piece.Text.Trim();
        if (words.EndsWith('.'))
        {
            return false;
        }

        var firstWord = words.Split(' ')[0];
        var firstWordWidth = (piece.Right - piece.Left) * firstWord.Length / Math.Max(1, words.Length);
        return lastRight + (0.25 * size) + firstWordWidth > bound;
    }
}
