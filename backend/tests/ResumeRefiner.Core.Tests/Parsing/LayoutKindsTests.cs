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

    [Theory]
    [InlineData("NURSING EXPERIENCE")]
    [InlineData("CLASSROOM EXPERIENCE")]
    [InlineData("PROFESSIONAL NURSING EXPERIENCE")]
    public void Experience_named_after_the_trade_is_the_work_section(string heading)
    {
        var resume = ParseHelpers.ParseText(Contacts + $"""
            {heading}
            Registered Nurse, Rush University Medical Center — 2019 – Present
            - Cared for 5 patients per shift on a cardiac step-down unit

            CLINICAL SKILLS
            Telemetry, IV therapy, Wound care
            """).Resume;

        Assert.Equal("Rush University Medical Center", Assert.Single(resume.Work).Name);
        Assert.Equal(["Telemetry", "IV therapy", "Wound care"], Assert.Single(resume.Skills).Keywords);
    }

    [Fact]
    public void A_trade_word_before_experience_in_body_type_is_no_heading()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Lima", 40, 50, 22, isBold: true);
        pdf.Text("ana.lima@example.com", 40, 75, 10);
        pdf.Text("EXPERIENCE", 40, 110, 12, isBold: true);
        pdf.Text("Customer Success Manager, Zendesk", 40, 130, 10);
        pdf.Text("2021 – 2024", 480, 130, 10);
        pdf.Text("Customer Experience", 40, 145, 10);
        pdf.Text("• Kept renewals at 96% for 40 accounts", 44, 160, 10);

        var work = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal("Zendesk", work.Name);
    }

    [Theory]
    [InlineData("Board & Community Leadership")]
    [InlineData("Board Service")]
    public void Board_service_is_volunteering(string heading)
    {
        var resume = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith(heading.ToUpperInvariant(), "Board Member, Denver Food Bank — 2018 – Present"));

        Assert.Equal("Denver Food Bank", Assert.Single(resume.Resume.Volunteer).Organization);
        Assert.Single(resume.Resume.Work);
    }

    [Fact]
    public void Leadership_experience_holds_the_jobs_when_no_other_section_does()
    {
        var resume = ParseHelpers.ParseText(Contacts + """
            LEADERSHIP EXPERIENCE
            Chief Operating Officer, Northwind Health — 2018 – Present
            - Grew revenue from $40M to $95M
            """).Resume;

        Assert.Equal("Northwind Health", Assert.Single(resume.Work).Name);
    }

    [Theory]
    [InlineData("CERTIFICATION & LICENSURE")]
    [InlineData("LICENSURE AND CERTIFICATION")]
    public void Certification_and_licensure_is_the_certificates_section(string heading)
    {
        var resume = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith(heading, "Professional Educator License, Illinois State Board of Education, 2019"));

        Assert.Single(resume.Resume.Certificates);
    }

    [Fact]
    public void Qualifications_listing_degrees_are_the_education_of_a_british_cv()
    {
        var resume = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("QUALIFICATIONS", "BSc (Hons) Psychology, 2:1\nUniversity of Leeds, 2016 – 2019"));

        Assert.Equal("University of Leeds", Assert.Single(resume.Resume.Education).Institution);
        Assert.Empty(resume.Resume.Skills);
    }

    [Fact]
    public void The_name_opens_a_first_line_of_contact_details()
    {
        var resume = ParseHelpers.ParseText("""
            Gabriela Torres | +54 9 11 2135-5154 | g.torres@inbox.example.org
            Buenos Aires, Argentina

            EXPERIENCE
            Head of People at Globant, Buenos Aires (Jan 2020 - Present)

            LANGUAGES
            Spanish (Native), English (C2)
            """).Resume;

        Assert.Equal("Gabriela Torres", resume.Basics.Name);
        Assert.Equal("g.torres@inbox.example.org", resume.Basics.Email);
    }

    [Fact]
    public void An_employer_line_with_its_place_and_dates_is_not_a_list_the_title_continues()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Lima", 40, 50, 22, isBold: true);
        pdf.Text("ana.lima@example.com", 40, 75, 10);
        pdf.Text("NURSING EXPERIENCE", 40, 110, 12, isBold: true);
        pdf.Text("Denver Health, Denver, CO", 40, 130, 10, isBold: true);
        pdf.Text("06/2019 – Present", 480, 130, 10);
        pdf.Text("Registered Nurse", 40, 144, 10);
        pdf.Text("• Cared for 5 patients per shift on a cardiac step-down unit", 44, 159, 10);

        var work = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("Denver Health", "Registered Nurse"), (work.Name, work.Position));
    }

    [Fact]
    public void An_indented_list_without_bullet_glyphs_holds_the_highlights()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Lima", 40, 50, 22, isBold: true);
        pdf.Text("ana.lima@example.com", 40, 75, 10);
        pdf.Text("EXPERIENCE", 40, 110, 12, isBold: true);
        pdf.Text("Pulte Homes, Boise, ID", 40, 130, 10, isBold: true);
        pdf.Text("05/2022 – Present", 480, 130, 10);
        pdf.Text("Lead Carpenter", 40, 144, 10);
        pdf.Lines(54, 159, ["Built and stripped concrete formwork for foundations", "Laid out walls and openings with laser levels",
            "Installed kitchen cabinets for 140 units"], 10, pitch: 15);
        pdf.Text("Cedar Builders", 40, 210, 10, isBold: true);
        pdf.Text("09/2018 – 04/2022", 480, 210, 10);
        pdf.Text("Framer", 40, 224, 10);

        var work = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work;

        Assert.Equal(["Pulte Homes", "Cedar Builders"], work.Select(w => w.Name));
        Assert.Equal(3, work[0].Highlights.Count);
    }

    [Fact]
    public void Hours_salary_and_supervisor_lines_stay_with_their_federal_job()
    {
        var pdf = new PdfFixture();
        pdf.Text("Ana Lima", 40, 50, 22, isBold: true);
        pdf.Text("ana.lima@example.com", 40, 75, 10);
        pdf.Text("WORK EXPERIENCE", 40, 110, 12, isBold: true);
        pdf.Text("Program Analyst", 40, 130, 10, isBold: true);
        pdf.Text("Department of Veterans Affairs, Denver, CO", 40, 144, 10);
        pdf.Text("02/2020 - Present", 40, 158, 10);
        pdf.Text("Hours per week: 40", 40, 172, 10, isBold: true);
        pdf.Text("Series/Grade: GS-0343-11", 40, 186, 10);
        pdf.Text("Supervisor: Karen Whitfield (303-555-0142); may contact", 40, 200, 10);
        pdf.Text("Duties, Accomplishments and Related Skills:", 40, 216, 10);
        pdf.Text("• Cut claim processing time by 20% with a new tracking sheet", 44, 231, 10);

        var work = Assert.Single(ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Work);

        Assert.Equal(("Department of Veterans Affairs", "Program Analyst"), (work.Name, work.Position));
        Assert.Equal(["Cut claim processing time by 20% with a new tracking sheet"], work.Highlights);
    }

    [Fact]
    public void A_contact_broken_mid_word_at_a_sidebar_edge_is_joined()
    {
        var pdf = new PdfFixture();
        pdf.Text("GET IN TOUCH", 30, 60, 10, isBold: true);
        pdf.Text("Denver, CO", 30, 78, 9);
        pdf.Text("s.dellacqua@email.exa", 30, 92, 9);
        pdf.Text("mple.com", 30, 104, 9);
        pdf.Text("SKILLS", 30, 130, 10, isBold: true);
        pdf.Lines(30, 146, ["Excel", "Tableau", "SQL"], 9, pitch: 12);
        pdf.Text("Simone Dell'Acqua", 200, 60, 24, isBold: true);
        pdf.Text("EXPERIENCE", 200, 100, 10, isBold: true);
        pdf.Text("Data Analyst, Siemens", 200, 116, 10);
        pdf.Text("2020 – 2024", 480, 116, 10);
        pdf.Text("• Built dashboards used weekly by 170 people", 204, 130, 10);
        pdf.Text("• Automated the monthly sales report in Python", 204, 144, 10);
        pdf.Text("EDUCATION", 200, 170, 10, isBold: true);
        pdf.Text("BSc Statistics, University of Denver, 2019", 200, 186, 10);

        var basics = ParseHelpers.Parse(pdf.Build(), DocumentKind.Pdf).Resume.Basics;

        Assert.Equal("s.dellacqua@email.example.com", basics.Email);
        Assert.Null(basics.Url);
    }
}
