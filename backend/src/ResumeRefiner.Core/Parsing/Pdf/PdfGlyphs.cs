using System.Buffers;
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

/// <summary>
/// A page's glyphs in an array from the shared pool: a page holds thousands of glyphs, and a fresh array that
/// size lands on the large-object heap, whose collections cost more than reading the page.
/// </summary>
internal sealed class GlyphBuffer : IDisposable
{
    private Glyph[] _items;

    public GlyphBuffer(int capacity) => _items = ArrayPool<Glyph>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public Span<Glyph> Span => _items.AsSpan(0, Count);

    public void Add(Glyph glyph)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<Glyph>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<Glyph>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = glyph;
    }

    public void Dispose()
    {
        // Cleared so the pool does not keep the page's strings alive.
        ArrayPool<Glyph>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}

/// <summary>Letters → glyphs → segments for one page.</summary>
internal static class PdfGlyphs
{
    public static GlyphBuffer Read(Page page)
    {
        var glyphs = new GlyphBuffer(page.Letters.Count);
        var seen = new HashSet<(string, int, int)>(page.Letters.Count);

        // Letters outside plain ASCII (dashes, quotes, bullets, ligatures) repeat through a page; clean each once.
        var cleaned = new Dictionary<string, string>(StringComparer.Ordinal);

        // A page uses a handful of fonts; judge each font name once rather than once per letter.
        var fonts = new Dictionary<string, (bool Icon, bool Bold)>(StringComparer.Ordinal);
        var pendingSpace = false;
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                pendingSpace = true;
                continue;
            }

            var fontName = letter.FontName ?? string.Empty;
            if (!fonts.TryGetValue(fontName, out var font))
            {
                font = (IsIconFont(fontName), IsBoldName(fontName));
                fonts[fontName] = font;
            }

            if (letter.TextOrientation != TextOrientation.Horizontal || font.Icon)
            {
                pendingSpace = true;
                continue;
            }

