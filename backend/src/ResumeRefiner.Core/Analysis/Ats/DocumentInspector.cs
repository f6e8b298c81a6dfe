using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PdfDocument = UglyToad.PdfPig.PdfDocument;

namespace ResumeRefiner.Core.Analysis.Ats;

/// <summary>The original file's layout facts and its plain text, as an applicant tracking system would meet them.</summary>
public sealed record InspectedDocument(DocumentFacts Facts, string Text);

/// <summary>
/// Reads the layout facts the ATS-readiness checks judge (text layer, columns, tables, images, header and
/// footer text, odd bullets, glyphs that do not extract) from the original file, once, at upload.
/// </summary>
public static class DocumentInspector
{
    // Bullets every ATS reads as list markers; anything else drawn at a line start is "non-standard".
    private const string PlainBullets = "•-*–·";

    /// <exception cref="UnreadableDocumentException">The file cannot be opened.</exception>
    public static InspectedDocument Inspect(Stream content, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var size = content.CanSeek ? content.Length : (long?)null;
        try
        {
            var inspected = kind switch
            {
                DocumentKind.Pdf => InspectPdf(content, cancellationToken),
                DocumentKind.Docx => InspectDocx(content),
                // A picture has no text an ATS could extract, whatever OCR read from it.
                DocumentKind.Image => new InspectedDocument(new DocumentFacts { HasTextLayer = false, ImageCount = 1 }, string.Empty),
                // A JSON Resume or a LinkedIn export has no layout an ATS would meet: no facts, and the resume is its text.
                DocumentKind.JsonResume or DocumentKind.LinkedIn => new InspectedDocument(DocumentFacts.Unknown, string.Empty),
                _ => InspectText(content, kind),
            };
            var structured = kind is DocumentKind.JsonResume or DocumentKind.LinkedIn;
            return inspected with { Facts = inspected.Facts with { Kind = kind, FileSizeBytes = structured ? null : size } };
        }
        catch (Exception e) when (e is not (UnreadableDocumentException or OperationCanceledException))
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, "The document cannot be read. Save it again as PDF or DOCX and upload it again.", e);
        }
    }

    private static InspectedDocument InspectPdf(Stream content, CancellationToken cancellationToken)
    {
        content.Position = 0;
        using var pdf = PdfDocument.Open(content);
        var text = new StringBuilder();
        int letters = 0, unmapped = 0, images = 0, columns = 1;
        var headerFooter = false;
        var oddBullets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pdf.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            images += page.GetImages().Count();
            foreach (var letter in page.Letters)
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    continue;
                }

                letters++;
                if (IsUnmapped(letter.Value))
                {
                    unmapped++;
                }
            }

            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            columns = Math.Max(columns, CountColumns(words, page.Width, page.Height));
            headerFooter |= words.Any(w => w.BoundingBox.Bottom > page.Height * 0.95 || w.BoundingBox.Top < page.Height * 0.04);
            var pageText = TextCleaner.Normalized(ContentOrderTextExtractor.GetText(page), NormalizationForm.FormKC);
            foreach (var line in pageText.Split('\n'))
            {
                var trimmed = line.TrimStart();
                if (trimmed.Length > 0 && IsBulletLike(trimmed[0]) && !PlainBullets.Contains(trimmed[0], StringComparison.Ordinal))
                {
                    oddBullets.Add(trimmed[0].ToString());
                }
            }

            text.AppendLine(pageText);
        }

        var facts = new DocumentFacts
        {
            PageCount = pdf.NumberOfPages,
            HasTextLayer = letters > 0,
            Columns = columns,
            ImageCount = images,
            HeaderFooterText = headerFooter,
            NonStandardBullets = [.. oddBullets],
            UnmappedGlyphs = unmapped,
        };
        return new InspectedDocument(facts, text.ToString());
    }

    private static InspectedDocument InspectDocx(Stream content)
    {
        content.Position = 0;
        using var word = WordprocessingDocument.Open(content, false);
        var body = word.MainDocumentPart?.Document?.Body;
        var text = new StringBuilder();
        foreach (var paragraph in body?.Descendants<Paragraph>() ?? [])
        {
            text.AppendLine(paragraph.InnerText);
        }

        var headerFooterText = (word.MainDocumentPart?.HeaderParts.Select(h => h.Header?.InnerText) ?? [])
            .Concat(word.MainDocumentPart?.FooterParts.Select(f => f.Footer?.InnerText) ?? [])
            .Any(t => !string.IsNullOrWhiteSpace(t));
        var columns = body?.Descendants<Columns>().Select(c => (int)(c.ColumnCount?.Value ?? 1)).DefaultIfEmpty(1).Max() ?? 1;
        var textBoxes = body?.Descendants<TextBoxContent>().Count() ?? 0;
        var images = body?.Descendants<Drawing>().Count(d => !d.Descendants<TextBoxContent>().Any()) ?? 0;
        var oddBullets = word.MainDocumentPart?.NumberingDefinitionsPart?.Numbering?.Descendants<Level>()
            .Where(l => l.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
            .Select(l => l.LevelText?.Val?.Value ?? string.Empty)
            .Where(t => t.Length > 0 && !PlainBullets.Contains(t[0], StringComparison.Ordinal) && !IsSymbolFontBullet(t[0]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList() ?? [];
        var pages = word.ExtendedFilePropertiesPart?.Properties?.Pages?.Text is { } p && int.TryParse(p, out var n) ? n : (int?)null;
        var facts = new DocumentFacts
        {
            PageCount = pages,
            HasTextLayer = text.ToString().Any(char.IsLetterOrDigit),
            Columns = (int)columns,
            // Text boxes are read by few ATSs, like tables; both count as "layout that may not extract".
            HasTables = (body?.Descendants<Table>().Any() ?? false) || textBoxes > 0,
            ImageCount = images,
            HeaderFooterText = headerFooterText,
            NonStandardBullets = oddBullets,
            UnmappedGlyphs = 0,
        };
        return new InspectedDocument(facts, text.ToString());
    }

    private static InspectedDocument InspectText(Stream content, DocumentKind kind)
    {
        content.Position = 0;
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        var facts = new DocumentFacts
        {
            HasTextLayer = text.Any(char.IsLetterOrDigit),
            Columns = 1,
            HasTables = kind == DocumentKind.Markdown && text.Split('\n').Any(l => l.TrimStart().StartsWith('|')),
            ImageCount = 0,
            HeaderFooterText = false,
            NonStandardBullets = [],
            UnmappedGlyphs = 0,
        };
        return new InspectedDocument(facts, text);
    }

    /// <summary>
    /// Columns on a page: a vertical strip in the middle of the page that no word crosses, with a good share
    /// of the page's words on each side, splits the page in two (a sidebar or a two-column template).
    /// </summary>
    internal static int CountColumns(IReadOnlyList<Word> words, double width, double height)
    {
        var body = words.Where(w => w.BoundingBox.Bottom > height * 0.08 && w.BoundingBox.Top < height * 0.92).ToList();
        if (body.Count < 40 || width <= 0)
        {
            return 1;
        }

        const double bin = 2;
        var bins = (int)Math.Ceiling(width / bin);
        var covered = new bool[bins];
        foreach (var word in body)
        {
            for (var i = Math.Max(0, (int)(word.BoundingBox.Left / bin)); i <= Math.Min(bins - 1, (int)(word.BoundingBox.Right / bin)); i++)
            {
                covered[i] = true;
            }
        }

        var run = 0;
        for (var i = (int)(bins * 0.2); i < (int)(bins * 0.8); i++)
        {
            run = covered[i] ? 0 : run + 1;
            if (run * bin < 12)
            {
                continue;
            }

            var gutter = i * bin;
            var left = body.Count(w => w.BoundingBox.Right < gutter);
            var right = body.Count(w => w.BoundingBox.Left > gutter);
            if (left >= body.Count * 0.15 && right >= body.Count * 0.15)
            {
                return 2;
            }
        }

        return 1;
    }

    private static bool IsUnmapped(string value) =>
        value.Any(c => c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF'));

    private static bool IsBulletLike(char c) =>
        c is (>= '\u2190' and <= '\u21FF') or (>= '\u25A0' and <= '\u25FF') or (>= '\u2700' and <= '\u27BF') or '•' or '·' or '–' or '-' or '*' or '→' or '✓';

    // Word's default bullet uses the Symbol font's private-use "" which renders as a plain dot.
    private static bool IsSymbolFontBullet(char c) => c is >= '\uF000' and <= '\uF0FF';
}
