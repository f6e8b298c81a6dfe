using ResumeRefiner.Core.Export;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Layouts our own exporter prints (and other resumes print too) that the parser once misread: early years in a
/// date slot, a role containing "at" after its organisation, a full-stopped role on its own bold line, one-word
/// schools, "High school" as a level, tools lines under projects, a bare city among the contact items.
/// </summary>
public class ExportedLayoutParsingTests
{
    private static readonly ResumeParser Parser = new();

    /// <summary>A made-up historical resume: every entry is one of the layouts above.</summary>
    private static Resume Historical() => new()
    {
        Basics = new Basics
        {
            Name = "Ada Quill",
            Email = "ada.quill@example.org",
            Phone = "+1 312-555-0187",
            Location = new Location { City = "Lisbon" },
        },
        Work =
        [
            new Work { Name = "Brightwater Studios", Position = "Level Designer Intern at Summer Talent Program", StartDate = "2013-01", EndDate = "2013-02", Highlights = ["Built three puzzle levels"] },
            new Work { Name = "Lumen", Position = "Projectionist for the touring silent picture programme.", StartDate = "1905", EndDate = "1912" },
            new Work { Name = "Gazette", Position = "Typesetter", StartDate = "1899", EndDate = "1905" },
        ],
        Education =
        [
            new Education { Institution = "Lilliput", StudyType = "Ph.D.", Area = "Natural Philosophy", StartDate = "1895" },
            new Education { Institution = "Brobdingnag", StudyType = "M.Sc.", Area = "Astronomy", StartDate = "1893", EndDate = "1895" },
            new Education { Institution = "Laputa", StudyType = "High school", Area = "mathematics and music", StartDate = "1886", EndDate = "1893" },
        ],
        Projects =
        [
            new Project { Name = "Tide Tables", StartDate = "2015-01", Highlights = ["Predicted tides for 12 harbours"], Keywords = ["Fortran", "Gnuplot"] },
            new Project { Name = "Star Atlas", StartDate = "2016-05", Highlights = ["Charted 400 stars"] },
        ],
    };

    public static TheoryData<ResumeTemplate, ExportFormat> Cases()
    {
        var data = new TheoryData<ResumeTemplate, ExportFormat>();
        foreach (var template in Enum.GetValues<ResumeTemplate>())
        {
            data.Add(template, ExportFormat.Pdf);
            data.Add(template, ExportFormat.Docx);
        }

        return data;
    }