            // A soft hyphen drawn on the page is a visible hyphen (LaTeX and Typst print dashes in ranges with it).
            if (!cleaned.TryGetValue(letter.Value, out var text))
            {
                text = letter.Value == "\u00AD" ? "-" : TextCleaner.Clean(letter.Value);
                cleaned[letter.Value] = text;
            }

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
            var bold = font.Bold || letter.FontDetails is { IsBold: true };
            glyphs.Add(new Glyph(text, left, right, baseline, size, bold, pendingSpace));
            pendingSpace = false;
        }

        return glyphs;
    }

    /// <summary>
    /// List markers drawn as shapes, not text: browsers draw HTML list bullets (discs, circles, squares) as paths, so
    /// the text layer has no bullet character. A marker counts as a bullet when at least one more of the same size
    /// stands at the same x, as list items line up; it is added as a "•" glyph where it sits, and segmenting then joins
    /// it to its line.
    /// </summary>
    public static void AddDrawnBullets(IReadOnlyList<Box> markers, GlyphBuffer glyphs)
    {
        foreach (var group in markers.GroupBy(m => ((int)Math.Round(m.Left), (int)Math.Round(m.Height * 2))))
        {
            if (group.Count() < 2)
            {
                continue;
            }

            foreach (var marker in group)
            {
                // A marker is centred on the x-height; the text's baseline is a little below the marker's bottom.
                glyphs.Add(new Glyph("•", marker.Left, marker.Right, marker.Bottom + (0.25 * marker.Height), 3 * marker.Height, false, SpaceBefore: true));
            }
        }
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

    private static bool IsBoldName(string name) =>
        name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Demi", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("-BX", StringComparison.OrdinalIgnoreCase)
        || name.Contains("CMBX", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Clusters glyphs by baseline, then cuts each cluster at wide gaps (sorting <paramref name="glyphs"/> in place). The gap that separates segments is wider
    /// than any word space of justified text but narrower than the space before a right-aligned date.
    /// </summary>
    public static List<PdfSegment> Segment(Span<Glyph> glyphs, IReadOnlyList<Box> boxes)
    {
        var segments = new List<PdfSegment>();
        if (glyphs.Length == 0)
        {
            return segments;
        }

        // Sort the page's glyphs in place and work on index ranges of them: a page has a few thousand glyphs, and
        // copying them into a list per line and per run cost more than the clustering itself. Plain double keys
        // sort several times faster than a comparison delegate over the struct.
        var sorted = glyphs;
        var keys = ArrayPool<double>.Shared.Rent(sorted.Length);
        try
        {
            for (var i = 0; i < sorted.Length; i++)
            {
                keys[i] = sorted[i].Baseline;
            }

            SortByKeys(keys.AsSpan(0, sorted.Length), sorted);
            CutLines(sorted, keys, boxes, segments);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
        }

        return segments;
    }

    /// <summary>
    /// Sorts the glyphs by their keys. Producers write a line left to right, and many write a page top to bottom, so
    /// the order is often right already; checking costs far less than moving the glyphs.
    /// </summary>
    private static void SortByKeys(Span<double> keys, Span<Glyph> glyphs)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                keys.Sort(glyphs);
                return;
            }
        }
    }

    /// <summary>Groups baseline-sorted glyphs into lines, then cuts each line into segments.</summary>
    /// <param name="keys">Scratch space at least as long as <paramref name="sorted"/>.</param>
    private static void CutLines(Span<Glyph> sorted, double[] keys, IReadOnlyList<Box> boxes, List<PdfSegment> segments)
    {
        var clusters = new List<(int Start, int End)>();
        var start = 0;
        var clusterBase = sorted[0].Baseline;
        var sizeSum = sorted[0].Size;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length)
            {
                var g = sorted[i];
                var tolerance = Math.Max(1.0, 0.3 * Math.Min(g.Size, sizeSum / (i - start)));

                // Compare with the previous glyph, not the first: mixed sizes on one line sit a point or two apart.
                var sameLine = g.Baseline - clusterBase <= tolerance;
                clusterBase = g.Baseline;
                if (sameLine)
                {
                    sizeSum += g.Size;
                    continue;
                }
            }

            AddCluster(sorted, start, i, clusters);
            if (i < sorted.Length)
            {
                start = i;
                sizeSum = sorted[i].Size;
            }
        }

        var contentEdges = ContentEdges(sorted, clusters);
        var bulletColumns = BulletColumns(sorted, clusters);
        for (var lineId = 0; lineId < clusters.Count; lineId++)
        {
            var (from, to) = clusters[lineId];
            var line = sorted[from..to];
            var edges = BoxEdges(boxes, line[0].Baseline);
            edges.AddRange(bulletColumns);
            CutLine(line, keys.AsSpan(from, to - from), lineId, contentEdges, edges, segments);
        }
    }

    /// <summary>
    /// Adds the baseline cluster [start, end), split where it chained two printed lines together: a date wrapped in a
    /// narrow gutter ("October 2022 to" / "Present") beside a title set between its lines sits a point or two from
    /// each, so the chain takes all three, and their letters would interleave ("to PresLeenatd Driver"). Glyphs of one
    /// line never overlap; a run of baselines whose glyphs overlap the line so far starts a line of its own.
    /// </summary>
    private static void AddCluster(Span<Glyph> sorted, int start, int end, List<(int Start, int End)> clusters)
    {
        if (sorted[end - 1].Baseline - sorted[start].Baseline <= 1.0)
        {
            clusters.Add((start, end));
            return;
        }

        var lineStart = start;
        var run = start;
        for (var i = start + 1; i <= end; i++)
        {
            if (i < end && sorted[i].Baseline - sorted[i - 1].Baseline <= 0.5)
            {
                continue;
            }

            // sorted[run..i) shares one baseline; it overlaps the line so far → the line ends before it.
            if (run > lineStart && IsText(sorted[lineStart..run]) && IsText(sorted[run..i]) && Overlaps(sorted[lineStart..run], sorted[run..i]))
            {
                clusters.Add((lineStart, run));
                lineStart = run;
            }

            run = i;
        }

        clusters.Add((lineStart, end));
    }

    /// <summary>Three letters or digits at least: an accent or a mark set apart from its letter is not a line.</summary>
    private static bool IsText(ReadOnlySpan<Glyph> glyphs)
    {
        var count = 0;
        foreach (var g in glyphs)
        {
            if (g.Text.Length > 0 && char.IsLetterOrDigit(g.Text[0]) && ++count >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a glyph of one set covers more than half of a glyph of the other.</summary>
    private static bool Overlaps(ReadOnlySpan<Glyph> a, ReadOnlySpan<Glyph> b)
    {
        foreach (var x in b)
        {
            if (string.IsNullOrWhiteSpace(x.Text))
            {
                continue;
            }

            foreach (var y in a)
            {
                var overlap = Math.Min(x.Right, y.Right) - Math.Max(x.Left, y.Left);
                if (overlap > 0.5 * Math.Min(x.Right - x.Left, y.Right - y.Left) && overlap > 0 && !string.IsNullOrWhiteSpace(y.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The x positions where bullets stand part-way along three or more lines: a bulleted list set in two columns,
    /// whose items must be cut apart however close the columns are ("… a 9- · Led incident reviews").
    /// </summary>
    private static List<double> BulletColumns(Span<Glyph> sorted, List<(int Start, int End)> clusters)
    {
        var xs = new List<double>();
        foreach (var (from, to) in clusters)
        {
            var first = double.MaxValue;
            for (var i = from; i < to; i++)
            {
                first = Math.Min(first, sorted[i].Left);
            }

            for (var i = from; i < to; i++)
            {
                var g = sorted[i];
                if (g.Text.Length == 1 && Text.TextCleaner.GlyphBullets.Contains(g.Text[0], StringComparison.Ordinal) && g.Left > first + (4 * g.Size))
                {
                    xs.Add(g.Left);
                }
            }
        }

        return [.. xs.Where(x => xs.Count(o => Math.Abs(o - x) <= 1.5) >= 3).Distinct()];
    }

    /// <summary>
    /// The x positions where a quarter or more of the page's lines (at least five) start: the left edge of the text,
    /// or of the content beside a label column.
    /// </summary>
    private static List<double> ContentEdges(Span<Glyph> sorted, List<(int Start, int End)> clusters)
    {
        var counts = new Dictionary<int, int>();
        foreach (var (from, to) in clusters)
        {
            var left = double.MaxValue;
            for (var i = from; i < to; i++)
            {
                left = Math.Min(left, sorted[i].Left);
            }

            var key = (int)Math.Round(left);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var needed = Math.Max(5, clusters.Count / 4);
        return counts.Where(c => c.Value + counts.GetValueOrDefault(c.Key - 1) + counts.GetValueOrDefault(c.Key + 1) >= needed)
            .Select(c => (double)c.Key).ToList();
    }

    /// <summary>Cuts one baseline cluster into segments at wide gaps.</summary>
    private static void CutLine(Span<Glyph> line, Span<double> keys, int lineId, List<double> contentEdges, List<double> boxEdges, List<PdfSegment> segments)
    {
        for (var i = 0; i < line.Length; i++)
        {
            keys[i] = line[i].Left;
        }

        SortByKeys(keys, line);
        var runStart = 0;
        var words = 1;
        for (var i = 1; i < line.Length; i++)
        {
            var prev = line[i - 1];
            var g = line[i];
            var size = Math.Max(4, Math.Min(prev.Size, g.Size));
            var gap = g.Left - prev.Right;

            // A wide gap separates columns of a line; a weight change after more than a space separates a
            // bold label from its content ("DevOps   AWS, Docker"); a short label set close to the content beside it
            // ends where most lines of the page start ("Curriculum Vitae  Jane Doe" in a label column).
            // Text in two drawn boxes (chips, shaded cells) is two pieces, however close the boxes. A label wider than
            // its column runs up to the content, closer than a space, but in its own size and with no space between.
            if (gap > Math.Max(1.6 * size, 9) || (g.Bold != prev.Bold && gap > 0.6 * size)
                || (gap > 0.45 * size && words <= 6 && AtContentEdge(g.Left, line[runStart].Left, contentEdges))
                || (gap > 0 && !g.SpaceBefore && Math.Abs(g.Size - prev.Size) >= 0.4 && words <= 6 && AtContentEdge(g.Left, line[runStart].Left, contentEdges))
                || (gap > 0.3 * size && boxEdges.Exists(x => x >= prev.Right - 0.5 && x <= g.Left + 0.5)))
            {
                segments.Add(MakeSegment(line[runStart..i], lineId));
                runStart = i;
                words = 1;
            }
            else if (gap > 0.18 * size)
            {
                words++;
            }
        }

        segments.Add(MakeSegment(line[runStart..], lineId));
    }

    /// <summary>The left and right edges of the boxes a baseline runs through.</summary>
    private static List<double> BoxEdges(IReadOnlyList<Box> boxes, double baseline)
    {
        var edges = new List<double>();
        foreach (var box in boxes)
        {
            if (baseline > box.Top && baseline <= box.Bottom)
            {
                edges.Add(box.Left);
                edges.Add(box.Right);
            }
        }

        return edges;
    }

    private static bool AtContentEdge(double x, double runLeft, List<double> contentEdges)
    {
        foreach (var edge in contentEdges)
        {
            if (Math.Abs(x - edge) <= 1.5 && runLeft < edge - 40)
            {
                return true;
            }
        }

        return false;
    }

    private static PdfSegment MakeSegment(ReadOnlySpan<Glyph> run, int lineId)
    {
        var sb = new System.Text.StringBuilder(run.Length + 8);
        var boldChars = 0;
        var right = double.MinValue;
        var baselineSum = 0.0;
        // A run has one or two sizes (an initial, a superscript); a few slots on the stack count them.
        Span<double> sizes = stackalloc double[8];
        Span<int> counts = stackalloc int[8];
        var distinct = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var glyph = run[i];
            if (i > 0)
            {
                var prev = run[i - 1];
                var size = Math.Max(3, Math.Min(prev.Size, glyph.Size));
                var gap = glyph.Left - prev.Right;

                // Trust a space character when the text layer has one; otherwise judge by the gap.
                if (gap > 0.18 * size || (glyph.SpaceBefore && gap > -0.05 * size))
                {
                    sb.Append(' ');
                }
            }

            sb.Append(glyph.Text);
            boldChars += glyph.Bold ? 1 : 0;
            right = Math.Max(right, glyph.Right);
            baselineSum += glyph.Baseline;
            var halfPoint = Math.Round(glyph.Size * 2) / 2;
            var slot = sizes[..distinct].IndexOf(halfPoint);
            if (slot >= 0)
            {
                counts[slot]++;
            }
            else if (distinct < sizes.Length)
            {
                (sizes[distinct], counts[distinct]) = (halfPoint, 1);
                distinct++;
            }
        }

        // The segment's size is its most common one (first seen wins a tie), so a larger initial does not count.
        var mostCommonSize = 0.0;
        var bestCount = 0;
        for (var i = 0; i < distinct; i++)
        {
            if (counts[i] > bestCount)
            {
                (mostCommonSize, bestCount) = (sizes[i], counts[i]);
            }
        }

        return new PdfSegment
        {
            Text = TextCleaner.Squash(sb),
            Left = run[0].Left,
            Right = right,
            Baseline = baselineSum / run.Length,
            Size = mostCommonSize,
            Bold = boldChars * 2 > run.Length,
            LineId = lineId,
        };
    }
}
