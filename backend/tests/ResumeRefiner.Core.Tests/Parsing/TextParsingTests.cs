using ResumeRefiner.Core.Parsing;

namespace ResumeRefiner.Core.Tests.Parsing;

public class TextParsingTests
{
    private const string PlainResume = """
        Jane Q. Doe
        Senior Software Engineer
        Seattle, WA | (206) 555-0149 | jane.doe@example.com | linkedin.com/in/janedoe | github.com/janedoe

        SUMMARY
        Backend engineer with eight years of experience building reliable distributed systems for payments.

        EXPERIENCE
        Acme Payments Inc. | Senior Software Engineer | Jan 2020 – Present
        • Led the migration of the ledger to an event-sourced design, cutting reconciliation time by 80%.
        • Mentored six engineers.

        Globex Corporation — Software Engineer
        06/2016 - 12/2019
        - Built the cloud-native billing pipeline.
        - Reduced infrastructure cost by 30%.

        EDUCATION
        University of Washington
        Bachelor of Science in Computer Science, GPA: 3.8
        2012 - 2016

        SKILLS
        Languages: C#, Go, Python
        Tools: Docker, Kubernetes, PostgreSQL

        CERTIFICATIONS
        AWS Certified Solutions Architect – Associate, 2021

        LANGUAGES
        English (Native), Spanish (Professional)
        """;

