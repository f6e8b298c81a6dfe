using System.Globalization;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>A word Tesseract read, with its box in pixels and its confidence (0–100).</summary>
/// <param name="Line">Block, paragraph and line numbers joined: words with the same value share a Tesseract line.</param>
/// <param name="Page">1 for an image or a rasterised page; a multi-page TIFF numbers its pages.</param>
internal readonly record struct OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Line, int Page = 1)
{
    /// <summary>The mean width in pixels of the word's strokes on the page image; 0 when not measured.</summary>
    public double Stroke { get; init; }

    public int Right => Left + Width;

    public int Bottom => Top + Height;
}

/// <summary>
/// Reads the TSV Tesseract writes (<c>tesseract page.png stdout tsv</c>): a header, then one row per page, block,
/// paragraph, line and word. Only word rows (level 5) with text carry what the layout needs.
/// </summary>
internal static class TesseractTsv
{
    private const int Columns = 12;

    public static List<OcrWord> Read(string tsv)
    {
        var words = new List<OcrWord>();
        var lines = new Dictionary<(int, int, int, int), int>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < Columns || cells[0] != "5")
            {
                continue;
            }

            var text = string.Join('\t', cells[11..]).Trim();
            if (text.Length == 0
                || !TryInt(cells[1], out var page) || !TryInt(cells[2], out var block) || !TryInt(cells[3], out var paragraph) || !TryInt(cells[4], out var line)
                || !TryInt(cells[6], out var left) || !TryInt(cells[7], out var top)
                || !TryInt(cells[8], out var width) || !TryInt(cells[9], out var height)
                || !double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            if (!lines.TryGetValue((page, block, paragraph, line), out var lineId))
            {
                lineId = lines.Count;
                lines[(page, block, paragraph, line)] = lineId;
            }

            words.Add(new OcrWord(text, left, top, Math.Max(width, 1), Math.Max(height, 1), Math.Clamp(confidence, 0, 100), lineId, page));
        }

        return words;
    }

    private static bool TryInt(string cell, out int value) =>
        int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
