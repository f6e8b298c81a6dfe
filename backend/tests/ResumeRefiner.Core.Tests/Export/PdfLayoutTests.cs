using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Export.Pdf;
using UglyToad.PdfPig;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>Page layout of exported PDFs: fitting one page, keeping headings with their text, tagging, file validity.</summary>
public class PdfLayoutTests
{
    public static TheoryData<ResumeTemplate> Templates => [ResumeTemplate.Classic, ResumeTemplate.Modern, ResumeTemplate.Compact];

    private static readonly string[] SectionHeadings =
    [
        "Summary", "Experience", "Projects", "Education", "Skills", "Certifications", "Awards", "Publications",
        "Volunteer Experience", "Languages", "Interests", "References",
    ];

    private static ExportOptions Options(int i) => new() { Template = (ResumeTemplate)(i % 3), Paper = (PaperSize)(i / 3 % 2) };

    private static byte[] Pdf(Model.Resume resume, ExportOptions options) => ResumeExporter.Instance.Export(resume, ExportFormat.Pdf, options).Content;

    private static (double Width, double Height) PageSize(PaperSize paper) => paper == PaperSize.A4 ? (595.28, 841.89) : (612.0, 792.0);

    private static PageLayout AsDesigned(Model.Resume resume, ResumeTemplate template, PaperSize paper = PaperSize.Letter)
    {
        var (width, height) = PageSize(paper);
        return OnePageFit.Lay(ResumeOutline.From(resume).Blocks, PdfTemplateStyle.For(template), width, height);
    }

