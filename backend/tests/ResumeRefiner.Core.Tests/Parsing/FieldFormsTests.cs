namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Education, certificate, project and language entries in the forms people of many trades and countries write them,
/// each inside an otherwise plain resume: the parser must read the same fields whatever the wording around them.
/// </summary>
public class FieldFormsTests
{
    [Theory]
    [InlineData("Bachelor of Science, Major in Biology, Minor in Chemistry, University of Toronto, 2016", "University of Toronto", "Bachelor of Science", "Biology", "2016")]
    [InlineData("University of Toronto\nBachelor of Science, Major in Biology, Minor in Chemistry\n2012 – 2016", "University of Toronto", "Bachelor of Science", "Biology", "2016")]
    [InlineData("BA Hons Geography, University of Leeds, 2012", "University of Leeds", "BA Hons", "Geography", "2012")]
    [InlineData("MSc Data Science (Distinction), University College London, 2021", "University College London", "MSc", "Data Science", "2021")]
    [InlineData("BS, Dental Hygiene (Summa Cum Laude), Ohio State University, 2014", "Ohio State University", "BS", "Dental Hygiene", "2014")]
    [InlineData("Associate of Arts, Accounting (3.54/4.00), Minneapolis College, 2002", "Minneapolis College", "Associate of Arts", "Accounting", "2002")]
    [InlineData("BSc Physics (Dean's Honour List), Queen's University, 2015", "Queen's University", "BSc", "Physics", "2015")]
    [InlineData("Master of Science in Nursing (MSN), Duke University, 2019", "Duke University", "Master of Science", "Nursing", "2019")]
    [InlineData("Ph.D. Candidate, Sociology — University of Chicago — Expected 2027", "University of Chicago", "Ph.D. Candidate", "Sociology", "2027")]
    [InlineData("Certificate III in Carpentry, TAFE NSW, 2016", "TAFE NSW", "Certificate III", "Carpentry", "2016")]
    [InlineData("Master 2 Marketing, IAE Lyon, 2018", "IAE Lyon", "Master 2", "Marketing", "2018")]
    [InlineData("Diploma, Welding Technology, Government ITI Pusa, 2007", "Government ITI Pusa", "Diploma", "Welding Technology", "2007")]
    [InlineData("Curso de especialización in UX Design                2017 – 2018\nIronhack", "Ironhack", "Curso de especialización", "UX Design", "2018")]
    [InlineData("BSc Logistics, Hogeschool van Amsterdam, 2020", "Hogeschool van Amsterdam", "BSc", "Logistics", "2020")]
    [InlineData("NVQ Level 3 Diploma in Plumbing, Leeds College of Building, 2015", "Leeds College of Building", "NVQ Level 3 Diploma", "Plumbing", "2015")]
    [InlineData("Culinary Arts Diploma, Institute of Culinary Education, 2015", "Institute of Culinary Education", "Culinary Arts Diploma", null, "2015")]
    [InlineData("Network Administration, Foundation Degree (FdSc), University of Derby, 2012", "University of Derby", "Foundation Degree (FdSc)", "Network Administration", "2012")]
    [InlineData("BACHELOR OF ARTS PUBLIC POLICY\nBOISE STATE UNIVERSITY\n2007 – 2011", "BOISE STATE UNIVERSITY", "BACHELOR OF ARTS", "PUBLIC POLICY", "2011")]
    [InlineData("DOCTOR OF PHYSICAL THERAPY, EMORY UNIVERSITY, 2016", "EMORY UNIVERSITY", "DOCTOR OF PHYSICAL THERAPY", null, "2016")]
    public void Reads_an_education_entry_in_any_common_form(string body, string institution, string studyType, string? area, string endYear)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", body)).Resume.Education);

