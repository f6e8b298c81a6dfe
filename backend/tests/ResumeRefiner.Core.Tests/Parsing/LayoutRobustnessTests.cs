using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// The same resume printed in larger type, on narrower paper or with longer words: lines wrap where they did not, a
/// label outgrows its column, a column runs on to the next page. Each test is one such form, built from positioned
/// text; the parser must read the same facts as from the unwrapped print.
/// </summary>
public class LayoutRobustnessTests
{
    [Fact]
    public void Joins_a_job_title_wrapped_in_its_cell_beside_the_dates()
    {
        var pdf = new PdfFixture();
        pdf.Text("Juan Rivera", 50, 60, 20, isBold: true);
        pdf.Text("juan.rivera@example.com", 50, 82, 9);
        pdf.Text("Experience", 50, 115, 13, isBold: true);

        // The title cell ends a little before the dates: "Sports Physiotherapist" does not fit on one line.
        var dates = 50 + pdf.Width("Physiotherapist", 10, isBold: true) + 30;
        pdf.Text("Physiotherapist", 50, 135, 10, isBold: true).Text("01/2023 – 11/2024", dates, 135, 10);
        pdf.Text("Riverside Community Hospital", 50, 148, 10);
        pdf.Text("• Used manual therapy and exercise to restore function.", 54, 161, 10);
        pdf.Text("Sports", 50, 181, 10, isBold: true).Text("04/2021 – 12/2022", dates, 181, 10);
        pdf.Text("Physiotherapist", 50, 194, 10, isBold: true);
        pdf.Text("Beacon Physical Therapy", 50, 207, 10);
        pdf.Text("• Ran a falls-prevention class for older adults.", 54, 220, 10);

        var work = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work;

        Assert.Equal(["Physiotherapist", "Sports Physiotherapist"], work.Select(w => w.Position));
        Assert.Equal(["Riverside Community Hospital", "Beacon Physical Therapy"], work.Select(w => w.Name));
        Assert.Equal(["2021-04", "2022-12"], [work[1].StartDate!, work[1].EndDate!]);
    }

    [Fact]
    public void Keeps_a_sentence_under_a_full_header_out_of_the_header()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ann Hale", 40, 60, 20, isBold: true);
        pdf.Text("ann.hale@example.com", 40, 82, 9);
        pdf.Text("Employment History", 40, 115, 13, isBold: true);

        // The header line happens to fill its cell to the column's edge; the description under it is no part of it.
        const string header = "Accounting Supervisor, Stonebridge Services, Madison, WI";
        var right = 175 + pdf.Width(header, 10);
        pdf.Text("2021 – Present", 40, 135, 10).Text(header, 175, 135, 10);
        pdf.Text("Family-owned company with 56 employees.", 175, 148, 10);
        pdf.Text("• Kept full-cycle books for 38 small-business clients", 175, 163, 10);
        pdf.Text("2016 – 2020", 40, 183, 10).Text("Bookkeeper, Brightwater Landscaping, San Jose, CA", 175, 183, 10);
        pdf.Text("• Entered bi-weekly payroll for 16 employees", 175, 196, 10);
        pdf.TextRight("• Filed quarterly sales tax on time", right, 209, 10);

        var work = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work;

        Assert.Equal("Madison, WI", work[0].Location);
        Assert.DoesNotContain("Family-owned", work[0].Name ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_section_title_wider_than_its_label_column_apart_from_the_entry_beside_it()
    {
        var pdf = new PdfFixture();
        pdf.Text("Marcus Collins", 40, 60, 20, isBold: true);
        pdf.Text("Chicago, IL • marcus.collins@example.com", 40, 82, 9);

        // "Employment" runs to 3.5 points short of the content: closer than a space, in the titles' larger type.
        var content = 40 + pdf.Width("Employment", 11, isBold: true) + 3.5;
        pdf.Text("Employment", 40, 120, 11, isBold: true).Text("Shop Owner", content, 120, 10, isBold: true);
        pdf.Text("History", 40, 134, 11, isBold: true).Text("Collins Auto Repair, Chicago, IL", content, 134, 10);
        pdf.Text("09/2021 – Present", content, 147, 10);
        pdf.Text("• Hired and trained 7 new technicians", content + 1, 160, 10);
        pdf.Text("Lead Technician", content, 180, 10, isBold: true);
        pdf.Text("Midas, Chicago, IL", content, 193, 10);
        pdf.Text("12/2013 – 08/2021", content, 206, 10);
        pdf.Text("• Calibrated cameras and radar after collision repairs", content + 1, 219, 10);
        pdf.Text("Education", 40, 245, 11, isBold: true).Text("AAS in Automotive Technology", content, 245, 10, isBold: true);
        pdf.Text("City College of San Francisco", content, 258, 10);
        pdf.Text("2001 – 2003", content, 271, 10);

        var resume = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume;

        Assert.Equal(["Shop Owner", "Lead Technician"], resume.Work.Select(w => w.Position));
        Assert.Equal(["Collins Auto Repair", "Midas"], resume.Work.Select(w => w.Name));
        Assert.Equal("City College of San Francisco", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void Jobs_running_on_to_the_next_page_beside_an_ended_sidebar_stay_jobs()
    {
        var pdf = new PdfFixture();
        pdf.Text("Jiri Simek", 40, 60, 20, isBold: true);
        pdf.Text("Head Chef · Boston, MA · jiri.simek@example.com", 40, 82, 9);

        // Main column: the jobs. Sidebar: skills, then certifications, ending on the first page.
        pdf.Text("EMPLOYMENT HISTORY", 40, 120, 11, isBold: true);
        var top = 140.0;
        foreach (var (title, company, dates) in new[] { ("Head Chef", "Olive Garden, Boston, MA", "2023 – 2024"), ("Sous Chef", "Juniper & Ember, Knoxville, TN", "2014 – 2016") })
        {
            pdf.Text(title, 40, top, 10, isBold: true).TextRight(dates, 330, top, 10);
            pdf.Text(company, 40, top + 13, 10);
            top = pdf.Lines(42, top + 26, ["– Launched a brunch service that added $8K a month", "– Cut overtime costs by 16% with a new shift plan", "– Ran banquets and weddings for up to 300 guests"]) + 10;
        }

        pdf.Text("SKILLS", 380, 120, 11, isBold: true);
        pdf.Lines(380, 140, ["Menu development", "Food costing", "Banquet production", "Fermentation"], 9.5);
        pdf.Text("CERTIFICATIONS", 380, 210, 11, isBold: true);
        pdf.Text("ServSafe Food Protection Manager", 380, 230, 9.5, isBold: true);
        pdf.Text("National Restaurant Association · 2021", 380, 243, 9.5);

        pdf.NewPage();
        top = 60.0;
        foreach (var (title, company, dates) in new[] { ("Sous Chef", "Cooper's Kitchen, Knoxville, TN", "2010 – 2013"), ("Banquet Chef", "Cooper's Kitchen, Knoxville, TN", "2008 – 2010") })
        {
            pdf.Text(title, 40, top, 10, isBold: true).TextRight(dates, 330, top, 10);
            pdf.Text(company, 40, top + 13, 10);
            top = pdf.Lines(42, top + 26, ["– Ran a kitchen brigade of 11 cooks across 3 services", "– Cut food cost from 36% to 28% through tighter ordering"]) + 10;
        }

        var resume = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume;

        Assert.Equal(["Head Chef", "Sous Chef", "Sous Chef", "Banquet Chef"], resume.Work.Select(w => w.Position));
        Assert.Equal("ServSafe Food Protection Manager", Assert.Single(resume.Certificates).Name);
    }
}
