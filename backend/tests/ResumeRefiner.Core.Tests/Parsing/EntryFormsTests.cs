using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Education lines and list sections in the forms people write them, each inside an otherwise plain resume: the
/// parser must read the same facts whatever the order, separators and brackets.
/// </summary>
public class EntryFormsTests
{
    [Theory]
    [InlineData("Bachelor of Engineering (Mechanical), University of Sydney, 2019", "University of Sydney", "Bachelor of Engineering", "Mechanical", "2019")]
    [InlineData("Juris Doctor, Harvard Law School, 2012", "Harvard Law School", "Juris Doctor", null, "2012")]
    [InlineData("Doctor of Pharmacy (PharmD), University of Florida, 2018", "University of Florida", "Doctor of Pharmacy (PharmD)", null, "2018")]
    [InlineData("Bachelor of Arts (B.A.) in Psychology\nUniversity of Michigan\n2010 – 2014", "University of Michigan", "Bachelor of Arts (B.A.)", "Psychology", "2014")]
    [InlineData("University of Toronto, Toronto, ON\nHonours Bachelor of Science, Psychology, 2016", "University of Toronto", "Honours Bachelor of Science", "Psychology", "2016")]
    [InlineData("Bachelor's in Accounting from Ohio State University (2011)", "Ohio State University", "Bachelor's", "Accounting", "2011")]
    [InlineData("Northeastern University, Boston, MA — Bachelor of Science in Business Administration — 2016", "Northeastern University", "Bachelor of Science", "Business Administration", "2016")]
    [InlineData("Bachelor of Science Computer Science\nUniversity of Denver\n2012 - 2016", "University of Denver", "Bachelor of Science", "Computer Science", "2016")]
    [InlineData("Master of Public Health Epidemiology, Emory University, 2015", "Emory University", "Master of Public Health", "Epidemiology", "2015")]
    [InlineData("Bachelor of Science - Computer Science, University of Denver (2012 - 2016)", "University of Denver", "Bachelor of Science", "Computer Science", "2016")]
    [InlineData("Computer Science\nBachelor of Science\nUniversity of Denver\n2012 – 2016", "University of Denver", "Bachelor of Science", "Computer Science", "2016")]
    [InlineData("HVAC/R, Certificate, Algonquin College, 2020", "Algonquin College", "Certificate", "HVAC/R", "2020")]
    [InlineData("Ph.D. in Economics\nUniversity of Nebraska · 08/2011 –\n05/2013", "University of Nebraska", "Ph.D.", "Economics", "2013")]
    [InlineData("Economics @ George Mason University\nPh.D. | 2013 – 2018", "George Mason University", "Ph.D.", "Economics", "2018")]
    [InlineData("Higher School Certificate (HSC), Brisbane State High School, 2024", "Brisbane State High School", "Higher School Certificate (HSC)", null, "2024")]
    [InlineData("Meisterbrief, Dental Hygiene, IHK Köln, Note: 1,6, 2017", "IHK Köln", "Meisterbrief", "Dental Hygiene", "2017")]
    [InlineData("Leaving Cert, Coláiste Bríde, 2011", "Coláiste Bríde", "Leaving Cert", null, "2011")]
    [InlineData("BSc (Hons) Computer Science, 2:1\nUniversity of Manchester\n2012 – 2015", "University of Manchester", "BSc (Hons)", "Computer Science", "2015")]
    [InlineData("Titre professionnel Data Analytics, AFPA Paris, 2014", "AFPA Paris", "Titre professionnel", "Data Analytics", "2014")]
    [InlineData("Higher School Certificate (HSC)\nFirst Class Honours\nBrisbane State High School, 2024", "Brisbane State High School", "Higher School Certificate (HSC)", null, "2024")]
    [InlineData("Ngee Ann Polytechnic, CAP 4.4/5.0\nPolytechnic Diploma in Construction Technology\n2017 – 2019", "Ngee Ann Polytechnic", "Polytechnic Diploma", "Construction Technology", "2019")]
    [InlineData("Polytechnic Diploma in Construction Technology\n\nNgee Ann Polytechnic\n2017 – 2019", "Ngee Ann Polytechnic", "Polytechnic Diploma", "Construction Technology", "2019")]
    [InlineData("University of Wisconsin–Madison Summa Cum Laude\nBSN, Nursing\nMay 2024", "University of Wisconsin–Madison", "BSN", "Nursing", "2024")]
    [InlineData("Statistics, Master of Science, Rijksuniversiteit Groningen\nSep 2015 - Jul 2017", "Rijksuniversiteit Groningen", "Master of Science", "Statistics", "2017")]
    public void Reads_an_education_line_in_any_common_form(string line, string institution, string studyType, string? area, string endYear)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", line)).Resume.Education);

