using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ResumeRefiner.Fuzz;

/// <summary>Small, valid starting inputs: AFL mutates best from a few hundred bytes, not from a 30 KB export.</summary>
internal static class Seeds
{
    private static readonly string[] Lines =
    [
        "Ada King", "ada@example.com | +44 20 7946 0000 | London", "EXPERIENCE", "Analyst, Babbage & Co",
        "Jan 2020 - Present", "- Wrote the first program, cutting errors by 30%", "EDUCATION", "University of London",
        "B.Sc. Mathematics, 2015 - 2019", "SKILLS", "Python, SQL",
    ];

    public static void Write(string directory)
    {
        foreach (var kind in new[] { "pdf", "docx", "text" })
        {
            Directory.CreateDirectory(Path.Combine(directory, kind));
        }

        File.WriteAllBytes(Path.Combine(directory, "pdf", "resume.pdf"), Pdf());
        File.WriteAllBytes(Path.Combine(directory, "docx", "resume.docx"), Docx());
        File.WriteAllText(Path.Combine(directory, "text", "resume.txt"), string.Join('\n', Lines), Encoding.UTF8);
    }

    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in Lines)
        {
            page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 14;
        }

        return builder.Build();
    }

    private static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in Lines)
            {
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return memory.ToArray();
    }
}
