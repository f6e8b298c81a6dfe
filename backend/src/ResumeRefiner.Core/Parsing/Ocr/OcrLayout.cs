using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Pdf;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// Turns a recognised page into the glyphs a PDF text layer would give (points, top-down, baselines and font sizes),
/// so scans go through the same segments, columns and lines as PDF words.
/// </summary>
internal static class OcrLayout
{
    private const string Ascending = "bdfhklt0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()[]{}/|@#$%&!?'\"";
    private const string Descending = "gjpqy()[]{}|";

    /// <summary>Below this a small skew moves a line's end by less than its baseline tolerance.</summary>
    private const double MinSkewDegrees = 0.15;

    /// <summary>
    /// Bold type runs 1.6–2.3× the stroke width of regular type on the generated scans, semibold about 1.5×. Larger
    /// lines are held to the square root of their size ratio: scaling fully missed some bold headings whose short
    /// words measure thin, and headings must share one style to be recognised together.
    /// </summary>
    private const double BoldStroke = 1.35;

    /// <summary>Tesseract gives the marks it takes for letters 20–50; words it reads, 85 and more.</summary>
    private const double LoneMarkConfidence = 60;

    public static List<DocLine> Lines(OcrPage page)
    {
        var lineLengths = page.Words.CountBy(w => w.Line).ToDictionary();
        var words = Straighten(page.Words.Where(w => lineLengths[w.Line] > 1 || !IsLoneMark(w)).ToList());
        using var glyphs = new GlyphBuffer(words.Sum(w => w.Text.Length));
        foreach (var (line, size, baseline, boldStroke) in MeasureLines(words, page.PointsPerPixel))
        {
            var first = true;
            var ordered = line.OrderBy(w => w.Left).ToList();
            var bold = BoldRuns(ordered, boldStroke);
            var gap = WideGap(ordered);
            for (var n = 0; n < ordered.Count; n++)
            {
                var word = ordered[n];

                // A bullet opens the line, or a second column's item after a wide gap on the same Tesseract line.
                var opens = first || word.Left - ordered[n - 1].Right > gap;
                var text = opens && n + 1 < ordered.Count && IsMisreadBullet(word, line) ? "•" : TextCleaner.Clean(word.Text);
                if (text.Length == 0)
                {
                    continue;
                }

                // Tesseract gives word boxes, not letter boxes: letters share the word's width evenly.
                var left = word.Left * page.PointsPerPixel;
                var step = word.Width * page.PointsPerPixel / text.Length;
                for (var i = 0; i < text.Length; i++)
                {
                    glyphs.Add(new Glyph(text[i].ToString(), left + (i * step), left + ((i + 1) * step), baseline, size, bold[n], SpaceBefore: i == 0 && !first));
                }

                first = false;
            }
        }

        return PdfReader.LayOutPage(glyphs.Span, [], page.WidthPoints, page.Number);
    }

    /// <summary>
    /// Tesseract reads a round bullet as "e", "¢", "«", "©" or "=", a middle dot as "-" or "_.": a mark opening a line
    /// or a column, about square and no taller than the x-height of the words after it.
    /// </summary>
    private static bool IsMisreadBullet(OcrWord word, List<OcrWord> line)
    {
        // One mark that is not a digit, or two or three that are neither letters nor digits ("_.", "-·").
        var mark = word.Text.Length == 1 ? !char.IsDigit(word.Text[0]) : word.Text.Length <= 3 && !word.Text.Any(char.IsLetterOrDigit);
        if (!mark || line.Count < 2)
        {
            return false;
        }

        var textHeight = Median(line.Where(w => w != word).Select(w => (double)w.Height));
        return word.Height <= 0.6 * textHeight && word.Width <= 1.5 * word.Height + 2;
    }

    /// <summary>
    /// A timeline's dot, an icon or a rule's end read as a line of its own ("o", "fo)", "}", "°"): one short word
    /// that Tesseract doubts, a lone character or one holding a mark. Words such as "AMT" or "NHA" are kept.
    /// </summary>
    private static bool IsLoneMark(OcrWord word) =>
        word.Text.Length <= 3 && word.Confidence < LoneMarkConfidence
        && (word.Text.Length == 1 || !word.Text.All(char.IsLetterOrDigit));

