using System.IO.Compression;
using System.Text;
using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

public class DocumentSnifferTests
{
    private static SniffResult Sniff(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        return DocumentSniffer.Sniff(stream, name);
    }

    [Fact]
    public void Rejects_an_executable_renamed_to_pdf()
    {
        var exe = new byte[512];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        exe[60] = 0x80;

        var result = Sniff(exe, "resume.pdf");

        Assert.Null(result.Kind);
        Assert.Equal(SniffRejection.UnsupportedType, result.Rejection);
    }

    [Fact]
    public void Recognises_a_generated_pdf() =>
        Assert.Equal(DocumentKind.Pdf, Sniff(new PdfFixture().Text("Jane Doe", 50, 50).Build(), "x.bin").Kind);

    [Fact]
    public void Rejects_a_legacy_word_compound_file()
    {
        byte[] cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var result = Sniff(cfb, "resume.doc");

        Assert.Equal(SniffRejection.LegacyWord, result.Rejection);
        Assert.Contains(".docx", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_zip_without_a_word_document()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("hello.txt");
            using var w = new StreamWriter(entry.Open());
            w.Write("hi");
        }

        var result = Sniff(ms.ToArray(), "resume.docx");

        Assert.Equal(SniffRejection.UnsupportedType, result.Rejection);
    }

    [Fact]
    public void Accepts_a_generated_docx()
    {
        using var docx = new DocxFixture();
        Assert.Equal(DocumentKind.Docx, Sniff(docx.Paragraph("Jane Doe").Build(), "cv.docx").Kind);
    }

    [Fact]
    public void Accepts_utf8_text() =>
        Assert.Equal(DocumentKind.Text, Sniff(Encoding.UTF8.GetBytes("José Müller\nIngeniero — Zürich\n"), "cv.txt").Kind);

    [Fact]
    public void Uses_the_name_only_to_tell_markdown() =>
        Assert.Equal(DocumentKind.Markdown, Sniff(Encoding.UTF8.GetBytes("# Jane Doe\n"), "cv.md").Kind);

    [Fact]
    public void Rejects_an_empty_file() => Assert.Equal(SniffRejection.Empty, Sniff([], "cv.pdf").Rejection);
}
