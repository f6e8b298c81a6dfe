namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// Light text on a dark fill (skill tags, date pills, a coloured sidebar or banner) turned dark on light before
/// Tesseract reads the page: Tesseract finds no text in such a fill and drops the words in it. A fill is one
/// connected shape of dark pixels, larger than any letter and mostly dark; letters, rules and bullets are not.
/// </summary>
internal static class DarkFills
{
    private const byte Dark = 128;

    /// <summary>A fill is at least this tall (about 7 pt), in inches.</summary>
    private const double MinHeightInches = 0.1;

    /// <summary>
    /// A fill is twice as wide as it is tall (a tag, a pill, a banner), or this large both ways (a sidebar, a box),
    /// in inches: a heavy letter of a large name ("e" with its bar) can be as dark, but is about as wide as tall.
    /// </summary>
    private const double LargeInches = 0.75;

    /// <summary>
    /// Dark pixels per pixel of the shape's extent: a tag or pill with white letters is 0.7–0.9 dark; even a bold
    /// capital's strokes cover less of its box once it is wider than the line is tall.
    /// </summary>
    private const double MinDarkShare = 0.6;

    /// <summary>A shape with hardly any light pixels inside holds no light text: dark text on a dark fill stays.</summary>
    private const double MaxDarkShare = 0.97;

    /// <summary>
    /// A fill's margins above and below its text, or between its lines, are dark all across; a word in heavy type
    /// whose letters touch has gaps in every row but an underline's.
    /// </summary>
    private const double MinSolidRows = 0.25;

    /// <summary>Pixels around a fill, anti-aliased grey, that are whitened with it.</summary>
    private const int Rim = 2;

    /// <summary>
    /// Inverts, row by row, the extent of every dark fill on a binary grey PGM (P5, 8-bit) of a page rasterised at
    /// <paramref name="dpi"/>, in place. Returns whether any pixel changed; any other image is left alone.
    /// </summary>
    public static bool Lighten(byte[] pgm, int dpi)
    {
        if (StrokeWidth.ReadHeader(pgm) is not var (width, height, offset))
        {
            return false;
        }

        var minHeight = (int)Math.Round(MinHeightInches * dpi);
        var label = new int[width * height];
        var stack = new Stack<int>();
        var changed = false;
        var spans = new Dictionary<int, (int Left, int Right)>();
        for (var start = 0; start < label.Length; start++)
        {
            if (label[start] != 0 || pgm[offset + start] >= Dark)
            {
                continue;
            }

            // Flood the shape (4-connected), keeping each row's leftmost and rightmost pixel.
            spans.Clear();
            long count = 0, shade = 0;
            label[start] = 1;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                count++;
                shade += pgm[offset + at];
                var (x, y) = (at % width, at / width);
                spans[y] = spans.TryGetValue(y, out var span) ? (Math.Min(span.Left, x), Math.Max(span.Right, x)) : (x, x);
                Visit(x > 0 ? at - 1 : -1);
                Visit(x < width - 1 ? at + 1 : -1);
                Visit(y > 0 ? at - width : -1);
                Visit(y < height - 1 ? at + width : -1);
            }

            var left = spans.Values.Min(s => s.Left);
            var right = spans.Values.Max(s => s.Right);
            var shapeHeight = spans.Count;
            var area = spans.Values.Sum(s => (long)(s.Right - s.Left + 1));
            var top = spans.Keys.Min();
            var bottom = top + shapeHeight - 1;
            var shapeWidth = right - left + 1;
            var letterLike = shapeWidth < 2 * shapeHeight && Math.Min(shapeWidth, shapeHeight) < LargeInches * dpi;
            if (shapeHeight < minHeight || letterLike || count < MinDarkShare * area || count > MaxDarkShare * area
                || SolidRows(pgm, width, offset, spans, shapeWidth) < MinSolidRows * shapeHeight)
            {
                continue;
            }

            // The fill turns white and its light letters black; the anti-aliased rim just outside it turns white
            // too, or Tesseract reads a tag's edge as "|".
            var fill = (double)shade / count;
            for (var y = Math.Max(0, top - Rim); y <= Math.Min(height - 1, bottom + Rim); y++)
            {
                var (from, to) = spans[Math.Clamp(y, top, bottom)];
                var row = offset + (y * width);
                for (var x = Math.Max(0, from - Rim); x <= Math.Min(width - 1, to + Rim); x++)
                {
                    var inside = y >= top && y <= bottom && x >= from && x <= to;
                    pgm[row + x] = inside ? (byte)Math.Clamp((255 - pgm[row + x]) * 255 / (255 - fill), 0, 255) : (byte)255;

                    // The fill's own pixels, now light, must not start shapes of their own.
                    label[(y * width) + x] = 1;
                }
            }

            changed = true;
        }

        return changed;

        // Rows dark across at least nine tenths of their own extent, which spans half the shape or more (a pill's
        // rounded ends make its first and last rows shorter).
        static int SolidRows(byte[] pgm, int width, int offset, Dictionary<int, (int Left, int Right)> spans, int shapeWidth)
        {
            var solid = 0;
            foreach (var (y, (from, to)) in spans)
            {
                var row = offset + (y * width);
                var dark = 0;
                for (var x = from; x <= to; x++)
                {
                    dark += pgm[row + x] < Dark ? 1 : 0;
                }

                solid += 2 * (to - from + 1) >= shapeWidth && dark >= 0.9 * (to - from + 1) ? 1 : 0;
            }

            return solid;
        }

        void Visit(int at)
        {
            if (at >= 0 && label[at] == 0 && pgm[offset + at] < Dark)
            {
                label[at] = 1;
                stack.Push(at);
            }
        }
    }
}
