using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Core.Tests.Export;

public class DocxExportTests
{
    public static TheoryData<ResumeTemplate> Templates => [ResumeTemplate.Classic, ResumeTemplate.Modern, ResumeTemplate.Compact];

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static byte[] Docx(Model.Resume resume, ResumeTemplate template, PaperSize paper = PaperSize.Letter) =>
        ResumeExporter.Instance.Export(resume, ExportFormat.Docx, new ExportOptions { Template = template, Paper = paper }).Content;

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_the_OpenXml_validator(ResumeTemplate template)
    {
        foreach (var paper in new[] { PaperSize.Letter, PaperSize.A4 })
        {
            using var document = Open(Docx(ExportSamples.Long(6, 7), template, paper));
            var errors = new OpenXmlValidator().Validate(document).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Uses_heading_styles_real_list_numbering_and_no_tables(ResumeTemplate template)
    {
        using var document = Open(Docx(ExportSamples.Zoe(), template));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
        Assert.Equal("heading 2", styles["Heading2"]);

        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading1" && p.InnerText.Equals("Experience", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading2" && p.InnerText == "Globex Corporation — Senior Software Engineer");

        var bullets = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(3, bullets.Count);
        Assert.All(bullets, b => Assert.False(b.InnerText.StartsWith('•')));
        var numId = bullets[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        var level = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Bullet, level.NumberingFormat!.Val!.Value);

        Assert.Empty(main.Document.Body.Descendants<Table>());
        Assert.Contains(main.HyperlinkRelationships, r => r.Uri.OriginalString == "mailto:zoe.angstrom@example.com");
        Assert.Contains(main.HyperlinkRelationships, r => r.Uri.OriginalString == "https://github.com/zoe");
        Assert.Equal("Zoë Ångström — Resume", document.PackageProperties.Title);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Section_headings_and_entry_headers_keep_with_the_next_paragraph(ResumeTemplate template)
    {
        using var document = Open(Docx(ExportSamples.Varied(7), template));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        bool Keeps(Paragraph p)
        {
            var own = p.ParagraphProperties?.KeepNext;
            var style = styles[p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!].StyleParagraphProperties?.KeepNext;
            return (own ?? style) is { } keep && (keep.Val is null || keep.Val.Value);
        }

        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        var headings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").ToList();
        Assert.True(headings.Count >= 4);
        Assert.All(headings, h => Assert.True(Keeps(h), $"section heading \"{h.InnerText}\" does not keep with next"));

        // An entry header followed by its bullets keeps with the first of them.
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (paragraphs[i].ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading2" or "EntryDetail"
                && paragraphs[i + 1].ParagraphProperties?.NumberingProperties is not null)
            {
                Assert.True(Keeps(paragraphs[i]), $"entry header \"{paragraphs[i].InnerText}\" does not keep with its first bullet");
            }
        }
    }

    [Fact]
    public void Paper_size_is_set_in_the_section()
    {
        using var document = Open(Docx(ExportSamples.Zoe(), ResumeTemplate.Classic, PaperSize.A4));
        var size = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
    }
}
