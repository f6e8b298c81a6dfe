using BenchmarkDotNet.Attributes;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Pdf;
using UglyToad.PdfPig;

namespace ResumeRefiner.Benchmarks;

/// <summary>
/// Parse of a two-page resume against PdfPig reading the letters alone (the floor), with the layout stage
/// (glyphs → segments → columns → lines) on its own so the cost of each stage can be told apart.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ParseBenchmarks
{
    private readonly ResumeParser parser = new();
    private byte[] pdf = [];

    /// <summary>Who wrote the PDF: PdfPig's builder (one text operator per line) or our own PDFsharp export.</summary>
    [Params("pdfpig-builder", "resume-refiner-export")]
    public string Producer { get; set; } = "pdfpig-builder";

    [GlobalSetup]
    public void Setup() => pdf = Producer == "pdfpig-builder"
        ? SampleDocuments.Pdf()
        : ResumeExporter.Instance.Export(ExportBenchmarks.TwoPageResume(), ExportFormat.Pdf, new ExportOptions()).Content;

    [Benchmark(Baseline = true)]
    public int PdfPigLettersOnly() => ReadLetters(pdf);

    /// <summary>The floor: PdfPig opening the file and reading every page's letters, with its default options.</summary>
    internal static int ReadLetters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var count = 0;
        foreach (var page in document.GetPages())
        {
            count += page.Letters.Count;
        }

        return count;
    }

    [Benchmark]
    public int PdfPigLettersAndLinksAsParserOpens()
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var count = 0;
        foreach (var page in document.GetPages())
        {
            count += page.Letters.Count + page.GetHyperlinks().Count;
        }

        return count;
    }

    [Benchmark]
    public int PdfLayoutOnly()
    {
        using var stream = new MemoryStream(pdf);
        return PdfReader.Read(stream, CancellationToken.None).Lines.Count;
    }

    [Benchmark]
    public int ParsePdf()
    {
        using var stream = new MemoryStream(pdf);
        return parser.Parse(stream, DocumentKind.Pdf).Resume.Work.Count;
    }
}

/// <summary>Parse of the same two-page resume written as DOCX.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxParseBenchmarks
{
    private readonly ResumeParser parser = new();
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup() => docx = SampleDocuments.Docx();

    [Benchmark]
    public int ParseDocx()
    {
        using var stream = new MemoryStream(docx);
        return parser.Parse(stream, DocumentKind.Docx).Resume.Work.Count;
    }
}

/// <summary>
/// Parse of real resumes (LaTeX, Word and HTML exports with embedded fonts) against the PdfPig floor, one case per
/// PDF in the folder named by <c>PARSE_BENCH_DIR</c> (for instance the shared public corpus, which is not copied
/// into this repository). Without the variable there is nothing to run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CorpusParseBenchmarks
{
    private readonly ResumeParser parser = new();
    private byte[] pdf = [];

    public static IEnumerable<string> Documents() =>
        Environment.GetEnvironmentVariable("PARSE_BENCH_DIR") is { Length: > 0 } dir
            ? Directory.GetFiles(dir, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => pdf = File.ReadAllBytes(Path.Combine(Environment.GetEnvironmentVariable("PARSE_BENCH_DIR")!, Document));

    [Benchmark(Baseline = true)]
    public int PdfPigLettersOnly() => ParseBenchmarks.ReadLetters(pdf);

    [Benchmark]
    public int ParsePdf()
    {
        using var stream = new MemoryStream(pdf);
        return parser.Parse(stream, DocumentKind.Pdf).Resume.Work.Count;
    }
}
