using ResumeRefiner.Core.Parsing.Text;
using UglyToad.PdfPig.Content;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>A visible character of a page in top-down coordinates, its text already cleaned.</summary>
/// <param name="SpaceBefore">The text layer has a space character right before this glyph.</param>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool SpaceBefore = false);

/// <summary>A run of glyphs on one baseline, separated from its neighbours by a wide gap.</summary>
internal sealed class PdfSegment
{
    public required string Text { get; init; }

    public double Left { get; init; }

    public double Right { get; init; }

    /// <summary>Baseline measured from the top of the page.</summary>
    public double Baseline { get; init; }

    public double Size { get; init; }

    public bool Bold { get; init; }

    /// <summary>Which baseline cluster of the page the segment came from; segments of one cluster share a line.</summary>
    public int LineId { get; init; }
}

/// <summary>Letters → glyphs → segments for one page.</summary>
internal static class PdfGlyphs
{
    public static List<Glyph> Read(Page page)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        var seen = new HashSet<(string, int, int)>();
        var pendingSpace = false;
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = true;
                continue;
            }

            if (letter.TextOrientation != TextOrientation.Horizontal || IsIconFont(letter.FontName))
            {
                pendingSpace = true;
                continue;
            }

            // A soft hyphen drawn on the page is a visible hyphen (LaTeX and Typst print dashes in ranges with it).
            var text = letter.Value == "\u00AD" ? "-" : TextCleaner.Clean(letter.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left + Math.Max(letter.Width, 0.1));
            var baseline = page.Height - letter.StartBaseLine.Y;

            // Fake bold is drawn twice at (nearly) the same spot; keep one copy.
            if (!seen.Add((text, (int)Math.Round(left * 2), (int)Math.Round(baseline * 2))))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            glyphs.Add(new Glyph(text, left, right, baseline, size, IsBold(letter), pendingSpace));
            pendingSpace = false;
        }

        return glyphs;
    }

    /// <summary>Icon fonts draw pictures with ordinary letter codes ("B" for a flag, "T" for a phone).</summary>
    private static bool IsIconFont(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return false;
        }

        return fontName.Contains("Awesome", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Icon", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Dingbat", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Wingding", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("marvosym", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Webdings", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Academicons", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Material", StringComparison.OrdinalIgnoreCase) && fontName.Contains("Symbol", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBold(Letter letter)
    {
        if (letter.FontDetails is { IsBold: true })
        {
            return true;
        }

        var name = letter.FontName ?? string.Empty;
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Demi", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("-BX", StringComparison.OrdinalIgnoreCase)
            || name.Contains("CMBX", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Clusters glyphs by baseline, then cuts each cluster at wide gaps. The gap that separates segments is wider
    /// than any word space of justified text but narrower than the space before a right-aligned date.
    /// </summary>
    public static List<PdfSegment> Segment(List<Glyph> glyphs)
    {
        var segments = new List<PdfSegment>();
        if (glyphs.Count == 0)
        {
            return segments;
        }

        var sorted = glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var clusters = new List<List<Glyph>>();
        var current = new List<Glyph> { sorted[0] };
        var clusterBase = sorted[0].Baseline;
        var sizeSum = sorted[0].Size;
        for (var i = 1; i < sorted.Count; i++)
        {
            var g = sorted[i];
            var tolerance = Math.Max(1.0, 0.3 * Math.Min(g.Size, sizeSum / current.Count));
            if (g.Baseline - clusterBase > tolerance)
            {
                clusters.Add(current);
                current = [];
                sizeSum = 0;
            }

            sizeSum += g.Size;

            // Compare with the previous glyph, not the first: mixed sizes on one line sit a point or two apart.
            clusterBase = g.Baseline;

            current.Add(g);
        }

        clusters.Add(current);

        var lineId = 0;
        foreach (var cluster in clusters)
        {
            cluster.Sort((a, b) => a.Left.CompareTo(b.Left));
            var run = new List<Glyph>();
            foreach (var g in cluster)
            {
                if (run.Count > 0)
                {
                    var prev = run[^1];
                    var size = Math.Max(4, Math.Min(prev.Size, g.Size));
                    var gap = g.Left - prev.Right;

                    // A wide gap separates columns of a line; a weight change after more than a space separates a
                    // bold label from its content ("DevOps   AWS, Docker").
                    if (gap > Math.Max(1.6 * size, 9) || (g.Bold != prev.Bold && gap > 0.6 * size))
                    {
                        segments.Add(MakeSegment(run, lineId));
                        run = [];
                    }
                }

                run.Add(g);
            }

            if (run.Count > 0)
            {
                segments.Add(MakeSegment(run, lineId));
            }

            lineId++;
        }

        return segments;
    }

    private static PdfSegment MakeSegment(List<Glyph> run, int lineId)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < run.Count; i++)
        {
            if (i > 0)
            {
                var prev = run[i - 1];
                var size = Math.Max(3, Math.Min(prev.Size, run[i].Size));
                var gap = run[i].Left - prev.Right;

                // Trust a space character when the text layer has one; otherwise judge by the gap.
                if (gap > 0.18 * size || (run[i].SpaceBefore && gap > -0.05 * size))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(run[i].Text);
        }

        var boldChars = run.Count(g => g.Bold);
        var sizes = run.GroupBy(g => Math.Round(g.Size * 2) / 2).OrderByDescending(g => g.Count()).First().Key;
        return new PdfSegment
        {
            Text = TextCleaner.Squash(sb.ToString()),
            Left = run[0].Left,
            Right = run.Max(g => g.Right),
            Baseline = run.Average(g => g.Baseline),
            Size = sizes,
            Bold = boldChars * 2 > run.Count,
            LineId = lineId,
        };
    }
}
