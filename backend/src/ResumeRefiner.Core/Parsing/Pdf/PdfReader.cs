using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Ocr;
using ResumeRefiner.Core.Parsing.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ResumeRefiner.Core.Parsing.Pdf;

/// <summary>Reads a PDF's text layer into lines in reading order, with typography and link targets.</summary>
internal static partial class PdfReader
{
    [GeneratedRegex(@"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$|\b\d{1,3}\s*/\s*\d{1,3}$|^page\s+\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();

    internal sealed record PageLine(DocLine Line, double PageHeight);

    /// <param name="ocr">Reads pages without a text layer; null, or without Tesseract installed, they are refused.</param>
    /// <param name="progress">Told how OCR goes, when it runs.</param>
    public static LayoutDocument Read(Stream content, CancellationToken cancellationToken, OcrEngine? ocr = null, IProgress<OcrProgress>? progress = null)
    {
        PdfDocument document;
        var bytes = ReadAllBytes(content);
        try
        {
            // PdfPig reads a byte array several times faster than a Stream, which it reads byte by byte through
            // the stream's virtual calls; an upload is at most MAX_FILE_SIZE and already in memory or a temp file.
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted,
                "The PDF is password-protected. Save or print it again without a password and upload it again.", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Corrupt(ex);
        }

        using (document)
        {
            try
            {
                return ReadDocument(document, bytes, ocr, progress, cancellationToken);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new UnreadableDocumentException(UnreadableReason.Encrypted,
                    "The PDF is password-protected. Save or print it again without a password and upload it again.", ex);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or UnreadableDocumentException or ToolMissingException))
            {
                throw Corrupt(ex);
            }
        }
    }

    private static byte[] ReadAllBytes(Stream content)
    {
        if (content is MemoryStream { Position: 0 } memory)
        {
            return memory.ToArray();
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    private static UnreadableDocumentException Corrupt(Exception ex) => new(UnreadableReason.Corrupt,
        "The PDF file is damaged and cannot be read. Export it again from your editor (File > Save as PDF) and upload the new file.", ex);

    /// <summary>A resume is one to three pages; a long CV perhaps ten. Reading hundreds of pages only costs time.</summary>
    internal const int MaxPages = 40;

    private static LayoutDocument ReadDocument(PdfDocument document, byte[] bytes, OcrEngine? ocr, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        if (document.NumberOfPages > MaxPages)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLong,
                $"The PDF has {document.NumberOfPages} pages, more than the {MaxPages} a resume could need. Upload the resume on its own.");
        }

        var pages = new List<List<PageLine>>();
        var links = new List<string>();
        var positioned = new List<DocLink>();
        var letters = 0;
        var scanned = new List<ScannedPdfPage>();
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(p);
            using var glyphs = PdfGlyphs.Read(page);
            letters += glyphs.Count;
            var shapes = glyphs.Count > 0 ? PageShapes.Read(page) : new PageShapes([], []);
            PdfGlyphs.AddDrawnBullets(shapes.Markers, glyphs);

            foreach (var link in page.GetHyperlinks())
            {
                if (!string.IsNullOrWhiteSpace(link.Uri))
                {
                    links.Add(link.Uri.Trim());
                    positioned.Add(new DocLink(link.Uri.Trim(), TextCleaner.Clean(link.Text ?? string.Empty), p,
                        page.Height - link.Bounds.Top, page.Height - link.Bounds.Bottom));
                }
            }

            // A page with no text but an image is a scanned page; it is read by OCR once every page is known.
            if (glyphs.Count == 0 && page.NumberOfImages > 0)
            {
                scanned.Add(new ScannedPdfPage(p, page.Width, page.Height));
            }

            pages.Add([.. LayOutPage(glyphs.Span, shapes.Boxes, page.Width, p).Select(l => new PageLine(l, page.Height))]);
        }

        List<OcrWord>? ocrWords = null;
        if (scanned.Count > 0 && ocr is not null && ocr.IsAvailable(needsRasteriser: true))
        {
            var recognised = OcrReader.RecognisePdf(ocr, bytes, scanned, progress, cancellationToken);
            foreach (var page in recognised)
            {
                pages[page.Number - 1] = [.. OcrLayout.Lines(page).Select(l => new PageLine(l, page.HeightPoints))];
            }

            ocrWords = [.. recognised.SelectMany(p => p.Words)];
            letters += ocrWords.Count;
        }

        if (letters == 0)
        {
            // Images are counted only now: reading them costs time that a document with text never needs.
            if (Enumerable.Range(1, document.NumberOfPages).Any(p => document.GetPage(p).NumberOfImages > 0))
            {
                throw new UnreadableDocumentException(UnreadableReason.NoTextLayer, ocrWords is null
                    ? "The PDF has no text layer: it looks like a scan or a picture of a resume. Upload the original "
                        + "Word or PDF file that was used to create it, or run it through OCR first. " + OcrEngine.InstallHint
                    : OcrReader.NothingRead);
            }

            throw new UnreadableDocumentException(UnreadableReason.Empty,
                "The PDF contains no text. Check that you picked the right file and upload it again.");
        }

        return new LayoutDocument(RemovePageFurniture(pages), links, DocumentKind.Pdf) { PositionedLinks = positioned, OcrWords = ocrWords };
    }

