using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Kinds of resume the first layouts lacked, written from how people commonly lay them out: functional (skills-based)
/// resumes, timelines with dates stacked in a gutter, academic CVs, trades resumes, job-board exports and plain text
/// set in columns of spaces. Each test is one form; the parser must read the same facts as from an ordinary resume.
/// </summary>
public class LayoutKindsTests
{
    private const string Contacts = """
        Maria Delgado
        Chicago, IL | (312) 555-0187 | maria.delgado@example.com

        """;

    [Fact]
    public void Capitalised_theme_headings_of_a_plain_text_functional_resume_end_the_summary()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            PROFESSIONAL SUMMARY
            Operations professional with ten years of experience leading teams in retail.

            PROJECT MANAGEMENT
            - Led a $2M warehouse relocation, finishing two weeks ahead of schedule.
            - Coordinated 14 vendors during a point-of-sale rollout across 30 stores.

            CUSTOMER SERVICE
            - Resolved escalated complaints for a 200-seat contact centre.

            EMPLOYMENT HISTORY
            Operations Manager, Target, Chicago, IL — 2019–2022
            Store Supervisor, Walgreens, Evanston, IL — 2015–2019
            """).Resume;

        Assert.Equal("Operations professional with ten years of experience leading teams in retail.", resume.Basics.Summary);
        Assert.Equal(["Target", "Walgreens"], resume.Work.Select(w => w.Name));
        Assert.All(resume.Work, w => Assert.Empty(w.Highlights));
        Assert.Empty(resume.Skills);
    }

    [Fact]
    public void Achievements_under_skill_areas_are_not_skills()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            Relevant Skills and Accomplishments

            Budgeting & Finance
            • Managed a departmental budget of $450,000 with zero audit findings.
            • Reduced supply costs by 18% by renegotiating vendor contracts.

            Event Planning
            • Organized annual conferences for 600 attendees every spring.

            Work History
            Office Manager | Greenfield Partners | Portland, OR | 2018 - Present

            Skills
            Scheduling, Inventory control, Microsoft Excel
            """).Resume;

        var skills = Assert.Single(resume.Skills);
        Assert.Equal(["Scheduling", "Inventory control", "Microsoft Excel"], skills.Keywords);
        Assert.Equal("Greenfield Partners", Assert.Single(resume.Work).Name);
    }

    [Theory]
    [InlineData("TEACHING")]
    [InlineData("SUPERVISION")]
    public void Teaching_in_an_academic_cv_is_a_section_of_its_own(string heading)
    {
        var resume = ParseHelpers.ParseText(Contacts + $"""
            POSITIONS
            Assistant Professor of Biology, Stanford University          2019 – Present

            {heading}
            Teaching Assistant, Research Methods in Biology (28 students)     Summer 2015
            Instructor, Introduction to Biology                               Fall 2016

            SKILLS
            Microscopy, R, Python
            """).Resume;

        var work = Assert.Single(resume.Work);
        Assert.Equal("Stanford University", work.Name);
        Assert.Equal(["Microscopy", "R", "Python"], Assert.Single(resume.Skills).Keywords);
    }

    [Theory]
    [InlineData("CLINICAL EXPERIENCE", "SKILLS")]
    [InlineData("Teaching & Related Experience", "Classroom Skills & Technology")]
    [InlineData("Nursing Experience", "Clinical Skills")]
    public void A_trades_own_words_before_experience_or_skills_head_those_sections(string workHeading, string skillsHeading)
    {
        var resume = ParseHelpers.ParseText(Contacts + $"""
            {workHeading}
            Registered Nurse, Mercy Hospital                                  2019 – Present
             • Cared for 6 patients a shift on a surgical ward

            {skillsHeading}
            Wound care, Epic, Phlebotomy
            """).Resume;

        Assert.Equal("Mercy Hospital", Assert.Single(resume.Work).Name);
        Assert.Equal(["Wound care", "Epic", "Phlebotomy"], Assert.Single(resume.Skills).Keywords);
    }

    [Fact]
    public void Equipment_operated_and_trade_training_are_headings_of_a_trades_resume()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            EXPERIENCE
            Foreman Electrician | PCL Construction | Calgary, AB              2018 – Present
             • Ran a crew of 8 on a hospital expansion

            EQUIPMENT OPERATED
            Scissor lifts · Boom lifts · Telehandlers

            TRADE TRAINING
            Electrician Apprenticeship, SAIT Polytechnic                    2010 – 2014
            """).Resume;

        Assert.Equal("PCL Construction", Assert.Single(resume.Work).Name);
        Assert.Equal("SAIT Polytechnic", Assert.Single(resume.Education).Institution);
    }

    [Theory]
    [InlineData("Site: Wind farm substation; Data centre")]
    [InlineData("Project: Commercial office refit")]
    [InlineData("Client: Alberta Health Services")]
    public void A_labelled_site_or_project_under_a_job_is_not_its_employer(string line)
    {
        var resume = ParseHelpers.ParseText(Contacts + $"""
            EXPERIENCE
            Junior Architect | AECOM | Denver, CO                    07.2024 – 12.2024
            {line}
             • Built physical and digital models for client presentations
            """);

        var work = Assert.Single(resume.Resume.Work);
        Assert.Equal("AECOM", work.Name);
        Assert.Equal("Junior Architect", work.Position);
    }

    [Fact]
    public void Dates_stacked_in_a_left_gutter_make_one_range()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            WORK HISTORY

            2/2018        Clinical Director
            Present       Bright Smiles Family Dentistry · Melbourne, VIC
                          – Led morning huddles for a team of 11

            12/2011       Associate Dentist
            7/2017        Melbourne Dental Group · Melbourne, VIC
                          – Placed 127 dental implants per year

            2004          Dental Resident
            2011          Ward Dental Associates · Melbourne, VIC
            """).Resume;

        Assert.Equal(3, resume.Work.Count);
        Assert.Equal(("Clinical Director", "2018-02", null), (resume.Work[0].Position, resume.Work[0].StartDate, resume.Work[0].EndDate));
        Assert.Equal(("Associate Dentist", "2011-12", "2017-07"), (resume.Work[1].Position, resume.Work[1].StartDate, resume.Work[1].EndDate));
        Assert.Equal(("2004", "2011"), (resume.Work[2].StartDate, resume.Work[2].EndDate));
    }

    [Fact]
    public void Single_dates_listed_latest_first_stay_separate_entries()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            EXPERIENCE

            2022          Lead Driver, DHL
            2019          Truck Driver, Sysco
            """).Resume;

        Assert.Equal(["DHL", "Sysco"], resume.Work.Select(w => w.Name));
    }

    [Fact]
    public void The_letter_o_as_a_bullet_in_plain_text_marks_highlights()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            EMPLOYMENT HISTORY
            ------------------

            12/2020 to 9/2022   Lead Driver | Sysco
                                Galway, Ireland
                                o Hauled curtain-side loads up to 40 tonnes
                                o Trained 6 new drivers on routes, inspections and customer
                                  sites
            """).Resume;

        var work = Assert.Single(resume.Work);
        Assert.Equal(["Hauled curtain-side loads up to 40 tonnes", "Trained 6 new drivers on routes, inspections and customer sites"], work.Highlights);
    }

    [Fact]
    public void A_gutter_date_a_point_or_two_above_its_title_is_not_interleaved_with_it()
    {
        var pdf = new PdfFixture();
        pdf.Text("Saoirse Donnelly", 40, 60, 20, isBold: true);
        pdf.Text("saoirse@example.com  ·  087 464 2506", 40, 85, 9);
        pdf.Text("EXPERIENCE", 40, 120, 12, isBold: true);
        pdf.Text("March 2019 – June 2022", 40, 140, 9);
        pdf.Text("Lead Driver, DHL", 70, 142, 10, isBold: true);
        pdf.Text("• Delivered to 17 stops per day.", 150, 158, 9);

        var work = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("Lead Driver", "DHL"), (work.Position, work.Name));
        Assert.Equal(("2019-03", "2022-06"), (work.StartDate, work.EndDate));
    }

    [Fact]
    public void A_skill_group_named_like_a_section_stays_a_skill_group()
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", "TEACHING\nDifferentiated instruction, Phonics instruction, Lesson planning\n\nTOOLS\nClassDojo, Google Classroom"))
            .Resume.Skills;

        Assert.Contains(skills, s => s.Keywords.SequenceEqual(["Differentiated instruction", "Phonics instruction", "Lesson planning"]));
    }

    [Theory]
    [InlineData("• Case management - 4 years\n• Safety planning - Less than 1 year\n• Court reports – 10 years")]
    [InlineData("• Case management (4 years)\n• Safety planning (Less than 1 year)\n• Court reports (10 years)")]
    public void How_long_a_job_board_skill_was_used_is_not_part_of_its_name(string body)
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", body)).Resume.Skills;

        Assert.Equal(["Case management", "Safety planning", "Court reports"], skills.SelectMany(s => s.Keywords));
    }
}
