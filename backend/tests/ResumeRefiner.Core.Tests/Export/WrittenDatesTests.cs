using DocumentFormat.OpenXml.Packaging;
using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Tests.Parsing;

namespace ResumeRefiner.Core.Tests.Export;

/// <summary>Dates ISO cannot hold ("Summer 2012 and 2013") are exported as the resume wrote them.</summary>
public class WrittenDatesTests
{
    private const string Written = "Summer 2012 and 2013";

    private static Resume Intern(string? start = "2012", string? end = "2013") => ExportSamples.Zoe() with
    {
        Work =
        [
            new Work
            {
                Name = "Initech Labs", Position = "Software Intern", StartDate = start, EndDate = end, DatesAsWritten = Written,
                Highlights = ["Built the billing API"],
            },
        ],
    };

    private static string Export(Resume resume, ExportFormat format)
    {
        var content = ResumeExporter.Instance.Export(resume, format, ExportOptions.Default).Content;
        switch (format)
        {
            case ExportFormat.Pdf:
                return PdfLines.Text(content);
            case ExportFormat.Docx:
                using (var document = WordprocessingDocument.Open(new MemoryStream(content), false))
                {
                    return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
                }

            default:
                return System.Text.Encoding.UTF8.GetString(content);
        }
    }

    [Theory]
    [InlineData(ExportFormat.Pdf)]
    [InlineData(ExportFormat.Docx)]
    [InlineData(ExportFormat.Text)]
    [InlineData(ExportFormat.Markdown)]
    public void Dates_are_shown_as_written(ExportFormat format)
    {
        var text = Export(Intern(), format);
        Assert.Contains(Written, text, StringComparison.Ordinal);
        Assert.DoesNotContain("2012 – 2013", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_edited_after_the_upload_replace_the_written_form()
    {
        var text = Export(Intern(start: "2011-06"), ExportFormat.Text);
        Assert.Contains("Jun 2011 – 2013", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Written, text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uploaded_resume_keeps_its_written_dates_through_parsing_and_export()
    {
        var parsed = ParseHelpers.ParseText("""
            Jane Q. Doe
            jane.doe@example.com | (206) 555-0149

            EXPERIENCE
            Acme Payments Inc. | Software Engineer | Jan 2020 – Present
            • Led the migration of the ledger to an event-sourced design.

            Initech Labs | Software Intern | Summer 2012 and 2013
            • Built the billing API.

            EDUCATION
            University of Washington
            Bachelor of Science in Computer Science
            2012 - 2016
            """).Resume;

        var intern = Assert.Single(parsed.Work, w => w.Name == "Initech Labs");
        Assert.Equal(("2012", "2013", Written), (intern.StartDate, intern.EndDate, intern.DatesAsWritten));
        Assert.Null(parsed.Work.Single(w => w.Name == "Acme Payments Inc.").DatesAsWritten);
        Assert.Contains(Written, Export(parsed, ExportFormat.Pdf), StringComparison.Ordinal);
        Assert.Contains(Written, Export(parsed, ExportFormat.Docx), StringComparison.Ordinal);
    }
}
