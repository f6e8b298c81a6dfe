using ResumeRefiner.Core.Parsing.Layout;
using ResumeRefiner.Core.Parsing.Pdf;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>Scanned PDF pages and uploaded images → recognised pages → the lines every other reader produces.</summary>
internal static class OcrReader
{
    public const string NothingRead =
        "The scan was read, but no text was found in it. Scan or photograph the page again, straight, well lit and at "
        + "200–300 dpi, or upload the original Word or PDF file.";

    public static IReadOnlyList<OcrPage> RecognisePdf(OcrEngine ocr, byte[] pdf, IReadOnlyList<ScannedPdfPage> pages, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        if (pages.Count > ocr.Options.MaxPages)
        {
            throw TooManyPages(pages.Count, ocr.Options.MaxPages);
        }

        return Guard(() => ocr.RecognisePdf(pdf, pages, progress, cancellationToken));
    }

    /// <exception cref="UnreadableDocumentException">Damaged, too large, OCR missing, or no text found.</exception>
    public static LayoutDocument ReadImage(Stream content, OcrEngine? ocr, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var header = ImageHeader.Read(bytes)
            ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt, "The image file is damaged and cannot be read. Save or take it again and upload the new file.");
        var maxPages = ocr?.Options.MaxPages ?? OcrOptions.DefaultMaxPages;
        if (header.Refusal(maxPages) is { } refusal)
        {
            throw new UnreadableDocumentException(header.Pages > maxPages ? UnreadableReason.TooLong : UnreadableReason.Corrupt, refusal);
        }

        if (ocr is null || !ocr.IsAvailable(needsRasteriser: false))
        {
            throw new UnreadableDocumentException(UnreadableReason.NoTextLayer,
                "The file is a picture of a resume. Upload the original Word or PDF file that was used to create it. " + OcrEngine.InstallHint);
        }

        var pages = Guard(() => ocr.RecogniseImage(bytes, header, progress, cancellationToken));
        var words = pages.SelectMany(p => p.Words).ToList();
        if (words.Count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.NoTextLayer, NothingRead);
        }

        var lines = pages.Select(p => OcrLayout.Lines(p).Select(l => new PdfReader.PageLine(l, p.HeightPoints)).ToList()).ToList();
        return new LayoutDocument(PdfReader.RemovePageFurniture(lines), [], DocumentKind.Image) { OcrWords = words };
    }

    private static UnreadableDocumentException TooManyPages(int pages, int max) => new(UnreadableReason.TooLong,
        $"The scan has {pages} pages, more than the {max} a resume could need. Upload the resume on its own.");

    private static T Guard<T>(Func<T> recognise)
    {
        try
        {
            return recognise();
        }
        catch (ToolMissingException e)
        {
            throw new UnreadableDocumentException(UnreadableReason.NoTextLayer,
                "The file is a scan or a picture of a resume. Upload the original Word or PDF file that was used to create it. " + OcrEngine.InstallHint, e);
        }
        catch (InvalidOperationException e)
        {
            // The tools refuse what they cannot decode: a damaged image or page.
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                "The scanned pages could not be read. Save or scan them again as PDF, PNG or JPEG and upload the new file.", e);
        }
    }
}
