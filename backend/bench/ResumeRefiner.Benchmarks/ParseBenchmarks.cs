using BenchmarkDotNet.Attributes;
using ResumeRefiner.Core.Parsing;
using UglyToad.PdfPig;

namespace ResumeRefiner.Benchmarks;

/// <summary>Parse of a generated two-page resume, against PdfPig reading the letters alone (the floor).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly ResumeParser parser = new();
    private byte[] pdf = [];
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup()
    {
        pdf = SampleDocuments.Pdf();
        docx = SampleDocuments.Docx();
    }

    [Benchmark(Baseline = true)]
    public int PdfPigLettersOnly()
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
    public int ParsePdf()
    {
        using var stream = new MemoryStream(pdf);
        return parser.Parse(stream, DocumentKind.Pdf).Resume.Work.Count;
    }

    [Benchmark]
    public int ParseDocx()
    {
        using var stream = new MemoryStream(docx);
        return parser.Parse(stream, DocumentKind.Docx).Resume.Work.Count;
    }
}