        Assert.Equal(institution, education.Institution);
        Assert.Equal(studyType, education.StudyType);
        Assert.Equal(area, education.Area);
        Assert.StartsWith(endYear, education.EndDate, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_with_one_dash_is_still_prose()
    {
        var summary = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SUMMARY", "Dispatcher with six years of experience — mostly in regional freight and last-mile delivery for grocers."))
            .Resume.Basics.Summary;

        Assert.StartsWith("Dispatcher with six years", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Pieces_set_apart_after_a_skills_label_are_separate_skills()
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", "Tools:    Tableau    SharePoint    Power BI    Stata")).Resume.Skills;

        var group = Assert.Single(skills);
        Assert.Equal("Tools", group.Name);
        Assert.Equal(["Tableau", "SharePoint", "Power BI", "Stata"], group.Keywords);
    }

    [Fact]
    public void A_dash_sets_a_label_before_a_list_but_not_inside_one_skill()
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", "Clinical — Procedural sedation · Cardiology · Point-of-care ultrasound\nEpic, Cerner — inpatient charting"))
            .Resume.Skills;

        var clinical = Assert.Single(skills, s => s.Name == "Clinical");
        Assert.Equal(["Procedural sedation", "Cardiology", "Point-of-care ultrasound"], clinical.Keywords);
        Assert.DoesNotContain(skills, s => s.Name?.StartsWith("Epic", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_labelled_cell_beside_a_group_name_names_the_group()
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", "Organisational skills    Account management: Upselling, Churn analysis, Onboarding")).Resume.Skills;

        var group = Assert.Single(skills);
        Assert.Equal("Account management", group.Name);
        Assert.Equal(["Upselling", "Churn analysis", "Onboarding"], group.Keywords);
    }

    [Fact]
    public void A_languages_section_ends_at_its_last_language()
    {
        var resume = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("LANGUAGES", "Spanish (Native), English (Full professional proficiency)\n\n1557 Willow Way, Apt 14C, Charlotte, NC 28276"))
            .Resume;

        Assert.Equal(["Spanish", "English"], resume.Languages.Select(l => l.Language));
        Assert.DoesNotContain(resume.Skills, s => s.Keywords.Any(k => k.Contains("Willow", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_grid_of_languages_over_their_levels()
    {
        var pdf = new PdfFixture()
            .Text("Jordan Avery", 50, 50, 20, isBold: true)
            .Text("jordan.avery@example.com | (555) 201-3344", 50, 75)
            .Text("Languages", 50, 110, 14, isBold: true)
            .Text("Spanish", 50, 135).Text("English", 300, 135)
            .Text("Native speaker", 50, 148).Text("Advanced", 300, 148)
            .Build();

        var languages = ParseHelpers.Parse(pdf, DocumentKind.Pdf).Resume.Languages;

        Assert.Equal([("Spanish", "Native speaker"), ("English", "Advanced")], languages.Select(l => (l.Language, l.Fluency)));
    }

    [Fact]
    public void Additional_information_is_a_section_of_its_own()
    {
        var resume = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS", "Excel, Dispatch, Routing\n\nADDITIONAL INFORMATION\nFull clean driving licence")).Resume;

        Assert.DoesNotContain(resume.Skills.SelectMany(s => s.Keywords), k => k.Contains("ADDITIONAL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Labelled_fields_say_what_each_value_is()
    {
        var resume = ParseHelpers.ParseText("""
            Jordan Avery
            Email: jordan.avery@example.com
            Phone: (555) 201-3344

            WORK HISTORY
            Job Title: Dispatch Supervisor
            Company: Northwind Logistics
            Location: Denver, CO
            Dates: March 2019 - Present
            Responsibilities:
            - Scheduled 40 drivers across two depots

            Employer: Contoso Freight
            Position: Dispatcher
            Dates: June 2015 - February 2019
            - Handled 120 calls per shift

            EDUCATION
            Degree: Bachelor of Arts in History
            School: University of Denver
            Graduated: 2015
            """).Resume;

        Assert.Equal([("Northwind Logistics", "Dispatch Supervisor", "2019-03"), ("Contoso Freight", "Dispatcher", "2015-06")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
        Assert.Equal("Denver, CO", resume.Work[0].Location);
        var education = Assert.Single(resume.Education);
        Assert.Equal(("University of Denver", "Bachelor of Arts", "History", "2015"), (education.Institution, education.StudyType, education.Area, education.EndDate));
    }

    [Fact]
    public void Labelled_start_and_end_dates_on_lines_of_their_own_make_one_range()
    {
        var resume = ParseHelpers.ParseText("""
            Jordan Avery
            Email: jordan.avery@example.com

            Work Experience
            Job title: Dispatch Supervisor
            Employer: Northwind Logistics
            Start date: March 2019
            End date: Present
            Employment type: Full-time

            Job title: Dispatcher
            Employer: Contoso Freight
            Start date: June 2015
            End date: February 2019
            """).Resume;

        Assert.Equal([("Northwind Logistics", "2019-03", (string?)null), ("Contoso Freight", "2015-06", "2019-02")],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
        Assert.Equal("Dispatch Supervisor", resume.Work[0].Position);
    }

    [Fact]
    public void Reads_a_form_like_profile_with_labelled_contacts_and_measured_skills()
    {
        var resume = ParseHelpers.ParseText("""
            Name: Jordan Avery
            Headline: Dispatch Supervisor
            Mobile: (555) 201-3344
            E-mail: jordan.avery@example.com

            Skills:
            Scheduling (5 years), Excel (Expert), Dispatch (less than 1 year)

            Certifications:
            Certified Dispatcher (CD), issued May 2018
            """).Resume;

        Assert.Equal("Jordan Avery", resume.Basics.Name);
        Assert.Equal("Dispatch Supervisor", resume.Basics.Label);
        Assert.Equal(["Scheduling", "Excel", "Dispatch"], resume.Skills.SelectMany(s => s.Keywords));
        var certificate = Assert.Single(resume.Certificates);
        Assert.Equal(("Certified Dispatcher (CD)", "2018-05"), (certificate.Name, certificate.Date));
    }

    [Fact]
    public void Knows_the_section_names_of_academic_and_trades_resumes()
    {
        var resume = ParseHelpers.ParseText("""
            Dr. Amara Okafor
            amara.okafor@example.edu | (555) 410-2211

            ACADEMIC APPOINTMENTS
            Assistant Professor of Chemistry, University of Denver    2019 – Present

            TOOLS & EQUIPMENT
            Fume hoods, Rotary evaporators, HPLC

            PROFESSIONAL MEMBERSHIPS
            American Chemical Society
            """).Resume;

        var work = Assert.Single(resume.Work);
        Assert.Equal("2019", work.StartDate);
        Assert.Equal(["Fume hoods", "Rotary evaporators", "HPLC"], resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void Unbulleted_highlights_without_full_stops_stay_apart()
    {
        var pdf = new PdfFixture()
            .Text("Jordan Avery", 50, 50, 20, isBold: true)
            .Text("jordan.avery@example.com | (555) 201-3344", 50, 75)
            .Text("Experience", 50, 110, 14, isBold: true)
            .Text("Account Manager", 50, 130, isBold: true).Text("Feb 2022 - Mar 2025", 420, 130)
            .Text("WPP, Grand Rapids, MI", 50, 143)
            .Text("Turned around 8 at-risk accounts after service problems, in", 62, 158)
            .Text("close partnership with customer success and marketing", 62, 171)
            .Text("Onboarded 11 new customers per quarter in under 37 days", 62, 184)
            .Text("Ran quarterly business reviews with client executives", 62, 197)
            .Build();

        var work = Assert.Single(ParseHelpers.Parse(pdf, DocumentKind.Pdf).Resume.Work);

        Assert.Equal(3, work.Highlights.Count);
        Assert.EndsWith("customer success and marketing", work.Highlights[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_range_wrapped_in_a_date_column_is_read_whole()
    {
        var pdf = new PdfFixture()
            .Text("Jordan Avery", 50, 50, 20, isBold: true)
            .Text("jordan.avery@example.com | (555) 201-3344", 50, 75)
            .Text("Work History", 50, 110, 14, isBold: true)
            .Text("June 2006–", 50, 130, isBold: true).Text("Senior Technician – Howard Motors Co.", 150, 130, isBold: true)
            .Text("June 2010", 50, 143).Text("• Raised shop hours per repair order by 8%", 154, 143)
            .Text("June 2003–", 50, 165, isBold: true).Text("Service Technician – Romero Auto Repair", 150, 165, isBold: true)
            .Text("May 2006", 50, 178).Text("• Diagnosed engine and drivability problems", 154, 178)
            .Build();

        var work = ParseHelpers.Parse(pdf, DocumentKind.Pdf).Resume.Work;

        Assert.Equal([("2006-06", "2010-06", 1), ("2003-06", "2006-05", 1)], work.Select(w => (w.StartDate, w.EndDate, w.Highlights.Count)));
    }

    [Fact]
    public void A_europass_language_grid_under_personal_skills_gives_languages_not_skills()
    {
        var resume = ParseHelpers.ParseText("""
            Jordan Avery
            jordan.avery@example.com

            PERSONAL SKILLS
            Mother tongue(s)    English
            Other language(s)    UNDERSTANDING    SPEAKING    WRITING
            Listening    Reading    Spoken interaction    Spoken production
            French    C1    C1    C1    C1    C1
            German    B1    B1    B1    B1    B1
            Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user
            """).Resume;

        Assert.Equal([("English", null), ("French", "C1"), ("German", "B1")], resume.Languages.Select(l => (l.Language, l.Fluency)));
        Assert.Empty(resume.Skills.SelectMany(s => s.Keywords));
    }

    [Theory]
    [InlineData("Route Optimizer: a Python tool that cut delivery miles by 12%\nFleet Dashboard: a Power BI report for 40 drivers")]
    [InlineData("Route Optimizer — Python tool that cut delivery miles by 12%\nFleet Dashboard — Power BI report for 40 drivers")]
    [InlineData("Route Optimizer, Lead Developer\nPython tool that cut delivery miles by 12%.\nFleet Dashboard, Analyst\nPower BI report for 40 drivers.")]
    public void Reads_each_project_by_its_name(string body)
    {
        var projects = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", body)).Resume.Projects;

        Assert.Equal(["Route Optimizer", "Fleet Dashboard"], projects.Select(p => p.Name));
    }

    /// <summary>
    /// A narrow column wraps a credential's name ("Certified Logistics" / "Associate (CLA)") over its issuer and date: the
    /// wrapped line belongs to the name when its first word could not have fitted beside the line above; a name closed by
    /// its acronym or its credential's noun is whole.
    /// </summary>
    [Fact]
    public void A_credential_name_wrapped_in_a_narrow_column_is_one_name()
    {
        var pdf = new PdfFixture()
            .Text("Jordan Avery", 50, 50, 20, isBold: true)
            .Text("jordan.avery@example.com | (555) 201-3344", 50, 75)
            .Text("Certificates", 50, 110, 14, isBold: true)
            .Text("OSHA 10-Hour General", 50, 130).Text("Industry", 50, 143).Text("OSHA, Mar. 2017", 50, 156)
            .Text("Certified Logistics", 50, 169).Text("Associate (CLA)", 50, 182).Text("MSSC, Dec. 2015", 50, 195)
            .Text("Forklift Certification", 50, 208).Text("Toyota, Jul. 2014", 50, 221)
            .Build();

        var certificates = ParseHelpers.Parse(pdf, DocumentKind.Pdf).Resume.Certificates;

        Assert.Equal(["OSHA 10-Hour General Industry", "Certified Logistics Associate (CLA)", "Forklift Certification"], certificates.Select(c => c.Name));
    }

    /// <summary>
    /// A right-aligned sidebar prints each credential over its issuer, the pairs set apart by wider spacing ("Tanker
    /// Endorsement" / "Colorado DMV", a space, "TWIC Card" / "TSA"); a credential alone in its group names no issuer.
    /// </summary>
    [Fact]
    public void Credentials_over_their_issuers_in_spaced_pairs_are_read_without_the_issuers()
    {
        var pdf = new PdfFixture()
            .Text("Jordan Avery", 50, 50, 20, isBold: true)
            .Text("jordan.avery@example.com | (555) 201-3344", 50, 75)
            .TextRight("Certificates", 560, 110, 14)
            .TextRight("Tanker Endorsement", 560, 132).TextRight("Colorado DMV", 560, 144)
            .TextRight("TWIC Card", 560, 164).TextRight("TSA", 560, 176)
            .TextRight("Forklift Operator Certification", 560, 196)
            .Build();

        var certificates = ParseHelpers.Parse(pdf, DocumentKind.Pdf).Resume.Certificates;

        Assert.Equal([("Tanker Endorsement", "Colorado DMV"), ("TWIC Card", "TSA"), ("Forklift Operator Certification", null)], certificates.Select(c => (c.Name, c.Issuer)));
    }

    /// <summary>
    /// "Achievements:" printed over the bullets of every job is a label inside the entries, not the heading of an awards
    /// section that would swallow the jobs after the first.
    /// </summary>
    [Fact]
    public void A_label_repeated_under_each_job_is_not_a_section()
    {
        var work = ParseHelpers.ParseText("""
            Jordan Avery
            jordan.avery@example.com | (555) 201-3344

            CAREER EXPERIENCE
            Denny's, Seattle, WA   2024 – Present
            Prep Cook
            Achievements:
            • Trained 10 new cooks on station setup and food safety
            Bluewater Grill, Seattle, WA   2023 – 2024
            Line Cook
            Achievements:
            • Prepped sauces, proteins and vegetables for 3 services a day
            """).Resume.Work;

        Assert.Equal([("Denny's", 1), ("Bluewater Grill", 1)], work.Select(w => (w.Name, w.Highlights.Count)));
    }

    [Fact]
    public void A_consultants_project_history_naming_clients_holds_the_jobs_when_no_other_section_does()
    {
        var resume = ParseHelpers.ParseText("""
            Jordan Avery
            jordan.avery@example.com | (555) 201-3344 | Denver, CO

            PROJECT HISTORY
            Client: Northwind Health · Role: Operations Consultant · 03/2021 – 11/2022
            - Cut claim turnaround from 12 days to 5
            """).Resume;

        Assert.Equal("Northwind Health", Assert.Single(resume.Work).Name);
        Assert.Empty(resume.Projects);
    }

    [Fact]
    public void A_one_line_client_and_role_header_names_the_employer_role_and_dates()
    {
        var work = Assert.Single(ParseHelpers.ParseText("""
            Jordan Avery
            jordan.avery@example.com | (555) 201-3344 | Denver, CO

            EXPERIENCE
            Client: Northwind Health · Role: Operations Consultant · 03/2021 – 11/2022
            - Cut claim turnaround from 12 days to 5
            """).Resume.Work);

        Assert.Equal(("Northwind Health", "Operations Consultant"), (work.Name, work.Position));
        Assert.StartsWith("2021-03", work.StartDate, StringComparison.Ordinal);
        Assert.StartsWith("2022-11", work.EndDate, StringComparison.Ordinal);
    }
}