    [Fact]
    public void Thirty_varied_resumes_pass_qpdf_without_warnings_and_are_tagged()
    {
        var failures = new List<string>();
        for (var i = 0; i < 32; i++)
        {
            var pdf = Pdf(ExportSamples.Varied(i), Options(i));
            var (exit, check) = PdfTools.Run("qpdf", "qpdf", pdf, "--check");
            if (exit != 0 || check.Contains("WARNING", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"resume {i}: qpdf exit {exit}: {check}");
            }

            var (_, info) = PdfTools.Run("pdfinfo", "poppler-utils", pdf);
            if (!info.Contains("Tagged:          yes", StringComparison.Ordinal))
            {
                failures.Add($"resume {i}: pdfinfo: {info}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_structure_tree_has_headings_paragraphs_and_lists_in_reading_order()
    {
        var pdf = Pdf(ExportSamples.Zoe(), ExportOptions.Default);
        var (exit, tree) = PdfTools.Run("pdfinfo", "poppler-utils", pdf, "-struct-text");
        Assert.Equal(0, exit);
        var lines = tree.Split('\n').Select(l => l.Trim()).ToList();
        int At(string line, int from = 0) => lines.FindIndex(from, l => l == line);

        var name = At("\"Zoë Ångström\"");
        Assert.Equal("H1 (block)", lines[name - 1]);
        var experience = At("\"EXPERIENCE\"");
        Assert.Equal("H2 (block)", lines[experience - 1]);
        var globex = At("\"Globex Corporation — Senior Software Engineer\"");
        Assert.Equal("H3 (block)", lines[globex - 1]);
        Assert.Equal(["P (block)", "\"Mar 2021 – Present | San Francisco, CA\"", "L (block)", "LI (block)", "Lbl (block)", "\"•\"", "LBody (block)"],
            lines.Skip(globex + 1).Take(7));
        Assert.StartsWith("\"Cut checkout latency", lines[globex + 8], StringComparison.Ordinal);
        Assert.True(name < experience && experience < globex && globex < At("\"EDUCATION\""));
        Assert.Equal(4, lines.Count(l => l == "Link (inline)"));

        // Marked, in a language, and a viewer shows the title rather than the file name.
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Marked true", raw, StringComparison.Ordinal);
        Assert.Contains("/Lang(en-US)", raw, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_resume_a_little_too_long_for_one_page_is_tightened_onto_one_page(ResumeTemplate template)
    {
        foreach (var paper in new[] { PaperSize.Letter, PaperSize.A4 })
        {
            // The first resume of a growing series that spills onto a second page as designed spills by less
            // than an entry.
            var resume = Enumerable.Range(1, 40).Select(n => ExportSamples.Long(n, 5))
                .First(r => AsDesigned(r, template, paper).Pages == 2);
            var options = new ExportOptions { Template = template, Paper = paper };

            using var document = PdfDocument.Open(Pdf(resume, options));
            Assert.Equal(1, document.NumberOfPages);
            var text = string.Join('\n', document.GetPages().Select(p => p.Text));
            Assert.All(resume.Work, w => Assert.Contains(w.Name!, text, StringComparison.Ordinal));

            // Tightened within the template's limits: body type not below the floor, margins not below the minimum.
            var style = PdfTemplateStyle.For(template);
            var page = document.GetPage(1);
            var body = page.Letters.Where(l => l.Value == "•").Select(l => l.PointSize).Min();
            Assert.True(body >= Math.Min(style.BodySize, PdfTemplateStyle.BodyFloor) - 0.01, $"body text at {body} pt");
            Assert.True(page.Letters.Min(l => l.BoundingBox.Left) >= style.MinMargin - 0.5);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_resume_far_too_long_for_one_page_keeps_the_designed_spacing(ResumeTemplate template)
    {
        var resume = Enumerable.Range(1, 60).Select(n => ExportSamples.Long(n, 5))
            .First(r => AsDesigned(r, template) is { Pages: 2 } layout && layout.LastPageFill > 0.3 * 792);
        var style = PdfTemplateStyle.For(template);
        var (width, height) = PageSize(PaperSize.Letter);

        var fitted = OnePageFit.Layout(ResumeOutline.From(resume).Blocks, style, width, height);
        Assert.Equal(2, fitted.Pages);
        Assert.Equal(style, fitted.Style);
        using var document = PdfDocument.Open(Pdf(resume, new ExportOptions { Template = template }));
        Assert.Equal(2, document.NumberOfPages);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Tightening_stops_at_the_template_limits(ResumeTemplate template)
    {
        var style = PdfTemplateStyle.For(template);
        var tightest = style.Tightened(2);
        Assert.Equal(style.MinMargin, tightest.Margin);
        Assert.Equal(Math.Min(style.BodySize, PdfTemplateStyle.BodyFloor), tightest.BodySize);
        Assert.True(tightest.Leading >= PdfTemplateStyle.MinLeading || tightest.Leading == style.Leading);
        Assert.True(tightest.SectionGap >= style.SectionGap / 2 && tightest.EntryGap >= style.EntryGap / 2);
        Assert.Equal(style, style.Tightened(0));
    }

    /// <summary>Page heights swept in small steps put a page break at every place in the text.</summary>
    [Theory]
    [MemberData(nameof(Templates))]
    public void No_page_ends_with_a_section_heading_or_an_entry_header_wherever_the_break_falls(ResumeTemplate template)
    {
        var style = PdfTemplateStyle.For(template);
        using var typeset = new Typesetter(style, 612 - 2 * style.Margin);
        foreach (var i in new[] { 1, 5, 8, 12, 24, 27 })
        {
            var laid = typeset.Lay(ResumeOutline.From(ExportSamples.Varied(i)).Blocks);
            for (var bottom = 300.0; bottom < 800; bottom += 3.7)
            {
                var placements = PdfResumeWriter.Paginate(laid, style.Margin, bottom);
                foreach (var last in placements.GroupBy(p => p.Page).SkipLast(1).Select(g => g.Last()))
                {
                    var kind = last.Block.Source.Kind;
                    var next = laid.IndexOf(last.Block) + 1 < laid.Count ? laid[laid.IndexOf(last.Block) + 1].Source.Kind : (BlockKind?)null;
                    var where = $"resume {i}, page bottom {bottom}: page {last.Page} ends with {kind} \"{last.Block.Source.Text}\"";
                    Assert.True(kind is not (BlockKind.SectionHeading or BlockKind.EntryTitle or BlockKind.Name or BlockKind.Headline), where);
                    Assert.False(kind == BlockKind.EntryDetail && next is BlockKind.Bullet or BlockKind.Paragraph, where);
                }
            }
        }
    }

    [Fact]
    public void In_the_exported_PDF_no_page_ends_with_a_section_heading()
    {
        for (var i = 24; i < 32; i++)
        {
            var lines = PdfLines.Read(Pdf(ExportSamples.Varied(i), Options(i)));
            Assert.True(lines[^1].Page >= 2, "the sample must span pages");
            foreach (var page in lines.GroupBy(l => l.Page).SkipLast(1))
            {
                Assert.DoesNotContain(page.Last().Text, SectionHeadings.SelectMany(h => new[] { h, h.ToUpperInvariant() }));
            }
        }
    }
}
