namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// A page printed on a grey background (a tinted theme, a grey scan) stretched so that its background is white:
/// Tesseract and the stroke widths judge dark against light at fixed levels, and faint text on grey reads as noise.
/// </summary>
internal static class GreyLevels
{
    /// <summary>A background this light or lighter is left alone.</summary>
    private const int White = 250;

    /// <summary>A page mostly darker than this is a dark fill, not grey paper: <see cref="DarkFills"/> handles it.</summary>
    private const int Paper = 192;

    /// <summary>
    /// Scales every pixel of a binary grey PGM (P5, 8-bit) so that its most common level (the paper) becomes white,
    /// in place. Returns whether any pixel changed; any other image is left alone.
    /// </summary>
    public static bool Whiten(byte[] pgm)
    {
        if (StrokeWidth.ReadHeader(pgm) is not var (width, height, offset))
        {
            return false;
        }

        var counts = new long[256];
        var end = offset + ((long)width * height);
        for (var at = (long)offset; at < end; at++)
        {
            counts[pgm[at]]++;
        }

        var paper = Array.IndexOf(counts, counts.Max());
        if (paper is >= White or < Paper)
        {
            return false;
        }

        for (var at = (long)offset; at < end; at++)
        {
            pgm[at] = (byte)Math.Min(255, pgm[at] * 255 / paper);
        }

        return true;
    }
}