    /// <summary>
    /// The skew of a photographed or fed-in-crooked page, from the slope of Tesseract's own lines (the median over
    /// lines of three or more words), in radians; positive when lines fall to the right.
    /// </summary>
    internal static double Skew(IReadOnlyList<OcrWord> words)
    {
        var slopes = new List<(double Slope, int Weight)>();
        foreach (var line in words.GroupBy(w => w.Line).Where(g => g.Count() >= 3))
        {
            var points = line.Select(w => (X: w.Left + (w.Width / 2.0), Y: Baseline(w))).ToList();
            var meanX = points.Average(p => p.X);
            var meanY = points.Average(p => p.Y);
            var spread = points.Sum(p => (p.X - meanX) * (p.X - meanX));
            if (spread > 0)
            {
                slopes.Add((points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / spread, line.Count()));
            }
        }

        if (slopes.Count == 0)
        {
            return 0;
        }

        var ordered = slopes.OrderBy(s => s.Slope).ToList();
        var half = ordered.Sum(s => s.Weight) / 2.0;
        var seen = 0;
        foreach (var (slope, weight) in ordered)
        {
            seen += weight;
            if (seen >= half)
            {
                return Math.Atan(slope);
            }
        }

        return Math.Atan(ordered[^1].Slope);
    }

    /// <summary>Turns every word's box about the page's centre so that skewed lines lie level.</summary>
    internal static List<OcrWord> Straighten(IReadOnlyList<OcrWord> words)
    {
        var angle = Skew(words);
        if (words.Count == 0 || Math.Abs(angle) < MinSkewDegrees * Math.PI / 180)
        {
            return [.. words];
        }

        var cx = words.Average(w => w.Left + (w.Width / 2.0));
        var cy = words.Average(w => w.Top + (w.Height / 2.0));
        var (sin, cos) = Math.SinCos(angle);
        return words.Select(w =>
        {
            var x = w.Left + (w.Width / 2.0) - cx;
            var y = w.Top + (w.Height / 2.0) - cy;
            var nx = cx + (x * cos) + (y * sin);
            var ny = cy - (x * sin) + (y * cos);
            return w with { Left = (int)Math.Round(nx - (w.Width / 2.0)), Top = (int)Math.Round(ny - (w.Height / 2.0)) };
        }).ToList();
    }

    /// <summary>
    /// Each Tesseract line with one font size and one baseline in points. A word's box runs from its tallest letter
    /// to its lowest, so its font size depends on which letters it holds: capitals and ascenders reach about 0.72 of
    /// the size above the baseline, descenders about 0.21 below it, and x-height letters 0.5.
    /// With them, the stroke width from which a word on the line is bold (0 when not measured): clearly wider than
    /// body lines' strokes, see <see cref="StrokeWidth"/>.
    /// </summary>
    private static IEnumerable<(List<OcrWord> Words, double Size, double Baseline, double BoldStroke)> MeasureLines(List<OcrWord> words, double pointsPerPixel)
    {
        var lines = words.GroupBy(w => w.Line)
            .Select(g => (Words: g.ToList(), Size: Median(g.Select(EmSize)), Baseline: 0.0))
            .Select(l => l with { Baseline = Median(l.Words.Select(Baseline)) })
            .ToList();
        if (lines.Count == 0)
        {
            yield break;
        }

        // Recognised sizes scatter by a few per cent around the real one; body lines take the body's size, so
        // that only real differences (a name, a heading a point larger) stand out as larger.
        var body = WeightedMedian(lines.Select(l => (l.Size, l.Words.Sum(w => w.Text.Length))));
        var bodyStroke = WeightedMedian(lines.Where(l => Math.Abs(l.Size - body) <= 0.06 * body).Select(l => (Stroke(l.Words), l.Words.Sum(w => w.Text.Length))));
        var sizes = SnapSizes(lines.Select(l => (l.Size, l.Words.Sum(w => w.Text.Length))).ToList(), body);
        for (var n = 0; n < lines.Count; n++)
        {
            var (lineWords, _, baseline) = lines[n];
            var points = sizes[n];
            var boldStroke = BoldStroke * bodyStroke * Math.Sqrt(Math.Max(1, points / body));
            yield return (lineWords, Math.Round(points * pointsPerPixel * 2) / 2, baseline * pointsPerPixel, boldStroke);
        }
    }

