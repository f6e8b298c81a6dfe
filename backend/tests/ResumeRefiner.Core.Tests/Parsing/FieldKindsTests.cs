namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// What is read out of education, certificate and language entries once their sections are found, in more of the
/// forms people of many countries and trades print them: schools named in their own languages, grades and classes of
/// degree beside the field, degrees set apart from their schools, licence numbers and expiry dates beside a
/// credential, languages with ratings, table heads and names the parser had no list for.
/// </summary>
public class FieldKindsTests
{
    [Fact]
    public void A_score_is_not_read_as_a_field()
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION",
            "Ngee Ann Polytechnic, CAP 4.4/5.0\nPolytechnic Diploma in Construction Technology\n2017 – 2019")).Resume.Education);

        Assert.Equal("4.4/5.0", education.Score);
    }

    [Fact]
    public void Degrees_printed_over_their_schools_stay_with_their_schools()
    {
        var education = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", """
            Doctor of Philosophy, Psychology
            San José State University
            Bachelor of Arts, Psychology
            San Diego State University
            """)).Resume.Education;

        Assert.Equal(["San José State University", "San Diego State University"], education.Select(e => e.Institution));
        Assert.Equal(["Doctor of Philosophy", "Bachelor of Arts"], education.Select(e => e.StudyType));
    }

    [Theory]
    [InlineData("2014 – 2018   Bachelor of Science in Business Administration — Grand Valley State\nUniversity", "Grand Valley State University")]
    [InlineData("Master of Arts, Education\nUniversidade Estadual de\nCampinas (Unicamp)\n2012", "Universidade Estadual de Campinas (Unicamp)")]
    [InlineData("Associate of Arts, Legal Assistant\nNorthern Virginia Community\nCollege\n2010 – 2012", "Northern Virginia Community College")]
    public void Reads_a_school_name_that_runs_onto_the_next_line(string body, string institution)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", body)).Resume.Education);

        Assert.Equal(institution, education.Institution);
    }

    [Theory]
    [InlineData("Associate of Arts in Supply Chain\nManagement\nSalt Lake Community College\n2010 – 2012", "Supply Chain Management")]
    [InlineData("Master of Education, Curriculum and\nInstruction\nUniversity of Denver\n2010 – 2012", "Curriculum and Instruction")]
    public void Reads_a_field_that_runs_onto_the_next_line(string body, string area)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", body)).Resume.Education);

        Assert.Equal(area, education.Area);
    }

    [Fact]
    public void Reads_the_field_on_the_line_under_a_bare_degree()
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION",
            "University of Leeds\nMSc\nData Science\n2018 – 2019")).Resume.Education);

        Assert.Equal(("MSc", "Data Science"), (education.StudyType, education.Area));
    }

    [Fact]
    public void Reads_an_abbreviated_degree_printed_after_its_field()
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION",
            "Data Science MSc, University of Leeds, 2019")).Resume.Education);

        Assert.Equal(("MSc", "Data Science", "University of Leeds"), (education.StudyType, education.Area, education.Institution));
    }

    [Fact]
    public void A_rating_printed_beside_a_skill_is_not_a_skill()
    {
        var skills = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("SKILLS",
            "Meta-analysis            60%\nExperimental design      75%\nFigma                    Expert")).Resume.Skills;

        Assert.Equal(["Meta-analysis", "Experimental design", "Figma"], skills.SelectMany(s => s.Keywords.Count > 0 ? s.Keywords : [s.Name ?? string.Empty]));
    }

    [Theory]
    [InlineData("Journeyman Electrician License #E-123456, State of Texas, 2016", "Journeyman Electrician License", "State of Texas")]
    [InlineData("First Aid & CPR – Valid until 03/2027", "First Aid & CPR", null)]
    [InlineData("Red Seal Certified Welder – Issued 2015 – License No. 12345", "Red Seal Certified Welder", null)]
    [InlineData("AWS Certified Welder (D1.1), American Welding Society — Expires 2026", "AWS Certified Welder (D1.1)", "American Welding Society")]
    [InlineData("Medical License, New York Medical Board", "Medical License", "New York Medical Board")]
    [InlineData("CompTIA A+, CompTIA", "CompTIA A+", "CompTIA")]
    [InlineData("Registered Nurse (RN) — California Board of Registered Nursing, License #RN 987654 (exp. 08/2026)", "Registered Nurse (RN)", "California Board of Registered Nursing")]
    public void Reads_a_certificate_without_its_number_or_expiry(string line, string name, string? issuer)
    {
        var certificate = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", line)).Resume.Certificates);

        Assert.Equal(name, certificate.Name);
        Assert.Equal(issuer, certificate.Issuer);
    }

    [Theory]
    [InlineData("ASME Section IX Pipe Qualification\nASME    May 2022\nAWS Certified Welding Inspector (CWI)\nAmerican Welding Society    May 2020")]
    [InlineData("ASME Section IX Pipe Qualification\nASME\nAWS Certified Welding Inspector (CWI)\nAmerican Welding Society")]
    public void A_certificate_over_its_issuer_is_one_certificate(string body)
    {
        var certificates = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", body)).Resume.Certificates;

        Assert.Equal(["ASME Section IX Pipe Qualification", "AWS Certified Welding Inspector (CWI)"], certificates.Select(c => c.Name));
        Assert.Equal(["ASME", "American Welding Society"], certificates.Select(c => c.Issuer));
    }

    [Fact]
    public void Undated_certificates_are_not_paired_when_every_second_line_is_no_issuer()
    {
        var certificates = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", """
            Certified Construction Manager (CCM)
            PMI    Jul 2024
            Project Management Professional (PMP)
            LEED Green Associate    Jul 2014
            """)).Resume.Certificates;

        Assert.Contains("LEED Green Associate", certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_citation_keeps_its_year_and_volume()
    {
        var publication = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PUBLICATIONS",
            "Smith J, Avery J, Lee K. Early mobilisation after hip fracture surgery. Am J Epidemiol. 2020;180(4):12-19.")).Resume.Publications);

        Assert.EndsWith("Am J Epidemiol. 2020;180(4):12-19", publication.Name, StringComparison.Ordinal);
        Assert.Equal("2020", publication.ReleaseDate);
    }

    [Theory]
    [InlineData("Language | Level\nEnglish | Native\nGerman | C1", new[] { "English", "German" })]
    [InlineData("English ●●●●●\nSpanish ●●●○○", new[] { "English", "Spanish" })]
    [InlineData("English 5/5, Dutch 4/5", new[] { "English", "Dutch" })]
    [InlineData("Haitian Creole (native), American Sign Language (intermediate)", new[] { "Haitian Creole", "American Sign Language" })]
    [InlineData("English (C1), Swahili (Native), Kikuyu (Native)", new[] { "English", "Swahili", "Kikuyu" })]
    [InlineData("Hokkien (native), Cebuano (fluent)", new[] { "Hokkien", "Cebuano" })]
    [InlineData("Spanish\nFirst language\nEnglish\nFluent", new[] { "Spanish", "English" })]
    [InlineData("Telugu (Mother tongue), Chinese (Mandarin)", new[] { "Telugu", "Chinese (Mandarin)" })]
    [InlineData("English (C2 (native)), Japanese (B1)", new[] { "English", "Japanese" })]
    [InlineData("Dutch\nNative or bilingual\nproficiency\nEnglish\nProfessional working\nproficiency", new[] { "Dutch", "English" })]
    public void Reads_the_languages_and_nothing_else(string body, string[] languages)
    {
        var spoken = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("LANGUAGES", body)).Resume.Languages;

        Assert.Equal(languages, spoken.Select(l => l.Language));
    }

    [Fact]
    public void A_level_on_the_line_under_a_language_is_its_fluency()
    {
        var spoken = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("LANGUAGES", "Spanish\nFirst language\nEnglish\nFluent")).Resume.Languages;

        Assert.Equal(["First language", "Fluent"], spoken.Select(l => l.Fluency));
    }

    [Theory]
    [InlineData("WHMIS 2015", "WHMIS 2015", null)]
    [InlineData("ISO 9001:2015 Internal Auditor", "ISO 9001:2015 Internal Auditor", null)]
    [InlineData("NEC 2020 Code Update, 2021", "NEC 2020 Code Update", "2021")]
    public void A_year_in_a_credentials_name_is_not_its_date(string line, string name, string? date)
    {
        var certificate = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("CERTIFICATIONS", line)).Resume.Certificates);

        Assert.Equal(name, certificate.Name);
        Assert.Equal(date, certificate.Date);
    }

    [Theory]
    [InlineData("New Graduate RN, Ascension\nJune 2021 - Present", "Ascension", "New Graduate RN")]
    [InlineData("Dental Resident\nWard Dental Associates\n2019 - 2021", "Ward Dental Associates", "Dental Resident")]
    public void A_role_printed_before_its_organisation_is_the_role(string body, string organisation, string role)
    {
        // The helper's resume has a job of its own above this one.
        var work = ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EXPERIENCE", body + "\n- Cared for patients")).Resume.Work[^1];

        Assert.Equal(organisation, work.Name);
        Assert.Equal(role, work.Position);
    }
}
