using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>Layouts that differ from the common "company line, title line, bullets" shape.</summary>
public class LayoutVariantTests
{
    [Fact]
    public void Parses_title_first_entries_with_dates_on_their_own_line()
    {
        const string text = """
            ROBERT "BOB" MARTINEZ
            Denver, Colorado  •  robert.martinez@mail.com  •  +1 720-555-0134

            WORK HISTORY

            Operations Manager
            FedEx Ground, Denver, CO
            March 2018 - Current
              * Oversee a 24/7 hub moving 90,000 parcels per day with 140 staff.
              * Reduced mis-sorts by 37% through a re-designed induction process and weekly
                root-cause reviews with shift leads.

            Shift Supervisor
            UPS, Aurora, CO
            2012 - 2018
              * Supervised 35 package handlers.

            VOLUNTEER EXPERIENCE
            Food Bank of the Rockies — Volunteer Driver, 2015 - Present
            """;

        var resume = ParseHelpers.ParseText(text).Resume;

        Assert.Equal("ROBERT \"BOB\" MARTINEZ", resume.Basics.Name);
        Assert.Equal("Denver", resume.Basics.Location?.City);
        Assert.Equal(["FedEx Ground", "UPS"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Operations Manager", "Shift Supervisor"], resume.Work.Select(w => w.Position));
        Assert.Equal(["Denver, CO", "Aurora, CO"], resume.Work.Select(w => w.Location));
        Assert.Equal(("2018-03", (string?)null), (resume.Work[0].StartDate!, resume.Work[0].EndDate));
        Assert.Equal("Reduced mis-sorts by 37% through a re-designed induction process and weekly root-cause reviews with shift leads.",
            resume.Work[0].Highlights[1]);
        var volunteer = Assert.Single(resume.Volunteer);
        Assert.Equal(("Food Bank of the Rockies", "Volunteer Driver", "2015"), (volunteer.Organization!, volunteer.Position!, volunteer.StartDate!));
    }

    [Fact]
    public void Reads_outer_bullets_with_a_place_as_entry_headers()
    {
        var pdf = new PdfFixture();
        pdf.Text("Kim Lee", 50, 60, 20, isBold: true);
        pdf.Text("kim@example.com", 50, 82, 9);
        pdf.Text("Experience", 50, 115, 13, isBold: true);
        pdf.Text("• Initrode", 50, 133, 10, isBold: true);
        pdf.Text("Boston, MA", 480, 133, 10);
        pdf.Text("Data Engineer", 58, 146, 10);
        pdf.Text("Jan 2020 – Present", 450, 146, 10);
        pdf.Text("◦ Pipelines: moved nightly batch jobs to streaming.", 70, 160, 9);
        pdf.Text("◦ Quality: added data contracts to 40 tables.", 70, 173, 9);
        pdf.Text("• Vehement Capital", 50, 193, 10, isBold: true);
        pdf.Text("New York, NY", 470, 193, 10);
        pdf.Text("Analyst", 58, 206, 10);
        pdf.Text("Jun 2017 – Dec 2019", 445, 206, 10);
        pdf.Text("◦ Built the risk dashboard.", 70, 220, 9);

        var work = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work;

        Assert.Equal(["Initrode", "Vehement Capital"], work.Select(w => w.Name));
        Assert.Equal(["Data Engineer", "Analyst"], work.Select(w => w.Position));
        Assert.Equal(["Boston, MA", "New York, NY"], work.Select(w => w.Location));
        Assert.Equal(2, work[0].Highlights.Count);
        Assert.StartsWith("Pipelines:", work[0].Highlights[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_a_bold_skill_label_from_its_list()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Souza", 50, 60, 20, isBold: true);
        pdf.Text("ana@example.com", 50, 82, 9);
        pdf.Text("Skills", 50, 115, 13, isBold: true);
        pdf.Text("Cloud", 50, 133, 10, isBold: true);
        pdf.Text("AWS, GCP, Terraform", 100, 133, 10);
        pdf.Text("Data", 50, 146, 10, isBold: true);
        pdf.Text("Spark, dbt, Airflow", 100, 146, 10);

        var skills = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Skills;

        Assert.Equal(["Cloud", "Data"], skills.Select(s => s.Name));
        Assert.Equal(["AWS", "GCP", "Terraform"], skills[0].Keywords);
    }

    [Fact]
    public void Reads_a_soft_hyphen_glyph_as_a_range_dash()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Souza", 50, 60, 20, isBold: true);
        pdf.Text("Experience", 50, 115, 13, isBold: true);
        pdf.Text("Umbrella Corp", 50, 133, 10, isBold: true);
        pdf.Text("Biologist", 50, 146, 10);
        pdf.Text("Sep. 2019 \u00AD Mar. 2021", 430, 146, 10);

        var job = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("2019-09", "2021-03"), (job.StartDate!, job.EndDate!));
    }

    [Fact]
    public void Spells_printed_together_span_earliest_to_latest()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Souza", 50, 60, 20, isBold: true);
        pdf.Text("Experience", 50, 115, 13, isBold: true);
        pdf.Text("Samsung Electronics", 50, 133, 10, isBold: true);
        pdf.Text("Penetration Tester", 50, 146, 10);
        pdf.Text("Sep. 2013, Mar. 2011 - Oct. 2011", 400, 146, 10);

        var job = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("2011-03", "2013-09"), (job.StartDate!, job.EndDate!));
    }

    [Fact]
    public void Reads_a_docx_sidebar_table_cell_by_cell()
    {
        using var docx = new DocxFixture();
        docx.Paragraph("Lena Vogel", bold: true, halfPoints: 40)
            .Table([
                "CONTACT\nlena.vogel@example.de\n+49 89 1234 5678\nMunich, Germany\nSKILLS\nSQL\nTableau",
                "EXPERIENCE\nBMW Group | Data Analyst | 2020 – Present\nSiemens AG | Working Student | 2018 – 2020",
            ]);

        var resume = ParseHelpers.Parse(docx.Build(), DocumentKind.Docx).Resume;

        Assert.Equal("lena.vogel@example.de", resume.Basics.Email);
        Assert.Equal("Munich", resume.Basics.Location?.City);
        Assert.Equal(["SQL", "Tableau"], resume.Skills.SelectMany(s => s.Keywords));
        Assert.Equal(["BMW Group", "Siemens AG"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Data Analyst", "Working Student"], resume.Work.Select(w => w.Position));
    }
}
