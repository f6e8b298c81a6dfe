using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Core.Tests.Export;

public class ContactLinksTests
{
    [Theory]
    [InlineData("zoe@example.com", "mailto:zoe@example.com")]
    [InlineData("+1 (415) 555-0142", "tel:+14155550142")]
    [InlineData("github.com/zoe", "https://github.com/zoe")]
    [InlineData("http://zoe.example.com", "http://zoe.example.com/")]
    [InlineData("HTTPS://zoe.example.com/cv", "https://zoe.example.com/cv")]
    public void Web_mail_and_phone_items_become_links(string item, string expected) =>
        Assert.Equal(expected, ContactLinks.For(item)?.AbsoluteUri);

    [Theory]
    [InlineData("javascript://example.com/%0Aalert(document.cookie)")]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example.com/cv.pdf")]
    [InlineData("data://text/html;base64,PHNjcmlwdD4=")]
    [InlineData("smb://fileserver.example.com/share")]
    public void Other_schemes_stay_plain_text(string item) => Assert.Null(ContactLinks.For(item));

    [Fact]
    public void Exports_write_unsafe_urls_as_text_without_a_link()
    {
        var resume = ExportSamples.Zoe();
        var unsafeUrl = "javascript://zoe.example.com/%0Aalert(1)";
        resume = resume with
        {
            Basics = resume.Basics with
            {
                Url = unsafeUrl,
                Profiles = [new Model.Profile { Network = "Files", Url = "file:///home/zoe/cv.pdf" }],
            },
        };

        var pdf = ResumeExporter.Instance.Export(resume, ExportFormat.Pdf, new ExportOptions()).Content;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var links = document.GetPage(1).GetHyperlinks().Select(l => l.Uri).ToList();
            Assert.Contains("mailto:zoe.angstrom@example.com", links);
            Assert.DoesNotContain(links, l => l.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) || l.StartsWith("file", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(unsafeUrl, PdfLines.Text(pdf), StringComparison.Ordinal);

        var docx = ResumeExporter.Instance.Export(resume, ExportFormat.Docx, new ExportOptions()).Content;
        using var stream = new MemoryStream(docx);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var targets = word.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        Assert.Contains("mailto:zoe.angstrom@example.com", targets);
        Assert.DoesNotContain(targets, t => t.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) || t.StartsWith("file", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(unsafeUrl, word.MainDocumentPart.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
