using ResumeRefiner.Core.Export;

namespace ResumeRefiner.Core.Tests.Export;

public class PdfExportTests
{
    public static TheoryData<ResumeTemplate> Templates => [ResumeTemplate.Classic, ResumeTemplate.Modern, ResumeTemplate.Compact];

    private static byte[] Pdf(Model.Resume resume, ResumeTemplate template, PaperSize paper = PaperSize.Letter) =>
        ResumeExporter.Instance.Export(resume, ExportFormat.Pdf, new ExportOptions { Template = template, Paper = paper }).Content;

    [Theory]
    [MemberData(nameof(Templates))]
    public void Accented_Latin_and_Vietnamese_names_survive_text_extraction(ResumeTemplate template)
    {
        Assert.Contains("Zoë Ångström", PdfLines.Text(Pdf(ExportSamples.Zoe(), template)), StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Minh", PdfLines.Text(Pdf(ExportSamples.Minh(), template)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Text_reads_in_one_order_with_dates_and_text_bullets(ResumeTemplate template)
    {
        var lines = PdfLines.Read(Pdf(ExportSamples.Zoe(), template)).Select(l => l.Text).ToList();
        var experience = lines.FindIndex(l => l.Equals("Experience", StringComparison.OrdinalIgnoreCase));
        var education = lines.FindIndex(l => l.Equals("Education", StringComparison.OrdinalIgnoreCase));
        var globex = lines.IndexOf("Globex Corporation — Senior Software Engineer");
        Assert.True(experience >= 0 && globex > experience && education > globex, string.Join(" / ", lines));
        Assert.Equal("Mar 2021 – Present | San Francisco, CA", lines[globex + 1]);
        Assert.StartsWith("• Cut checkout latency", lines[globex + 2], StringComparison.Ordinal);
        Assert.Contains("Jun 2018 – Feb 2021", lines);
    }

    [Fact]
    public void Document_metadata_names_the_person()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Pdf(ExportSamples.Zoe(), ResumeTemplate.Modern));
        Assert.Equal("Zoë Ångström — Resume", document.Information.Title);
        Assert.Equal("Zoë Ångström", document.Information.Author);
    }

    [Fact]
    public void Contact_details_are_clickable_links()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Pdf(ExportSamples.Zoe(), ResumeTemplate.Classic));
        var links = document.GetPage(1).GetHyperlinks().Select(l => l.Uri).ToList();
        Assert.Contains("mailto:zoe.angstrom@example.com", links);
        Assert.Contains("tel:+14155550142", links);
        Assert.Contains("https://github.com/zoe", links);
    }

    [Theory]
    [InlineData(PaperSize.Letter, 612, 792)]
    [InlineData(PaperSize.A4, 595, 842)]
    public void Pages_have_the_chosen_paper_size(PaperSize paper, int width, int height)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Pdf(ExportSamples.Zoe(), ResumeTemplate.Classic, paper));
        var page = document.GetPage(1);
        Assert.Equal(width, page.Width, 0);
        Assert.Equal(height, page.Height, 0);
    }

    [Theory]
    [InlineData(ResumeTemplate.Classic, 1)]
    [InlineData(ResumeTemplate.Modern, 2)]
    [InlineData(ResumeTemplate.Compact, 3)]
    [InlineData(ResumeTemplate.Classic, 4)]
    public void A_page_break_never_separates_an_entry_title_from_its_first_bullet(ResumeTemplate template, int seed)
    {
        var lines = PdfLines.Read(Pdf(ExportSamples.Long(40, seed), template, seed % 2 == 0 ? PaperSize.A4 : PaperSize.Letter));
        Assert.True(lines[^1].Page >= 3, "the sample must span several pages to test page breaks");
        var titles = 0;
        var education = lines.FindIndex(l => l.Text.Equals("Education", StringComparison.OrdinalIgnoreCase));
        for (var i = 0; i < education; i++)
        {
            if (!lines[i].Bold || !lines[i].Text.Contains(" — ", StringComparison.Ordinal))
            {
                continue;
            }

            titles++;
            var bullet = lines.Skip(i + 1).First(l => l.Text.StartsWith('•'));
            Assert.True(bullet.Page == lines[i].Page, $"entry title on page {lines[i].Page} but its first bullet on page {bullet.Page}");
        }

        Assert.Equal(40, titles);
        foreach (var page in lines.GroupBy(l => l.Page).SkipLast(1))
        {
            Assert.False(page.Last().Bold, $"page {page.Key} ends with a heading");
        }
    }

    [Fact]
    public void Bullets_are_text_and_no_ligatures_are_emitted()
    {
        var text = PdfLines.Text(Pdf(ExportSamples.Zoe() with
        {
            Work = [ExportSamples.Zoe().Work[0] with { Highlights = ["Defined the first office workflow"] }],
        }, ResumeTemplate.Classic));
        Assert.Contains("• Defined the first office workflow", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFB01', text);
    }

    [Fact]
    public async Task Concurrent_exports_share_the_font_resolver_safely()
    {
        var templates = Enumerable.Range(0, 12).Select(i => (ResumeTemplate)(i % 3)).ToList();
        var pdfs = await Task.WhenAll(templates.Select(t => Task.Run(() => Pdf(ExportSamples.Minh(), t))));
        Assert.All(pdfs, pdf => Assert.Contains("Nguyễn Thị Minh", PdfLines.Text(pdf), StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_resume_still_exports_one_page()
    {
        var file = ResumeExporter.Instance.Export(new Model.Resume(), ExportFormat.Pdf, ExportOptions.Default);
        using var document = UglyToad.PdfPig.PdfDocument.Open(file.Content);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Resume.pdf", file.FileName);
    }
}
