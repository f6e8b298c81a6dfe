using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Benchmarks;

/// <summary>A two-page resume written as PDF (DejaVu fonts) and as DOCX, the same content in both.</summary>
internal static class SampleDocuments
{
    private static readonly string[] Companies = ["Initech", "Globex", "Hooli", "Umbrella Labs", "Stark Industries", "Wayne Enterprises"];

    private static IEnumerable<(string Text, bool Bold, double Size, double Indent)> Lines()
    {
        yield return ("Jordan Avery", true, 20, 0);
        yield return ("Portland, OR | 503-555-0182 | jordan.avery@example.com | github.com/javery", false, 9, 0);
        yield return ("EXPERIENCE", true, 13, 0);
        for (var job = 0; job < 12; job++)
        {
            var company = Companies[job % Companies.Length];
            yield return (company, true, 10, 0);
            yield return (string.Create(CultureInfo.InvariantCulture, $"Software Engineer    Jan {2024 - job * 2} – Dec {2025 - job * 2}"), false, 10, 0);
            for (var b = 0; b < 4; b++)
            {
                yield return ("• Delivered a measurable improvement to the platform, cutting latency by 20% for all users.", false, 9.5, 8);
            }
        }

        yield return ("EDUCATION", true, 13, 0);
        yield return ("Oregon State University", true, 10, 0);
        yield return ("Bachelor of Science in Computer Science    2008 – 2012", false, 10, 0);
        yield return ("SKILLS", true, 13, 0);
        yield return ("Languages: C#, Go, Python, TypeScript", false, 10, 0);
    }

    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var top = 60.0;
        foreach (var (text, isBold, size, indent) in Lines())
        {
            if (top > 800)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                top = 60;
            }

            page.AddText(text, size, new PdfPoint(50 + indent, 841.89 - top), isBold ? bold : regular);
            top += size + 5;
        }

        return builder.Build();
    }

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var (text, isBold, _, _) in Lines())
            {
                var run = new Run(new Text(text));
                if (isBold)
                {
                    run.RunProperties = new RunProperties(new Bold());
                }

                body.Append(new Paragraph(run));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
