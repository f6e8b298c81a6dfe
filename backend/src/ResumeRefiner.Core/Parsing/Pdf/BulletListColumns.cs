using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>
/// A bulleted list set in two columns inside one column of the page (CSS <c>columns: 2</c>, a two-column table of
/// skills): read line by line across, the items of both columns interleave. Each such block is read as its left
/// column, then its right column.
/// </summary>
internal static class BulletListColumns
{
    /// <summary>The region cut into pieces in reading order; the region itself when it holds no such list.</summary>
    public static List<List<PdfSegment>> Split(List<PdfSegment> region)
    {
        var lines = region.GroupBy(s => s.LineId).Select(g => g.OrderBy(s => s.Left).ToList()).OrderBy(l => l[0].Baseline).ToList();
        if (FindColumn(lines) is not { } column)
        {
            return [region];
        }

        var pieces = new List<List<PdfSegment>>();
        var outside = new List<PdfSegment>();
        for (var i = 0; i < lines.Count;)
        {
            var end = RunEnd(lines, i, column);
            if (end == i)
            {
                outside.AddRange(lines[i]);
                i++;
                continue;
            }

            if (outside.Count > 0)
            {
                pieces.Add(outside);
                outside = [];
            }

            var run = lines[i..end].SelectMany(l => l).ToList();
            pieces.Add([.. run.Where(s => s.Left < column.Split)]);
            pieces.Add([.. run.Where(s => s.Left >= column.Split)]);
            i = end;
        }

        if (outside.Count > 0)
        {
            pieces.Add(outside);
        }

        return [.. pieces.Where(p => p.Count > 0)];
    }

    private readonly record struct Column(double BulletLeft, double Split, double Size);

    /// <summary>The left bullets' x and the right column's bullets' x, when bullets stand part-way along two or more lines.</summary>
    private static Column? FindColumn(List<List<PdfSegment>> lines)
    {
        var inner = lines.SelectMany(l => l.Skip(1)).Where(s => StartsWithListBullet(s.Text)).ToList();
        var split = inner.GroupBy(s => Math.Round(s.Left / 3)).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (split is null)
        {
            return null;
        }

        var x = split.Min(s => s.Left);
        var outer = lines.Select(l => l[0]).Where(s => StartsWithListBullet(s.Text) && s.Right <= x).ToList();
        return outer.Count == 0 ? null : new Column(outer.Min(s => s.Left), x - 2, split.First().Size);
    }

    /// <summary>Where the two-column block starting at line <paramref name="start"/> ends; <paramref name="start"/> when none starts there.</summary>
    private static int RunEnd(List<List<PdfSegment>> lines, int start, Column column)
    {
        if (!StartsWithListBullet(lines[start][0].Text) || !Fits(lines[start], column))
        {
            return start;
        }

        var end = start + 1;
        while (end < lines.Count && Fits(lines[end], column))
        {
            end++;
        }

        // A block with nothing in its right column is an ordinary list.
        return lines[start..end].Any(l => l.Any(s => s.Left >= column.Split)) ? end : start;
    }

    /// <summary>A line of the block: list type, nothing left of the bullets, nothing across the columns' gap.</summary>
    private static bool Fits(List<PdfSegment> line, Column column) =>
        line.All(s => Math.Abs(s.Size - column.Size) < 0.6 && s.Left >= column.BulletLeft - 1 && (s.Right <= column.Split + 1 || s.Left >= column.Split));

    private static bool StartsWithListBullet(string text) => text.Length > 1 && TextCleaner.GlyphBullets.Contains(text[0], StringComparison.Ordinal) && TextCleaner.StartsWithBullet(text);
}
