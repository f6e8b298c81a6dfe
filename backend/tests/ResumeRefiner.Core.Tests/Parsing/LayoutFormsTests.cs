using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Layout and section forms written from general knowledge of how resumes are set out (sidebars with their own
/// heading type, skill groups with no skills heading, headings wrapped in a narrow column): each must be read for what
/// it holds, whatever the template.
/// </summary>
public class LayoutFormsTests
{
    /// <summary>
    /// A profile export's grey sidebar (LinkedIn's "Save to PDF"): "Contact", "Top Skills" and "Languages" titled in a
    /// smaller type than the main column's headings, short items under each, a language's level in brackets.
    /// </summary>
    [Fact]
    public void A_sidebar_titled_in_its_own_type_keeps_its_skills_and_languages()
    {
        var pdf = new PdfFixture();
        pdf.Text("Contact", 20, 50, 12);
        pdf.Text("m.ferreira@example.com", 20, 68, 9.5);
        pdf.Text("Top Skills", 20, 110, 12);
        pdf.Lines(20, 128, ["Budgeting", "Vendor management", "Forecasting"], 9.5, pitch: 14.5);
        pdf.Text("Languages", 20, 200, 12);
        pdf.Lines(20, 218, ["Portuguese (Native or bilingual", "proficiency)"], 9.5, pitch: 12);
        pdf.Text("English (Professional working proficiency)", 20, 245, 9.5);
        pdf.Text("Marta Ferreira", 210, 62, 24);
        pdf.Text("Finance Manager", 210, 85, 11.5);
        pdf.Text("Lisbon, Portugal", 210, 100, 10);
        pdf.Text("Experience", 210, 140, 15);
        pdf.Text("Galp Energia", 210, 165, 11, isBold: true);
        pdf.Text("Finance Manager", 210, 180, 10.5);
        pdf.Text("March 2018 - Present (7 years 9 months)", 210, 193, 10);
        pdf.Lines(210, 210, ["• Ran the annual budget for four business units.", "• Cut month-end close from nine days to five."], 10, pitch: 15);
        pdf.Text("Education", 210, 270, 15);
        pdf.Text("Universidade Nova de Lisboa", 210, 295, 11, isBold: true);
        pdf.Text("Master's degree, Finance · (2010 - 2012)", 210, 310, 10);

        var resume = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume;

        Assert.Equal(["Budgeting", "Vendor management", "Forecasting"], resume.Skills.SelectMany(s => s.Keywords));
        Assert.Equal(["Portuguese", "English"], resume.Languages.Select(l => l.Language));
        Assert.Equal("Native or bilingual proficiency", resume.Languages[0].Fluency);
        Assert.Equal("m.ferreira@example.com", resume.Basics.Email);
        Assert.Equal("Marta Ferreira", resume.Basics.Name);
        var work = Assert.Single(resume.Work);
        Assert.Equal("Galp Energia", work.Name);
    }

    /// <summary>
    /// Skills grouped under titles of their own ("Practice", "Administrative") with no "Skills" heading, read before
    /// any strong heading (a sidebar first in reading order, under a weak "About").
    /// </summary>
    [Fact]
    public void Short_undated_items_under_an_unknown_heading_are_a_skill_group()
    {
        var pdf = new PdfFixture();
        pdf.Text("ROBIN HALE", 30, 50, 24, isBold: true);
        pdf.Text("robin.hale@example.com", 30, 75, 9);
        pdf.Text("ABOUT", 30, 110, 10.5);
        pdf.Text("Social worker with eight years in family services.", 30, 128, 8);
        pdf.Text("PRACTICE", 30, 160, 10.5);
        pdf.Lines(30, 180, ["CASE MANAGEMENT", "SAFETY PLANNING", "CRISIS INTERVENTION"], 7.5, pitch: 11);
        pdf.Text("ADMINISTRATIVE", 30, 240, 10.5);
        pdf.Lines(30, 260, ["GRANT REPORTING", "DOCUMENTATION"], 7.5, pitch: 11);
        pdf.Text("EXPERIENCE", 30, 310, 10.5);
        pdf.Text("NORTHSIDE FAMILY SERVICES", 30, 330, 10.5, isBold: true);
        pdf.Text("07/2019 - PRESENT", 450, 330, 10.5, isBold: true);
        pdf.Text("SOCIAL WORKER", 30, 342, 9);
        pdf.Lines(35, 358, ["• Carried a caseload of 25 families receiving in-home services.", "• Wrote court reports for family court hearings."], 8, pitch: 10);
        pdf.Text("EDUCATION", 30, 410, 10.5);
        pdf.Text("UNIVERSITY OF OREGON", 30, 430, 10.5, isBold: true);
        pdf.Text("2015 - 2019", 450, 430, 10.5, isBold: true);
        pdf.Text("BA SOCIAL WORK", 30, 442, 9);

        var resume = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume;

        Assert.Equal(["PRACTICE", "ADMINISTRATIVE"], resume.Skills.Select(s => s.Name));
        Assert.Equal(["CASE MANAGEMENT", "SAFETY PLANNING", "CRISIS INTERVENTION"], resume.Skills[0].Keywords);
        Assert.Equal(["GRANT REPORTING", "DOCUMENTATION"], resume.Skills[1].Keywords);
        Assert.Equal("NORTHSIDE FAMILY SERVICES", Assert.Single(resume.Work).Name);
    }

    /// <summary>Dated or sentence-like lines under an unknown heading (teaching, talks) are not skills.</summary>
    [Fact]
    public void Dated_items_under_an_unknown_heading_are_not_skills()
    {
        var pdf = new PdfFixture();
        pdf.Text("Dr. Lena Brandt", 40, 50, 22, isBold: true);
        pdf.Text("lena.brandt@example.edu", 40, 75, 10);
        pdf.Text("EXPERIENCE", 40, 110, 13, isBold: true);
        pdf.Text("Assistant Professor, University of Bremen", 40, 130, 10);
        pdf.Text("2019 – present", 480, 130, 10);
        pdf.Text("TEACHING", 40, 170, 13, isBold: true);
        pdf.Lines(40, 190, ["Introduction to Ecology, Fall 2020", "Field Methods, Spring 2021"], 10, pitch: 14);
        pdf.Text("SKILLS", 40, 240, 13, isBold: true);
        pdf.Text("R, QGIS, Python", 40, 260, 10);

        var skills = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Skills;

        Assert.Equal(["R", "QGIS", "Python"], skills.SelectMany(s => s.Keywords));
    }

    /// <summary>A heading too long for a narrow column wraps ("EDUCATION AND" / "QUALIFICATIONS"): one heading, not two.</summary>
    [Fact]
    public void A_heading_wrapped_in_a_narrow_column_is_one_heading()
    {
        var pdf = new PdfFixture();
        pdf.Text("ANA LIMA", 40, 50, 22, isBold: true);
        pdf.Text("ana.lima@example.com", 40, 75, 10);
        pdf.Text("EXPERIENCE", 40, 110, 11, isBold: true);
        pdf.Text("Scientist", 40, 130, 10, isBold: true);
        pdf.Text("Jan 2021 – May 2025", 250, 130, 10);
        pdf.Text("Instituto Butantan, São Paulo", 40, 143, 10);
        pdf.Text("• Ran assay development for three product teams.", 44, 158, 10);
        pdf.Text("EDUCATION AND", 40, 190, 11, isBold: true);
        pdf.Text("QUALIFICATIONS", 40, 204, 11, isBold: true);
        pdf.Text("PhD, Neuroscience", 40, 227, 10, isBold: true);
        pdf.Text("Universidade de Brasília · 2020", 40, 239, 9.5);
        pdf.Text("SKILLS", 40, 270, 11, isBold: true);
        pdf.Text("Python, R, MATLAB", 40, 288, 9.5);

        var resume = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume;

        var education = Assert.Single(resume.Education);
        Assert.Equal("Universidade de Brasília", education.Institution);
        Assert.Equal(["Python", "R", "MATLAB"], resume.Skills.SelectMany(s => s.Keywords));
    }

    /// <summary>
    /// A narrow right-aligned skills column wraps a keyword ("Payroll" / "reconciliation"): the small-letter line joins
    /// the one above when its first word could not have fitted there; a lower-case skill that would have ("matplotlib") stays.
    /// </summary>
    [Theory]
    [InlineData("Multi-state payroll|Payroll|reconciliation|Workday", "Multi-state payroll|Payroll reconciliation|Workday")]
    [InlineData("Machine learning pipelines|Python|matplotlib|SQL", "Machine learning pipelines|Python|matplotlib|SQL")]
    public void A_keyword_wrapped_in_a_narrow_column_is_one_keyword(string lines, string keywords)
    {
        var pdf = new PdfFixture();
        pdf.Text("KIM PARK", 40, 50, 22, isBold: true);
        pdf.Text("kim.park@example.com", 40, 75, 10);
        pdf.Text("EXPERIENCE", 40, 110, 12, isBold: true);
        pdf.Text("Payroll Specialist, Paychex", 40, 130, 10, isBold: true);
        pdf.Text("2019 – 2024", 450, 130, 10);
        pdf.Text("• Ran payroll for 1,200 employees in nine states.", 44, 145, 10);
        pdf.Text("SKILLS", 40, 180, 12, isBold: true);
        var top = 198.0;
        foreach (var line in lines.Split('|'))
        {
            pdf.TextRight(line, 560, top, 7.5);
            top += 10.3;
        }

        var skills = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Skills;

        Assert.Equal(keywords.Split('|'), skills.SelectMany(s => s.Keywords));
    }

    /// <summary>
    /// A section with one entry whose header is a bullet over its own indented date line ("• Accounting, B.Sc., Lagos
    /// State University" / "Oct 2022 - Jul 2026"): the bullet heads the entry, as it does when there are several.
    /// </summary>
    [Fact]
    public void A_single_bulleted_entry_header_over_its_date_line_heads_the_entry()
    {
        var pdf = new PdfFixture();
        pdf.Text("ADE OKAFOR", 10, 50, 22, isBold: true);
        pdf.Text("ade.okafor@example.com", 10, 75, 10);
        pdf.Text("WORK EXPERIENCE", 10, 110, 7, isBold: true);
        pdf.Text("• Audit Intern, EY", 28, 135, 10, isBold: true);
        pdf.Text("Aug 2024 - Oct 2024", 40, 160, 8.5);
        pdf.Text("• Prepared 57 individual tax returns during busy season.", 58, 185, 10);
        pdf.Text("EDUCATION", 10, 230, 7, isBold: true);
        pdf.Text("• Accounting, B.Sc., Lagos State University", 28, 255, 10);
        pdf.Text("Oct 2022 - Jul 2026", 40, 280, 8.5);

        var education = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Education);

        Assert.Equal("Lagos State University", education.Institution);
        Assert.Equal("B.Sc.", education.StudyType);
        Assert.Equal("2022-10", education.StartDate);
        Assert.Equal("2026-07", education.EndDate);
    }
}
