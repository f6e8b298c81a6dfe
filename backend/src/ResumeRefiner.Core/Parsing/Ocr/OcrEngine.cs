using System.Runtime.ExceptionServices;

namespace ResumeRefiner.Core.Parsing.Ocr;

/// <summary>One recognised page: its words in pixels and how pixels map to PDF points.</summary>
internal sealed record OcrPage(int Number, double WidthPoints, double HeightPoints, double PointsPerPixel, IReadOnlyList<OcrWord> Words);

/// <summary>A page of a PDF to rasterise and recognise, with its size in points.</summary>
internal sealed record ScannedPdfPage(int Number, double WidthPoints, double HeightPoints);

/// <summary>
/// Rasterises scanned pages with pdftoppm and recognises them with Tesseract, pages in parallel (at most one per
/// core), each tool run within its budget, every file in a private temporary folder that is always deleted.
/// </summary>
internal sealed class OcrEngine(OcrOptions options)
{
    /// <summary>A resume scanned or photographed at any size is read as if it were this wide (US Letter, in points).</summary>
    internal const double ImageWidthPoints = 612;

    public static readonly string InstallHint =
        "This server cannot read scans yet: its operator can install tesseract-ocr, tesseract-ocr-eng and poppler-utils to turn that on.";

    public OcrOptions Options => options;

    /// <summary>Whether both tools are installed (found on the path, or at the configured file).</summary>
    public bool IsAvailable(bool needsRasteriser) =>
        Exists(options.TesseractPath) && (!needsRasteriser || Exists(options.PdftoppmPath));

    /// <param name="progress">Told 0 of N before the first page, then after each page (in the order they finish).</param>
    public IReadOnlyList<OcrPage> RecognisePdf(byte[] pdf, IReadOnlyList<ScannedPdfPage> pages, IProgress<OcrProgress>? progress, CancellationToken cancellationToken) =>
        InTemporaryFolder(folder =>
        {
            var input = Path.Combine(folder, "scan.pdf");
            File.WriteAllBytes(input, pdf);
            return ForEachPage(pages, page =>
            {
                var number = page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ExternalTool.Run(options.PdftoppmPath,
                    ["-r", options.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", number, "-l", number, "-singlefile", input, Path.Combine(folder, $"page-{number}")],
                    folder, options.PageBudget, cancellationToken);

                // A raw grey PGM, which Tesseract reads too, so stroke widths are measured without an image decoder.
                var image = Path.Combine(folder, $"page-{number}.pgm");
                var pixels = File.ReadAllBytes(image);
                if (GreyLevels.Whiten(pixels) | DarkFills.Lighten(pixels, options.Dpi))
                {
                    File.WriteAllBytes(image, pixels);
                }

                var words = StrokeWidth.Measure(pixels, Recognise(image, folder, cancellationToken));
                return new OcrPage(page.Number, page.WidthPoints, page.HeightPoints, 72.0 / options.Dpi, words);
            }, progress, cancellationToken);
        });

    /// <summary>Recognises an uploaded image; a multi-page TIFF gives one page per directory.</summary>
    /// <param name="progress">Told 0 of N before, N of N after: one Tesseract run reads every page of the file.</param>
    public IReadOnlyList<OcrPage> RecogniseImage(byte[] image, ImageHeader header, IProgress<OcrProgress>? progress, CancellationToken cancellationToken) =>
        InTemporaryFolder(folder =>
        {
            var input = Path.Combine(folder, "scan." + header.Format.ToString().ToLowerInvariant());
            File.WriteAllBytes(input, image);
            progress?.Report(new OcrProgress(0, header.Pages));
            var words = Recognise(input, folder, cancellationToken);
            progress?.Report(new OcrProgress(header.Pages, header.Pages));

            // The file's own resolution is often missing or a camera's 72 dpi, so the page's width sets the scale.
            var perPixel = ImageWidthPoints / header.Width;
            return words.GroupBy(w => w.Page).OrderBy(g => g.Key)
                .Select(g => new OcrPage(g.Key, ImageWidthPoints, header.Height * perPixel, perPixel, [.. g]))
                .ToList();
        });

    private List<OcrWord> Recognise(string image, string folder, CancellationToken cancellationToken)
    {
        // OpenMP threads inside one Tesseract spin on the cores the other pages need: one thread each, pages in
        // parallel, is 2.8 s a page against 7.7 s (TOOLCHAIN.md §11). The default page segmentation finds text
        // lines along a small skew; OcrLayout straightens their boxes.
        var tsv = ExternalTool.Run(options.TesseractPath, [image, "stdout", "-l", "eng", "tsv"], folder,
            options.PageBudget, cancellationToken, new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        return TesseractTsv.Read(tsv);
    }

    private List<OcrPage> ForEachPage(IReadOnlyList<ScannedPdfPage> pages, Func<ScannedPdfPage, OcrPage> read, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new OcrPage[pages.Count];
        var pagesRead = 0;
        var reporting = new Lock();
        progress?.Report(new OcrProgress(0, pages.Count));
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(options.MaxParallelism, 1, Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(0, pages.Count, parallel, i =>
            {
                results[i] = read(pages[i]);

                // Counted and told under one lock, so reports never go backwards.
                lock (reporting)
                {
                    progress?.Report(new OcrProgress(++pagesRead, pages.Count));
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions.FirstOrDefault(x => x is OperationCanceledException) ?? e.InnerExceptions[0]).Throw();
        }

        return [.. results];
    }

    private static T InTemporaryFolder<T>(Func<string, T> work)
    {
        var folder = Directory.CreateTempSubdirectory("resume-refiner-ocr-").FullName;
        try
        {
            return work(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Exists(string tool)
    {
        if (tool.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(tool);
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, tool)));
    }
}
