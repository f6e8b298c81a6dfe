using System.Text;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Export;

public class TextExportTests
{
    private static string Export(Resume resume, ExportFormat format) =>
        Encoding.UTF8.GetString(ResumeExporter.Instance.Export(resume, format, ExportOptions.Default).Content);

    [Fact]
    public void Markdown_has_a_heading_per_section_bullets_and_readable_dates()
    {
        var md = Export(ExportSamples.Zoe(), ExportFormat.Markdown);
        Assert.StartsWith("# Zoë Ångström\n", md, StringComparison.Ordinal);
        Assert.Contains("\n## Experience\n", md, StringComparison.Ordinal);
        Assert.Contains("\n### Globex Corporation — Senior Software Engineer\n", md, StringComparison.Ordinal);
        Assert.Contains("*Mar 2021 – Present | San Francisco, CA*", md, StringComparison.Ordinal);
        Assert.Contains("\n- Cut checkout latency by 42% by moving pricing to a streaming cache\n- Led a team", md, StringComparison.Ordinal);
        Assert.Contains("\n## Education\n", md, StringComparison.Ordinal);
        Assert.Contains("**Languages:** C#, Python, TypeScript", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("## Experience", StringComparison.Ordinal) < md.IndexOf("## Education", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_escapes_user_text_that_would_become_markup()
    {
        var resume = ExportSamples.Zoe() with { Work = [new Work { Name = "A*B_C", Position = "Engineer", Highlights = ["1. ranked *first*"] }] };
        var md = Export(resume, ExportFormat.Markdown);
        Assert.Contains("### A\\*B\\_C — Engineer", md, StringComparison.Ordinal);
        Assert.Contains("- 1\\. ranked \\*first\\*", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_uses_upper_case_headings_and_dash_bullets()
    {
        var txt = Export(ExportSamples.Zoe(), ExportFormat.Text);
        var lines = txt.Split('\n');
        Assert.Equal("Zoë Ångström", lines[0]);
        Assert.Contains("EXPERIENCE", lines);
        Assert.Contains("- Built the billing API used by 2M customers", lines);
        Assert.Contains("Jun 2018 – Feb 2021", lines);
        Assert.Contains("Languages: C#, Python, TypeScript", lines);
    }

    [Fact]
    public void Json_export_is_the_same_JSON_Resume()
    {
        var file = ResumeExporter.Instance.Export(ExportSamples.Zoe(), ExportFormat.Json, ExportOptions.Default);
        Assert.Equal("application/json", file.ContentType);
        Assert.Equal(ResumeJson.Serialize(ExportSamples.Zoe()), ResumeJson.Serialize(ResumeJson.Deserialize(Encoding.UTF8.GetString(file.Content))));
    }

    [Theory]
    [InlineData("Zoë Ångström", ExportFormat.Pdf, "Zoe-Angstrom-Resume.pdf")]
    [InlineData("Nguyễn Thị Minh", ExportFormat.Docx, "Nguyen-Thi-Minh-Resume.docx")]
    [InlineData("  Søren  O'Brien-Łukasz ", ExportFormat.Markdown, "Soren-O-Brien-Lukasz-Resume.md")]
    [InlineData("张伟", ExportFormat.Text, "Resume.txt")]
    [InlineData(null, ExportFormat.Json, "Resume.json")]
    public void File_name_is_ascii_first_and_last_name(string? name, ExportFormat format, string expected)
    {
        var resume = new Resume { Basics = new Basics { Name = name } };
        Assert.Equal(expected, ResumeExporter.Instance.Export(resume, format, ExportOptions.Default).FileName);
    }

    [Theory]
    [InlineData("2020-01", null, "Jan 2020 – Present")]
    [InlineData("2020-01-15", "2021-12", "Jan 2020 – Dec 2021")]
    [InlineData("2019", "2020", "2019 – 2020")]
    [InlineData(null, "2018-06", "Jun 2018")]
    [InlineData(null, null, null)]
    public void Dates_read_like_a_resume(string? start, string? end, string? expected) =>
        Assert.Equal(expected, DisplayDates.Range(start, end));

    [Fact]
    public void Unknown_template_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ResumeExporter.Instance.Export(ExportSamples.Zoe(), ExportFormat.Pdf, new ExportOptions { Template = (ResumeTemplate)42 }));
    }
}
