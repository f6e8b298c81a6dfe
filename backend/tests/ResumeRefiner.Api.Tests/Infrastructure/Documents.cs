using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using PageSize = UglyToad.PdfPig.Content.PageSize;

namespace ResumeRefiner.Api.Tests.Infrastructure;

/// <summary>Documents the tests make themselves, so no real person's resume is needed.</summary>
public static class Documents
{
    private const string FontDir = "/usr/share/fonts/truetype/dejavu";

    public static readonly string[] SampleLines =
    [
        "Jane Q. Example",
        "jane.example@example.com | +1 415 555 0134 | San Francisco, CA",
        "",
        "EXPERIENCE",
        "Senior Software Engineer, Acme Corp",
        "Jan 2020 - Present",
        "• Led the migration of the billing platform to .NET, cutting costs by 30%",
        "• Mentored five engineers",
        "",
        "EDUCATION",
        "University of Somewhere",
        "B.Sc. Computer Science, 2015 - 2019",
        "",
        "SKILLS",
        "C#, TypeScript, PostgreSQL",
    ];

    public static byte[] Text(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines.Length == 0 ? SampleLines : lines));

    public static byte[] Pdf(params string[] lines) => Pdf(new PdfTypeSizes(Name: 20, Heading: 13, Body: 10.5, Leading: 6, Margin: 50, FirstBaseline: 780), lines);

    /// <summary>A page set as tightly as people set a one-page resume: small type, narrow margins.</summary>
    public static byte[] DensePdf(params string[] lines) => Pdf(new PdfTypeSizes(Name: 16, Heading: 10, Body: 8.5, Leading: 2.5, Margin: 36, FirstBaseline: 790), lines);

    private static byte[] Pdf(PdfTypeSizes sizes, string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(FontDir, "DejaVuSans.ttf")));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(FontDir, "DejaVuSans-Bold.ttf")));
        var page = builder.AddPage(PageSize.A4);
        var y = sizes.FirstBaseline;
        var first = true;
        foreach (var line in lines.Length == 0 ? SampleLines : lines)
        {
            var isHeading = first || (line.Any(char.IsLetter) && !line.Any(char.IsLower));
            var size = first ? sizes.Name : isHeading ? sizes.Heading : sizes.Body;
            if (line.Length > 0)
            {
                page.AddText(line, size, new PdfPoint(sizes.Margin, y), isHeading ? bold : regular);
            }

            y -= size + sizes.Leading;
            first = false;
        }

        return builder.Build();
    }

    private sealed record PdfTypeSizes(double Name, double Heading, double Body, double Leading, double Margin, double FirstBaseline);

    public static byte[] Docx(params string[] lines)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in lines.Length == 0 ? SampleLines : lines)
            {
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return memory.ToArray();
    }

    /// <summary>A PDF that announces itself and then holds garbage.</summary>
    public static byte[] CorruptPdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage garbage\n%%EOF");

    /// <summary>A ZIP that looks like a DOCX but whose document part is not XML.</summary>
    public static byte[] CorruptDocx()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"></Types>");
            Write(zip, "word/document.xml", "this is not xml <<<");
        }

        return memory.ToArray();
    }

    /// <summary>An OLE compound file with an EncryptedPackage stream, as Word writes a password-protected .docx.</summary>
    public static byte[] EncryptedDocx()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);
        return bytes;
    }

    /// <summary>A Linux executable's first bytes, to be renamed cv.pdf by the test.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[2048];
        byte[] elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00];
        elf.CopyTo(bytes, 0);
        new Random(7).NextBytes(bytes.AsSpan(64));
        return bytes;
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}

public static class EncryptedDocuments
{
    /// <summary>A password-protected PDF (written by PDFsharp with a user password).</summary>
    public static byte[] Pdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "user-secret";
        document.SecuritySettings.OwnerPassword = "owner-secret";
        using var memory = new MemoryStream();
        document.Save(memory);
        return memory.ToArray();
    }
}
