namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// How heavy each word's type is, measured on the page image: Tesseract's TSV has no font weight, yet bold words
/// run about twice as many dark pixels across each stroke as regular ones of the same size.
/// </summary>
internal static class StrokeWidth
{
    private const byte Dark = 128;

    /// <summary>
    /// The words with <see cref="OcrWord.Stroke"/> set from a binary grey PGM (P5, 8-bit) of their page; unchanged
    /// when the image is in any other form.
    /// </summary>
    public static List<OcrWord> Measure(byte[] pgm, List<OcrWord> words)
    {
        if (ReadHeader(pgm) is not var (width, height, offset))
        {
            return words;
        }

        return words.Select(w => w with { Stroke = MeanRun(pgm, width, height, offset, w) }).ToList();
    }

    /// <summary>The mean length, in pixels, of the horizontal runs of dark pixels inside the word's box.</summary>
    private static double MeanRun(byte[] pixels, int width, int height, int offset, OcrWord word)
    {
        long dark = 0, runs = 0;
        var right = Math.Min(word.Right, width);
        for (var y = Math.Max(word.Top, 0); y < Math.Min(word.Bottom, height); y++)
        {
            var row = offset + ((long)y * width);
            var inRun = false;
            for (var x = Math.Max(word.Left, 0); x < right; x++)
            {
                var isDark = pixels[row + x] < Dark;
                dark += isDark ? 1 : 0;
                runs += isDark && !inRun ? 1 : 0;
                inRun = isDark;
            }
        }

        return runs == 0 ? 0 : (double)dark / runs;
    }

    /// <summary>Width, height and where the pixels start; null unless "P5", three numbers, maximum value 255.</summary>
    internal static (int Width, int Height, int Offset)? ReadHeader(byte[] pgm)
    {
        if (pgm.Length < 2 || pgm[0] != 'P' || pgm[1] != '5')
        {
            return null;
        }

        var numbers = new int[3];
        var at = 2;
        for (var n = 0; n < 3; n++)
        {
            while (at < pgm.Length && (char.IsWhiteSpace((char)pgm[at]) || pgm[at] == '#'))
            {
                if (pgm[at] == '#')
                {
                    while (at < pgm.Length && pgm[at] != '\n')
                    {
                        at++;
                    }
                }
                else
                {
                    at++;
                }
            }

            var start = at;
            while (at < pgm.Length && pgm[at] is >= (byte)'0' and <= (byte)'9' && at - start < 6)
            {
                numbers[n] = (numbers[n] * 10) + (pgm[at++] - '0');
            }

            if (at == start)
            {
                return null;
            }
        }

        // One whitespace byte ends the header; the pixels must all be there.
        var offset = at + 1;
        var (width, height) = (numbers[0], numbers[1]);
        return numbers[2] == 255 && width > 0 && height > 0 && pgm.Length - offset >= (long)width * height
            ? (width, height, offset)
            : null;
    }
}
