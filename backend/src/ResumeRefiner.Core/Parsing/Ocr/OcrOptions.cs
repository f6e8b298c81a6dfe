namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>
/// Where the OCR tools are and how much a scan may cost. OCR is optional: when Tesseract is not installed, scans are
/// refused with a sentence naming what to install.
/// </summary>
public sealed record OcrOptions
{
    /// <summary>The Tesseract executable (Debian: <c>tesseract-ocr</c> with <c>tesseract-ocr-eng</c>).</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>poppler's rasteriser (Debian: <c>poppler-utils</c>), for PDF pages without a text layer.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Rasterisation resolution; 200 dpi reads 9-point text as well as 300 and takes half the time.</summary>
    public int Dpi { get; init; } = 200;

    /// <summary>A resume is one to three pages; a long CV perhaps eight. Each scanned page costs seconds.</summary>
    public const int DefaultMaxPages = 8;

    /// <summary>The most scanned pages read for one document.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Pages recognised at once; never more than the machine's cores.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>What one tool run (one page's rasterisation or recognition) may take before it is killed.</summary>
    public TimeSpan PageBudget { get; init; } = TimeSpan.FromSeconds(60);
}
