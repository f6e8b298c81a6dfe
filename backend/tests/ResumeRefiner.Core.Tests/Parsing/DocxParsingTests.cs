using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

public class DocxParsingTests
{
    private static ParsedResume Parse(DocxFixture docx) => ParseHelpers.Parse(docx.Build(), DocumentKind.Docx);

    [Fact]
    public void Reads_heading_styles_and_numbered_list_bullets()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Priya Natarajan", bold: true, halfPoints: 40)
            .Paragraph("Chicago, IL | 312-555-0199 | priya.n@example.com")
            .Heading("Professional Experience")
            .Paragraph("Northwind Traders, Chicago, IL, Senior Accountant", bold: true)
            .Paragraph("Feb 2021 – Present")
            .Bullet("Closed the books monthly three days faster")
            .Bullet("Prepared consolidated tax filings")
            .Heading("Education")
            .Paragraph("DePaul University")
            .Paragraph("Bachelor of Science in Accounting")
            .Heading("Licenses")
            .Bullet("Certified Public Accountant (CPA)");

        var resume = Parse(docx).Resume;

        Assert.Equal("Priya Natarajan", resume.Basics.Name);
        Assert.Equal("312-555-0199", resume.Basics.Phone);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Northwind Traders", job.Name);
        Assert.Equal("Senior Accountant", job.Position);
        Assert.Equal("Chicago, IL", job.Location);
        Assert.Equal("2021-02", job.StartDate);
        Assert.Equal(["Closed the books monthly three days faster", "Prepared consolidated tax filings"], job.Highlights);
        Assert.Equal("DePaul University", Assert.Single(resume.Education).Institution);
        Assert.Equal("Certified Public Accountant (CPA)", Assert.Single(resume.Certificates).Name);
    }

    [Fact]
    public void Reads_a_table_layout_cell_by_cell()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Omar Haddad", bold: true, halfPoints: 36)
            .Paragraph("omar.haddad@example.com")
            .Heading("Experience")
            .Table(
                ["Fabrikam Inc.", "2017 – 2022"],
                ["Operations Manager", "Dubai, United Arab Emirates"])
            .Bullet("Ran a 40-person warehouse team")
            .Heading("Skills")
            .Table(["Logistics, SAP, Lean Six Sigma"]);

        var resume = Parse(docx).Resume;

        var job = Assert.Single(resume.Work);
        Assert.Equal("Fabrikam Inc.", job.Name);
        Assert.Equal("Operations Manager", job.Position);
        Assert.Equal(("2017", "2022"), (job.StartDate!, job.EndDate!));
        Assert.Equal(["Logistics", "SAP", "Lean Six Sigma"], resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void Reads_contact_details_from_the_page_header_part()
    {
        using var docx = new DocxFixture();
        docx.HeaderPart("Elena Rossi", "elena.rossi@example.it  |  +39 02 1234 5678  |  Milan, Italy")
            .Heading("Experience")
            .Paragraph("Software Developer at Contoso S.p.A.\t2020 – 2023")
            .Bullet("Wrote the invoicing module");

        var resume = Parse(docx).Resume;

        Assert.Equal("Elena Rossi", resume.Basics.Name);
        Assert.Equal("elena.rossi@example.it", resume.Basics.Email);
        Assert.Equal("+39 02 1234 5678", resume.Basics.Phone);
        Assert.Equal("Milan", resume.Basics.Location?.City);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Contoso S.p.A.", job.Name);
        Assert.Equal("Software Developer", job.Position);
    }

    [Fact]
    public void Reads_hyperlink_targets_and_text_boxes()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Sam Okafor", bold: true, halfPoints: 36)
            .Hyperlink("LinkedIn", "https://www.linkedin.com/in/samokafor")
            .Hyperlink("My portfolio: samokafor.dev", "https://samokafor.dev/")
            .TextBox("sam@example.com", "Lagos, Nigeria")
            .Heading("Skills")
            .Paragraph("Figma, Sketch, User Research");

        var resume = Parse(docx).Resume;

        Assert.Equal("sam@example.com", resume.Basics.Email);
        Assert.Equal("Lagos", resume.Basics.Location?.City);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://www.linkedin.com/in/samokafor");
        Assert.Equal("https://samokafor.dev", resume.Basics.Url);
    }

    [Fact]
    public void Corrupt_docx_is_reported_as_corrupt()
    {
        using var docx = new DocxFixture();
        var bytes = docx.Paragraph("Jane").Build();
        var broken = bytes[..(bytes.Length / 2)];

        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(broken, DocumentKind.Docx));

        Assert.Equal(UnreadableReason.Corrupt, ex.Reason);
    }

    [Fact]
    public void Docx_without_text_is_reported_as_empty()
    {
        using var docx = new DocxFixture();
        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.Parse(docx.Paragraph(" ").Build(), DocumentKind.Docx));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }
}