    [Fact]
    public void Parses_contact_details_from_the_header()
    {
        var basics = ParseHelpers.ParseText(PlainResume).Resume.Basics;

        Assert.Equal("Jane Q. Doe", basics.Name);
        Assert.Equal("jane.doe@example.com", basics.Email);
        Assert.Equal("(206) 555-0149", basics.Phone);
        Assert.Equal("Seattle", basics.Location?.City);
        Assert.Equal("WA", basics.Location?.Region);
        Assert.Equal("US", basics.Location?.CountryCode);
        Assert.Contains(basics.Profiles, p => p.Network == "LinkedIn" && p.Username == "janedoe");
        Assert.Contains(basics.Profiles, p => p.Network == "GitHub" && p.Username == "janedoe");
        Assert.Equal("Senior Software Engineer", basics.Label);
        Assert.StartsWith("Backend engineer", basics.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_work_entries_with_dates_and_bullets()
    {
        var work = ParseHelpers.ParseText(PlainResume).Resume.Work;

        Assert.Equal(2, work.Count);
        Assert.Equal("Acme Payments Inc.", work[0].Name);
        Assert.Equal("Senior Software Engineer", work[0].Position);
        Assert.Equal("2020-01", work[0].StartDate);
        Assert.Null(work[0].EndDate);
        Assert.Equal(2, work[0].Highlights.Count);
        Assert.Equal("Globex Corporation", work[1].Name);
        Assert.Equal("Software Engineer", work[1].Position);
        Assert.Equal("2016-06", work[1].StartDate);
        Assert.Equal("2019-12", work[1].EndDate);
        Assert.Equal("Built the cloud-native billing pipeline.", work[1].Highlights[0]);
    }

    [Fact]
    public void Parses_education_degree_area_and_score()
    {
        var education = Assert.Single(ParseHelpers.ParseText(PlainResume).Resume.Education);

        Assert.Equal("University of Washington", education.Institution);
        Assert.Equal("Bachelor of Science", education.StudyType);
        Assert.Equal("Computer Science", education.Area);
        Assert.Equal("3.8", education.Score);
        Assert.Equal("2012", education.StartDate);
        Assert.Equal("2016", education.EndDate);
    }

    [Theory]
    [InlineData("PhD Princeton University, Computer Science", "PhD", "Princeton University", "Computer Science")]
    [InlineData("B.Tech, Computer Science and Engineering, Indian Institute of Technology", "B.Tech", "Indian Institute of Technology", "Computer Science and Engineering")]
    [InlineData("MSc University of Edinburgh, Artificial Intelligence", "MSc", "University of Edinburgh", "Artificial Intelligence")]
    public void Reads_degree_school_and_field_from_one_line_in_either_order(string line, string studyType, string institution, string area)
    {
        var education = Assert.Single(ParseHelpers.ParseText($"Jane Doe\n\nEDUCATION\n{line}\nSep 2018 - May 2023\n").Resume.Education);

        Assert.Equal(studyType, education.StudyType);
        Assert.Equal(institution, education.Institution);
        Assert.Equal(area, education.Area);
        Assert.Equal("2018-09", education.StartDate);
    }

    [Fact]
    public void Reads_a_skill_ranking_written_with_comparison_signs_as_a_list()
    {
        var skills = ParseHelpers.ParseText("Jane Doe\n\nSKILLS\nProgramming Languages: C == Python > C++ >= Java\nPlatform: Linux\n").Resume.Skills;

        Assert.Equal(["C", "Python", "C++", "Java"], skills.Single(s => s.Name == "Programming Languages").Keywords);
        Assert.Equal(["Linux"], skills.Single(s => s.Name == "Platform").Keywords);
    }

    [Fact]
    public void Parses_skill_groups_certificates_and_languages()
    {
        var resume = ParseHelpers.ParseText(PlainResume).Resume;

        Assert.Collection(resume.Skills,
            s => Assert.Equal(["C#", "Go", "Python"], s.Keywords),
            s => Assert.Equal(("Tools", 3), (s.Name!, s.Keywords.Count)));
        var cert = Assert.Single(resume.Certificates);
        Assert.Equal("2021", cert.Date);
        Assert.StartsWith("AWS Certified Solutions Architect", cert.Name, StringComparison.Ordinal);
        Assert.Equal(["English", "Spanish"], resume.Languages.Select(l => l.Language));
        Assert.Equal("Native", resume.Languages[0].Fluency);
    }

    [Fact]
    public void Reports_confidence_for_filled_fields()
    {
        var parsed = ParseHelpers.ParseText(PlainResume);

        Assert.Contains(parsed.Confidence, c => c.Path == "basics.email" && c.Score > 0.9);
        Assert.Contains(parsed.Confidence, c => c.Path == "work[0].startDate");
        Assert.All(parsed.Confidence, c => Assert.InRange(c.Score, 0, 1));
        Assert.All(parsed.Confidence, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void Parses_markdown_headings_lists_and_links()
    {
        const string markdown = """
            # Ana Lima
            ana@example.org · [Portfolio](https://analima.dev) · [GitHub](https://github.com/analima)

            ## Work History
            **Data Analyst**, Initech LLC — Mar. 2020 to Current
            - Automated weekly reporting with **Python**.
            - Built dashboards used by 40 managers.

            ## Education
            **MSc in Statistics** — University of Lisbon, 2019

            ## Core Competencies
            - SQL
            - Tableau
            """;

        var resume = ParseHelpers.ParseText(markdown, DocumentKind.Markdown).Resume;

        Assert.Equal("Ana Lima", resume.Basics.Name);
        Assert.Equal("ana@example.org", resume.Basics.Email);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://github.com/analima");
        var job = Assert.Single(resume.Work);
        Assert.Equal("Initech LLC", job.Name);
        Assert.Equal("Data Analyst", job.Position);
        Assert.Equal("2020-03", job.StartDate);
        Assert.Null(job.EndDate);
        Assert.Equal("Automated weekly reporting with Python.", job.Highlights[0]);
        var school = Assert.Single(resume.Education);
        Assert.Equal("University of Lisbon", school.Institution);
        Assert.Equal("2019", school.EndDate);
        Assert.Equal(["SQL", "Tableau"], resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void Parses_markdown_entries_written_as_subheadings()
    {
        const string markdown = """
            # Priya Sharma

            **Full-Stack Developer** | Bengaluru, India | priya.sharma@example.in | +91 98765 43210

            ## Experience

            ### Senior Software Engineer — Flipkart
            *Bengaluru, India* | *Jul 2021 – Present*

            - Led the rewrite of the checkout flow in React 18.

            ### Software Engineer — Infosys
            *Pune, India* | *Jun 2018 – Jun 2021*

            - Built internal tooling in Node.js.

            ## Education

            ### B.Tech in Computer Science — IIT Bombay
            2014 – 2018 | CGPA: 8.9/10

            ## Languages

            English (Fluent), Hindi (Native)
            """;

        var resume = ParseHelpers.ParseText(markdown, DocumentKind.Markdown).Resume;

        Assert.Equal("Full-Stack Developer", resume.Basics.Label);
        Assert.Equal("Bengaluru", resume.Basics.Location?.City);
        Assert.Equal("IN", resume.Basics.Location?.CountryCode);
        Assert.Equal("+91 98765 43210", resume.Basics.Phone);
        Assert.Equal(["Flipkart", "Infosys"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Senior Software Engineer", "Software Engineer"], resume.Work.Select(w => w.Position));
        Assert.Equal(["Bengaluru, India", "Pune, India"], resume.Work.Select(w => w.Location));
        Assert.Equal(("2018-06", "2021-06"), (resume.Work[1].StartDate!, resume.Work[1].EndDate!));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("IIT Bombay", "B.Tech", "Computer Science", "8.9/10"), (school.Institution!, school.StudyType!, school.Area!, school.Score!));
        Assert.Equal(["English", "Hindi"], resume.Languages.Select(l => l.Language));
    }

    [Fact]
    public void Empty_text_is_reported_as_empty()
    {
        var ex = Assert.Throws<UnreadableDocumentException>(() => ParseHelpers.ParseText("  \n\n \t\n"));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }
}