    /// <summary>
    /// Lines within 6 % of the body size take it; the other lines gather the same way around the size most of their
    /// letters share nearby, so that headings of one style (a 16-point "Work", "Languages", "Core Competencies") keep
    /// one size, as in a text layer, though Tesseract's boxes scatter them over 15–16 points.
    /// </summary>
    private static double[] SnapSizes(List<(double Size, int Letters)> lines, double body)
    {
        var sizes = lines.Select(l => Near(l.Size, body) ? body : l.Size).ToArray();
        var open = Enumerable.Range(0, lines.Count).Where(i => sizes[i] != body).ToList();
        while (open.Count > 0)
        {
            var centre = open.MaxBy(i => open.Where(j => Near(lines[j].Size, lines[i].Size)).Sum(j => lines[j].Letters));
            var members = open.Where(j => Near(lines[j].Size, lines[centre].Size)).ToList();
            var size = WeightedMedian(members.Select(j => (lines[j].Size, lines[j].Letters)));
            members.ForEach(j => sizes[j] = size);
            open.RemoveAll(members.Contains);
        }

        return sizes;

        static bool Near(double size, double centre) => Math.Abs(size - centre) <= 0.06 * centre;
    }

    /// <summary>
    /// Which words of a line (left to right) are bold. A label column or a date set apart shares its Tesseract line
    /// with the content beside it, so weight is judged per run of words between wide gaps; a single word measures too
    /// noisily on its own.
    /// </summary>
    private static bool[] BoldRuns(List<OcrWord> words, double boldStroke)
    {
        var bold = new bool[words.Count];
        if (boldStroke <= 0)
        {
            return bold;
        }

        var gap = WideGap(words);
        for (var start = 0; start < words.Count;)
        {
            var end = start + 1;
            while (end < words.Count && words[end].Left - words[end - 1].Right <= gap)
            {
                end++;
            }

            Array.Fill(bold, Stroke(words[start..end]) >= boldStroke, start, end - start);
            start = end;
        }

        return bold;
    }

    /// <summary>A gap between words wider than this parts a label column, a set-apart date or a second column.</summary>
    private static double WideGap(List<OcrWord> words) => 1.5 * Median(words.Select(w => (double)w.Height));

    /// <summary>A line's stroke width, its words' weighted by their letters; 0 when not measured.</summary>
    private static double Stroke(List<OcrWord> words) =>
        words.Sum(w => w.Stroke * w.Text.Length) / Math.Max(1, words.Sum(w => w.Text.Length));

    private static double EmSize(OcrWord word)
    {
        var up = word.Text.Any(c => Ascending.Contains(c, StringComparison.Ordinal) || char.IsUpper(c));
        var down = word.Text.Any(c => Descending.Contains(c, StringComparison.Ordinal));
        var share = (up, down) switch
        {
            (true, true) => 0.93,
            (true, false) => 0.72,
            (false, true) => 0.71,
            _ => 0.5,
        };
        return word.Height / share;
    }

    private static double Baseline(OcrWord word) =>
        word.Text.Any(c => Descending.Contains(c, StringComparison.Ordinal)) ? word.Bottom - (0.21 * EmSize(word)) : word.Bottom;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double WeightedMedian(IEnumerable<(double Value, int Weight)> values)
    {
        var sorted = values.OrderBy(v => v.Value).ToList();
        var half = sorted.Sum(v => v.Weight) / 2.0;
        var seen = 0;
        foreach (var (value, weight) in sorted)
        {
            seen += weight;
            if (seen >= half)
            {
                return value;
            }
        }

        return sorted[^1].Value;
    }
}
