using System.IO.Compression;
using System.Text;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Pdf;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>The limits that keep hostile files from exhausting memory, stack or time, each on both sides.</summary>
public class InputLimitTests
{
    private const string ContentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static string Document(string body) =>
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static SniffResult Sniff(byte[] bytes, string name = "cv.docx")
    {
        using var stream = new MemoryStream(bytes);
        return DocumentSniffer.Sniff(stream, name);
    }

    [Fact]
    public void A_docx_whose_part_inflates_hundreds_of_times_is_refused_before_it_is_opened()
    {
        var bomb = Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", Document(Paragraph(new string(' ', 8 * 1024 * 1024)))));

        Assert.Equal(SniffRejection.ArchiveLimits, Sniff(bomb).Rejection);
    }

    [Fact]
    public void A_docx_with_thousands_of_parts_is_refused_and_an_ordinary_one_is_accepted()
    {
        var many = Zip([("[Content_Types].xml", ContentTypes), ("word/document.xml", Document(Paragraph("x"))),
            .. Enumerable.Range(0, 2_500).Select(i => ($"word/media/{i}.bin", "x"))]);
        var ordinary = Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("word/document.xml", Document(Paragraph(new string('x', 200_000)))));

        Assert.Equal(SniffRejection.ArchiveLimits, Sniff(many).Rejection);
        Assert.Equal(DocumentKind.Docx, Sniff(ordinary).Kind);
    }

    [Fact]
    public void UTF16_text_with_a_byte_order_mark_is_read_as_text()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Jane Example\nEXPERIENCE\nEngineer, Acme\n")];

        Assert.Equal(DocumentKind.Text, Sniff(utf16, "cv.txt").Kind);
        Assert.Equal("Jane Example", ParseHelpers.Parse(utf16, DocumentKind.Text).Resume.Basics.Name);
    }

    [Fact]
    public void A_docx_nested_thousands_deep_is_refused_without_overflowing_the_stack()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 10_000)) + Paragraph("Jane") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 10_000));
        var docx = Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("word/document.xml", Document(deep)));

        var error = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(docx, DocumentKind.Docx));
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_controls_nested_a_few_levels_deep_as_Word_writes_them_still_parse()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 20)) + Paragraph("Jane Example") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 20));
        var docx = Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("word/document.xml", Document(nested)));

        Assert.Equal("Jane Example", ParseHelpers.Parse(docx, DocumentKind.Docx).Resume.Basics.Name);
    }

    [Theory]
    [InlineData("<!DOCTYPE w [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    public void A_document_type_declaration_in_a_docx_is_refused(string doctype)
    {
        var xml = "<?xml version=\"1.0\"?>" + doctype + Document(Paragraph("Jane"))[21..];
        var docx = Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", Rels), ("word/document.xml", xml));

        var error = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(docx, DocumentKind.Docx));
        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_more_pages_than_a_resume_could_need_is_refused_with_the_count()
    {
        var fixture = new PdfFixture().Text("Jane Example", 50, 50);
        for (var page = 1; page <= PdfReader.MaxPages; page++)
        {
            fixture.NewPage().Text("Jane Example", 50, 50);
        }

        var error = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(fixture.Build(), DocumentKind.Pdf));
        Assert.Equal(UnreadableReason.TooLong, error.Reason);
        Assert.Contains((PdfReader.MaxPages + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_giant_line_is_cut_at_sentence_ends_and_its_content_kept()
    {
        var sentence = "Built data pipelines in Python that cut reporting time by half for the finance team. ";
        var text = "Jane Example\n\nSUMMARY\n" + string.Concat(Enumerable.Repeat(sentence, 60)) + "\n";

        var summary = ParseHelpers.ParseText(text).Resume.Basics.Summary ?? string.Empty;

        Assert.Equal(60, summary.Split("cut reporting time").Length - 1);
    }

    [Fact]
    public void A_document_with_far_more_text_than_a_resume_is_refused()
    {
        var text = "Jane Example\n" + string.Concat(Enumerable.Repeat("Engineer Python 2020 - 2021 ", 20_000));

        var error = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.ParseText(text));
        Assert.Equal(UnreadableReason.TooLong, error.Reason);
    }
}