        Assert.Equal(institution, education.Institution);
        Assert.Equal(studyType, education.StudyType);
        Assert.Equal(area, education.Area);
        Assert.StartsWith(endYear, education.EndDate, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CompTIA Security+ — CompTIA, 2021", "CompTIA Security+", "CompTIA")]
    [InlineData("PMP — Project Management Institute — 2019", "PMP", "Project Management Institute")]
    [InlineData("Journeyman Electrician License – State of Ohio – 2015", "Journeyman Electrician License", "State of Ohio")]
    [InlineData("AWS Certified Solutions Architect – Associate, Amazon Web Services, 2022", "AWS Certified Solutions Architect – Associate", "Amazon Web Services")]
    [InlineData("Certified Public Accountant (CPA), 2018", "Certified Public Accountant (CPA)", null)]
    public void Reads_a_certificate_and_its_issuer(string line, string name, string? issuer)
    {
        var certificate = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", line)).Resume.Certificates);

        Assert.Equal(name, certificate.Name);
        Assert.Equal(issuer, certificate.Issuer);
    }

    [Fact]
    public void Undated_certificates_among_dated_ones_are_elements_of_their_own()
    {
        var certificates = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", """
            Project Management Professional (PMP), PMI, 2019
            OSHA 30-Hour Construction Safety, 2020
            CDL Class A License
            Certified Welder (AWS D1.1), American Welding Society, 2017
            """)).Resume.Certificates;

        Assert.Equal(["Project Management Professional (PMP)", "OSHA 30-Hour Construction Safety", "CDL Class A License", "Certified Welder (AWS D1.1)"],
            certificates.Select(c => c.Name));
        Assert.Null(certificates[2].Date);
    }

    [Fact]
    public void A_date_before_its_certificate_leaves_no_colon_behind()
    {
        var certificates = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", """
            2024-10: Sandler Sales Training, Sandler

            2024-05: Salesforce Certified Administrator

            HubSpot Inbound Sales, HubSpot Academy
            """)).Resume.Certificates;

        Assert.Equal(["Sandler Sales Training", "Salesforce Certified Administrator", "HubSpot Inbound Sales"], certificates.Select(c => c.Name));
        Assert.Equal("2024-10", certificates[0].Date);
    }

    [Fact]
    public void A_certificate_over_its_issuer_line_stays_one_certificate()
    {
        var certificates = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", """
            CSM    Mar 2018
            Scrum Alliance
            Certified Scrum Master
            """)).Resume.Certificates;

        Assert.Single(certificates);
    }

    [Theory]
    [InlineData("Route Optimizer — a Python tool that plans delivery routes for 40 drivers.")]
    [InlineData("Route Optimizer: Planned delivery routes for 40 drivers using Python.")]
    public void A_one_line_project_keeps_its_name(string line)
    {
        var project = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", line)).Resume.Projects);

        Assert.Equal("Route Optimizer", project.Name);
        Assert.NotNull(project.Description);
    }

    [Theory]
    [InlineData("Project name: Route Optimizer\nRole: Lead Developer\n- Planned delivery routes for 40 drivers.")]
    [InlineData("Name: Route Optimizer\n- Planned delivery routes for 40 drivers.")]
    [InlineData("Route Optimizer\nhttps://github.com/javery/route-optimizer\n- Planned delivery routes for 40 drivers.")]
    [InlineData("Route Optimizer\n$45K fleet savings a year from shorter routes for 40 drivers.\nPython, OR-Tools")]
    public void A_project_name_is_read_without_a_label_a_link_or_the_line_below(string body)
    {
        var project = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", body)).Resume.Projects);

        Assert.Equal("Route Optimizer", project.Name);
    }

    [Fact]
    public void One_line_projects_are_not_joined_into_one_paragraph()
    {
        var projects = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", """
            Route Optimizer — a Python tool that plans delivery routes for 40 drivers.
            Fleet Dashboard — a Power BI report of fuel use across the fleet.
            Portland Transit Hub — $45M 6-story new build, delivered on schedule.
            """)).Resume.Projects;

        Assert.Equal(["Route Optimizer", "Fleet Dashboard", "Portland Transit Hub"], projects.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Fluent in English and Spanish; conversational French.", "English:Fluent", "Spanish:Fluent", "French:conversational")]
    [InlineData("Native English speaker, fluent in Spanish, basic knowledge of French.", "English:Native", "Spanish:fluent", "French:basic")]
    [InlineData("Bilingual English/Spanish", "English:Bilingual", "Spanish:Bilingual")]
    [InlineData("Bilingual (English/Spanish)", "English:Bilingual", "Spanish:Bilingual")]
    [InlineData("Speaks English, Hindi and Marathi", "English:", "Hindi:", "Marathi:")]
    [InlineData("English (Fluent) and Amharic (Native)", "English:Fluent", "Amharic:Native")]
    [InlineData("Languages spoken: English, Vietnamese", "English:", "Vietnamese:")]
    [InlineData("Mandarin Chinese (native), English (IELTS 7.5)", "Mandarin Chinese:native", "English:IELTS 7.5")]
    [InlineData("Swahili, English, Kikuyu", "Swahili:", "English:", "Kikuyu:")]
    public void Reads_languages_written_in_a_sentence_or_a_list(string line, params string[] expected)
    {
        var languages = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("LANGUAGES", line)).Resume.Languages;

        Assert.Equal(expected, languages.Select(l => $"{l.Language}:{l.Fluency}"));
    }
}