    /// <summary>
    /// One page's positioned glyphs → segments → columns → lines in reading order. PDF text layers and OCR words
    /// (<see cref="Ocr.OcrLayout"/>) both come through here.
    /// </summary>
    internal static List<DocLine> LayOutPage(Span<Glyph> glyphs, IReadOnlyList<Box> boxes, double pageWidth, int page)
    {
        var segments = PdfGlyphs.Segment(glyphs, boxes);
        var regions = ColumnDetector.Split(segments, pageWidth);
        var lines = new List<DocLine>();
        foreach (var region in regions.SelectMany(BulletListColumns.Split))
        {
            lines.AddRange(LabelColumn.Apply(WrappedCells.Join(BuildLines(region, page))));
        }

        return lines;
    }

    /// <summary>
    /// A bullet glyph set larger than its text sits on its own baseline, between two text lines; it belongs to
    /// the nearest text line to its right.
    /// </summary>
    private static List<PdfSegment> AttachLoneBullets(List<PdfSegment> region)
    {
        var lone = region.Where(s => s.Text.Length == 1 && TextCleaner.GlyphBullets.Contains(s.Text[0], StringComparison.Ordinal)
            && !region.Any(o => o != s && o.LineId == s.LineId && o.Left > s.Right && o.Left - s.Right < 3 * s.Size)).ToList();
        if (lone.Count == 0)
        {
            return region;
        }

        var result = region.Except(lone).ToList();
        foreach (var bullet in lone)
        {
            var target = result
                .Where(s => s.Left > bullet.Left && s.Left - bullet.Right < 4 * bullet.Size && Math.Abs(s.Baseline - bullet.Baseline) < 1.2 * bullet.Size)
                .OrderBy(s => Math.Abs(s.Baseline - bullet.Baseline)).ThenBy(s => s.Left).FirstOrDefault();
            if (target is null)
            {
                result.Add(bullet);
                continue;
            }

            result[result.IndexOf(target)] = new PdfSegment
            {
                Text = bullet.Text + " " + target.Text,
                Left = bullet.Left,
                Right = target.Right,
                Baseline = target.Baseline,
                Size = target.Size,
                Bold = target.Bold,
                LineId = target.LineId,
            };
        }

        return result;
    }

    private static List<DocLine> BuildLines(List<PdfSegment> region, int page)
    {
        region = AttachLoneBullets(region);
        var lines = new List<DocLine>();
        DocLine? previous = null;
        foreach (var group in region.GroupBy(s => s.LineId).OrderBy(g => g.Min(s => s.Baseline)))
        {
            var segs = group.OrderBy(s => s.Left).ToList();

            // A bullet set well apart from its text ("•      Led the team") is still that text's bullet.
            if (segs.Count > 1 && TextCleaner.IsLoneBullet(segs[0].Text))
            {
                segs[1] = new PdfSegment
                {
                    Text = segs[0].Text + " " + segs[1].Text,
                    Left = segs[0].Left,
                    Right = segs[1].Right,
                    Baseline = segs[1].Baseline,
                    Size = segs[1].Size,
                    Bold = segs[1].Bold,
                    LineId = segs[1].LineId,
                };
                segs.RemoveAt(0);
            }

            var chars = segs.Sum(s => s.Text.Length);
            var size = segs.OrderByDescending(s => s.Text.Length).First().Size;
            var bold = segs.Where(s => s.Bold).Sum(s => s.Text.Length) * 2 > chars;
            var top = segs.Average(s => s.Baseline);
            var line = new DocLine(segs.Select(s => new LineSegment(s.Text, s.Left, s.Right, s.Bold, s.Size)).ToList())
            {
                FontSize = size,
                Bold = bold,
                Left = segs[0].Left,
                Right = segs[^1].Right,
                Top = top,
                Page = page,
                GapAbove = previous is null ? 0 : top - previous.Top,
                ParagraphStart = false,
            };
            lines.Add(line);
            previous = line;
        }

        return lines;
    }

    /// <summary>
    /// Page numbers and running headers/footers ("Jane Doe – 2/3", "Last updated ...") repeat on every page and
    /// would otherwise land inside whatever section happens to end the page.
    /// </summary>
    internal static List<DocLine> RemovePageFurniture(List<List<PageLine>> pages)
    {
        var repeated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Where(IsInMargin).Select(l => Key(l.Line.Text)).Distinct())
            {
                repeated[key] = repeated.GetValueOrDefault(key) + 1;
            }
        }

        var result = new List<DocLine>();
        foreach (var page in pages)
        {
            foreach (var pl in page)
            {
                if (IsInMargin(pl))
                {
                    var text = pl.Line.Text.Trim();
                    if (PageNumberRegex().IsMatch(text) || (pages.Count > 1 && repeated.GetValueOrDefault(Key(text)) >= 2))
                    {
                        continue;
                    }
                }

                result.Add(pl.Line);
            }
        }

        return result;
    }

    private static bool IsInMargin(PageLine pl) =>
        pl.Line.Top < pl.PageHeight * 0.07 || pl.Line.Top > pl.PageHeight * 0.92;

    /// <summary>
    /// What a running line keeps from page to page: its text without the page number. A date stays, so entries' dates
    /// that happen to fall near the foot of two pages ("Jan 2020 - Jan 2026") are not taken for a running footer.
    /// </summary>
    private static string Key(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (Dates.DateParser.Find(t) is not { } date)
        {
            return DigitsRegex().Replace(t, "#");
        }

        var end = date.Index + date.Length;
        return DigitsRegex().Replace(t[..date.Index], "#") + t[date.Index..end] + DigitsRegex().Replace(t[end..], "#");
    }
}