    private static Resume ExportAndParse(Resume resume, ResumeTemplate template, ExportFormat format)
    {
        var file = ResumeExporter.Instance.Export(resume, format, new ExportOptions { Template = template });
        using var stream = new MemoryStream(file.Content);
        return Parser.Parse(stream, format == ExportFormat.Pdf ? DocumentKind.Pdf : DocumentKind.Docx).Resume;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Historical_resume_survives_export_and_parse(ResumeTemplate template, ExportFormat format)
    {
        var expected = Historical();

        var parsed = ExportAndParse(expected, template, format);

        Assert.Equal("Lisbon", parsed.Basics.Location?.City);
        Assert.Equal(
            expected.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)),
            parsed.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal(
            expected.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate)),
            parsed.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.StartDate, e.EndDate)));
        Assert.Equal(["Tide Tables", "Star Atlas"], parsed.Projects.Select(p => p.Name));
        Assert.Equal(["Fortran", "Gnuplot"], parsed.Projects[0].Keywords);
        Assert.Empty(parsed.Projects[1].Keywords);
    }

    [Theory]
    [InlineData("1856 – 1861", "1856", "1861", false)]
    [InlineData("1856-1861", "1856", "1861", false)]
    [InlineData("Sep 1863 – Jun 1865", "1863-09", "1865-06", false)]
    [InlineData("1865 – Present", "1865", null, true)]
    [InlineData("(1901 to 1933)", "1901", "1933", false)]
    [InlineData("1945 – 1952", "1945", "1952", false)]
    public void Reads_early_years_when_a_range_is_the_whole_text(string text, string start, string? end, bool ongoing)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.True(range.IsRange);
        Assert.Equal((start, end, ongoing), (range.Start, range.End, range.Ongoing));
        Assert.True(DateParser.IsOnlyDates(text));
    }

    [Theory]
    [InlineData("Catalogued letters dated 1856 – 1861 from the archive")]
    [InlineData("Raised output from 1200 to 1500 units a week")]
    [InlineData("1200 – 1500")]
    [InlineData("1650 – 1900")]
    [InlineData("1861 – 1856")]
    [InlineData("Alice in Wonderland (1900’s) Silent Film.")]
    [InlineData("1899")]
    public void Leaves_early_numbers_alone_outside_a_date_slot(string text) => Assert.Null(DateParser.Find(text));

    [Fact]
    public void Early_years_in_a_bullet_do_not_date_the_entry()
    {
        var text = """
            Ada Quill
            ada.quill@example.org

            EXPERIENCE
            Archivist, Harbour Museum
            2014 – 2019
            - Catalogued letters written 1856 – 1861 by the harbour master
            """;

        var job = Assert.Single(ParseHelpers.ParseText(text).Resume.Work);

        Assert.Equal(("2014", "2019"), (job.StartDate, job.EndDate));
        Assert.Equal(["Catalogued letters written 1856 – 1861 by the harbour master"], job.Highlights);
    }

    [Fact]
    public void Role_and_organisation_in_one_line_are_still_split_at_at()
    {
        var text = """
            Ada Quill
            ada.quill@example.org

            EXPERIENCE
            Software Engineer at Contoso
            2018 – 2021
            - Shipped the billing service
            """;

        var job = Assert.Single(ParseHelpers.ParseText(text).Resume.Work);

        Assert.Equal(("Contoso", "Software Engineer"), (job.Name, job.Position));
    }

    [Fact]
    public void A_regular_paragraph_under_a_bold_title_stays_prose()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ada Quill", 50, 60, 22, isBold: true);
        pdf.Text("ada.quill@example.org", 50, 85, 9);
        pdf.Text("EXPERIENCE", 50, 120, 13, isBold: true);
        pdf.Text("Harbour Museum — Archivist", 50, 140, 10, isBold: true);
        pdf.Text("Kept the collection of letters and charts in good order.", 50, 153, 10);
        pdf.Text("2014 – 2019", 50, 166, 10);
        pdf.Text("• Catalogued 3,000 letters", 58, 180, 10);

        var job = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("Harbour Museum", "Archivist"), (job.Name, job.Position));
        Assert.Equal("Kept the collection of letters and charts in good order.", job.Summary);
    }

    [Fact]
    public void A_bold_full_stopped_role_under_its_organisation_is_the_role()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ada Quill", 50, 60, 22, isBold: true);
        pdf.Text("ada.quill@example.org", 50, 85, 9);
        pdf.Text("EXPERIENCE", 50, 120, 13, isBold: true);
        pdf.Text("Harbour Museum", 50, 140, 10, isBold: true);
        pdf.Text("Keeper of the letters and the charts of the old port.", 50, 153, 10, isBold: true);
        pdf.Text("2014 – 2019", 50, 166, 10);
        pdf.Text("• Catalogued 3,000 letters", 58, 180, 10);

        var job = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("Harbour Museum", "Keeper of the letters and the charts of the old port."), (job.Name, job.Position));
        Assert.Null(job.Summary);
    }

    [Fact]
    public void One_word_names_and_school_levels_in_education()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Ada Quill", bold: true, halfPoints: 40)
            .Paragraph("ada.quill@example.org")
            .Heading("Education")
            .Paragraph("Laputa — High school, mathematics and music", bold: true)
            .Paragraph("2001 – 2005")
            .Paragraph("B.Sc., Physics — Honours", bold: true)
            .Paragraph("2005 – 2008")
            .Paragraph("Lincoln High School", bold: true)
            .Paragraph("1997 – 2001")
            .Paragraph("High School of Performing Arts", bold: true)
            .Paragraph("1995 – 1997");

        var education = ParseHelpers.Parse(docx.Build(), DocumentKind.Docx).Resume.Education;

        Assert.Equal(
            [("Laputa", "High school", "mathematics and music"), (null, "B.Sc.", "Physics"), ("Lincoln High School", null, null), ("High School of Performing Arts", null, null)],
            education.Select(e => (e.Institution, e.StudyType, e.Area)));
    }

    [Fact]
    public void A_second_degree_line_after_a_date_opens_an_entry_but_a_detail_line_does_not()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Ada Quill", bold: true, halfPoints: 40)
            .Paragraph("ada.quill@example.org")
            .Heading("Education")
            .Paragraph("Kyoto University — M.Sc., Astronomy", bold: true)
            .Paragraph("2010 – 2012")
            .Paragraph("Kyoto University — B.Sc., Physics", bold: true)
            .Paragraph("2006 – 2010")
            .Paragraph("Tokyo Institute of Technology (Tokyo Tech)", bold: true)
            .Paragraph("Master student, Electronics Engineering (EE)")
            .Paragraph("2013 – 2015");

        var education = ParseHelpers.Parse(docx.Build(), DocumentKind.Docx).Resume.Education;

        Assert.Equal(
            [("Kyoto University", "M.Sc.", "Astronomy", "2010"), ("Kyoto University", "B.Sc.", "Physics", "2006"), ("Tokyo Institute of Technology (Tokyo Tech)", "Master student", "Electronics Engineering (EE)", "2013")],
            education.Select(e => (e.Institution, e.StudyType, e.Area, e.StartDate)));
    }

    [Theory]
    [InlineData("Tokyo Institute of Technology (Tokyo Tech)", "Tokyo Institute of Technology (Tokyo Tech)")]
    [InlineData("Engineer (", "Engineer")]
    [InlineData("Engineer )", "Engineer")]
    [InlineData("(Remote", "Remote")]
    [InlineData("Researcher (Compulsory Service)", "Researcher (Compulsory Service)")]
    public void Only_unbalanced_brackets_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.TrimUnbalanced(text));

    [Fact]
    public void A_tools_line_stays_with_its_work_entry()
    {
        var text = """
            Ada Quill
            ada.quill@example.org

            EXPERIENCE
            Contoso — Software Engineer
            2018 – 2021
            - Shipped the billing service
            Technologies: C#, PostgreSQL
            Fabrikam — Developer
            2015 – 2018
            - Kept the lights on
            """;

        var work = ParseHelpers.ParseText(text).Resume.Work;

        Assert.Equal(["Contoso", "Fabrikam"], work.Select(w => w.Name));
        Assert.Equal("Technologies: C#, PostgreSQL", work[0].Summary);
    }

    [Fact]
    public void A_label_line_that_is_not_a_tools_line_is_not_taken_as_keywords()
    {
        var text = """
            Ada Quill
            ada.quill@example.org

            PROJECTS
            Tide Tables
            - Predicted tides for 12 harbours
            Star Atlas: a map of the northern sky
            - Charted 400 stars
            """;

        var projects = ParseHelpers.ParseText(text).Resume.Projects;

        Assert.Equal(["Tide Tables", "Star Atlas"], projects.Select(p => p.Name));
        Assert.All(projects, p => Assert.Empty(p.Keywords));
    }

    [Theory]
    [InlineData("ada.quill@example.org | +1 312-555-0187 | Lisbon | quill.example.org", "Lisbon", "PT")]
    [InlineData("ada.quill@example.org | +1 312-555-0187 | Quillsby | quill.example.org", "Quillsby", null)]
    [InlineData("ada.quill@example.org | +1 312-555-0187 | United Kingdom", null, "GB")]
    public void A_bare_place_among_contact_items_is_the_location(string contactLine, string? city, string? country)
    {
        var location = ParseHelpers.ParseText("Ada Quill\n" + contactLine + "\n\nSKILLS\nPython\n").Resume.Basics.Location;

        Assert.Equal((city, country), (location?.City, location?.CountryCode));
    }

    [Theory]
    [InlineData("Senior Engineer | ada.quill@example.org | +1 312-555-0187")]
    [InlineData("ada.quill@example.org | +1 312-555-0187 | GitHub | LinkedIn")]
    [InlineData("ada.quill@example.org | Quillsby")]
    public void Other_items_of_the_contact_line_are_not_places(string contactLine)
    {
        var basics = ParseHelpers.ParseText("Ada Quill\n" + contactLine + "\n\nSKILLS\nPython\n").Resume.Basics;

        Assert.Null(basics.Location?.City);
    }
}
