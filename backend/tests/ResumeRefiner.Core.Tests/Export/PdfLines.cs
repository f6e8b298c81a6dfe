using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>A text line of an exported PDF as an ATS would see it: its page, words and whether it is bold.</summary>
internal sealed record PdfLine(int Page, double Top, string Text, bool Bold);

internal static class PdfLines
{
    public static List<PdfLine> Read(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var lines = new List<PdfLine>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text));
            lines.AddRange(words
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
                .OrderByDescending(g => g.Key)
                .Select(g => new PdfLine(
                    page.Number,
                    g.Key,
                    string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)),
                    g.All(w => w.Letters.All(l => l.FontName?.Contains("Bold", StringComparison.Ordinal) == true)))));
        }

        return lines;
    }

    public static string Text(byte[] pdf) => string.Join('\n', Read(pdf).Select(l => l.Text));
}
