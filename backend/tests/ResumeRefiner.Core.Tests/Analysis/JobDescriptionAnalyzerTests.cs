using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Tests.Analysis;

public class JobDescriptionAnalyzerTests
{
    private const string Posting = """
        Senior Data Engineer
        Acme Freight Analytics — Austin, TX

        About Acme
        Acme builds Kubernetes-based logistics software used by 500 carriers. We love Rust and Haskell.

        What you'll do
        - Build ETL pipelines in Python and Apache Airflow
        - Model data in Snowflake and work with our platform team

        Requirements
        - 4+ years of experience in data engineering
        - Strong SQL and dbt
        - Bachelor's degree in Computer Science or a related field
        - Experience with Tableau is a plus

        Nice to have
        - Terraform

        Benefits
        - Medical, dental and vision insurance; 401(k) with 4% match
        - Free Salesforce and Excel training budget

        Acme is an equal opportunity employer and does not discriminate on the basis of race, color or religion.
        We comply with HIPAA and require a background check and proof of immunizations.
        """;

    private static JobProfile Analyze(string text) => JobDescriptionAnalyzer.Instance.Analyze(text);

    private static List<string> Names(JobProfile job) => job.HardSkills.Select(s => s.Name).ToList();

    [Fact]
    public void Reads_title_years_and_education()
    {
        var job = Analyze(Posting);
        Assert.Equal("Senior Data Engineer", job.JobTitle);
        Assert.Equal(4, job.YearsExperience);
        Assert.Equal("Bachelor's", job.Education);
    }

    [Fact]
    public void Finds_skills_in_duties_requirements_and_nice_to_have()
    {
        var names = Names(Analyze(Posting));
        foreach (var skill in new[] { "ETL", "Python", "Apache Airflow", "Snowflake", "SQL", "dbt", "Tableau", "Terraform" })
        {
            Assert.Contains(skill, names);
        }
    }

    [Fact]
    public void Company_blurb_benefits_and_legal_text_yield_no_skills()
    {
        var names = Names(Analyze(Posting));
        foreach (var skill in new[] { "Kubernetes", "Rust", "Haskell", "Salesforce", "Microsoft Excel", "HIPAA", "Immunization Administration", "Computer Science" })
        {
            Assert.DoesNotContain(skill, names);
        }
    }

    [Fact]
    public void Boilerplate_alone_yields_nothing()
    {
        var job = Analyze("""
            Equal Opportunity Statement
            We are an equal opportunity employer. We do not discriminate on the basis of race, color, religion, sex or disability.
            Benefits
            - Medical, dental and vision insurance, 401(k) match, and paid time off
            - Free Python and SQL courses through our learning stipend
            """);
        Assert.Empty(job.HardSkills);
        Assert.Null(job.YearsExperience);
    }

    [Fact]
    public void Required_and_preferred_follow_sections_and_cues()
    {
        var skills = Analyze(Posting).HardSkills.ToDictionary(s => s.Name, s => s.Required);
        Assert.True(skills["SQL"]);
        Assert.True(skills["Python"]);
        Assert.False(skills["Terraform"]);
        Assert.False(skills["Tableau"]);
    }

    [Theory]
    [InlineData("- 3-6 years of mechanical design experience", 3)]
    [InlineData("- At least 1 year of acute care experience", 1)]
    [InlineData("- Two years of experience in retail", 2)]
    [InlineData("- 5+ years in digital marketing, including 2+ years managing people", 5)]
    public void Years_are_the_minimum_asked(string line, int expected) =>
        Assert.Equal(expected, Analyze($"Role\nRequirements\n{line}\n").YearsExperience);

    [Theory]
    [InlineData("- Graduate of an accredited nursing program; ADN accepted, BSN preferred", "Associate")]
    [InlineData("- High school diploma or GED required; some college is a plus", "High School")]
    [InlineData("- A degree in design or psychology is welcome but not required", null)]
    [InlineData("- Master's degree in social work (MSW)", "Master's")]
    [InlineData("- Master's degree in a quantitative field", "Master's")]
    [InlineData("- J.D. from an accredited law school", "Doctorate")]
    [InlineData("- Advanced MS Excel skills", null)]
    public void Education_is_the_minimum_level(string line, string? expected) =>
        Assert.Equal(expected, Analyze($"Role\nQualifications\n{line}\n").Education);

    [Fact]
    public void A_page_label_above_the_title_is_skipped() =>
        Assert.Equal("Payroll Specialist", Analyze("Job Description\nPayroll Specialist\nRequirements\n- ADP\n").JobTitle);

    [Fact]
    public void Duties_that_mention_a_school_level_do_not_lower_the_degree_asked()
    {
        var job = Analyze("Math Teacher\nResponsibilities\n- Teach high school algebra to 120 students\nQualifications\n- Bachelor's degree in mathematics\n");
        Assert.Equal("Bachelor's", job.Education);
    }

    [Fact]
    public void A_preferred_degree_beyond_the_minimum_is_a_preferred_skill()
    {
        var job = Analyze("Registered Nurse\nQualifications\n- ADN accepted, BSN preferred\n");
        var bsn = Assert.Single(job.HardSkills, s => s.Name == "Bachelor of Science in Nursing");
        Assert.False(bsn.Required);
        Assert.DoesNotContain(job.HardSkills, s => s.Name == "Associate Degree in Nursing");
    }

    [Fact]
    public void Keeps_the_postings_wording_next_to_the_canonical_name()
    {
        var k8s = Assert.Single(Analyze("Platform Engineer\nRequirements\n- Experience with k8s\n").HardSkills);
        Assert.Equal("Kubernetes", k8s.Name);
        Assert.Equal("Kubernetes (k8s)", k8s.Label);
    }

    [Fact]
    public void A_department_name_is_not_a_skill()
    {
        var names = Names(Analyze("Teacher\nResponsibilities\n- Implement IEPs with our special education team\n"));
        Assert.Contains("Individualized Education Program", names);
        Assert.DoesNotContain("Special Education", names);
    }

    [Fact]
    public void Discovers_tool_names_the_taxonomy_lacks()
    {
        var names = Names(Analyze("Researcher\nNice to have\n- Experience with unmoderated research tools such as Quokkalab\n- Reconciliations in FloatPoint\n"));
        Assert.Contains("Quokkalab", names);
        Assert.Contains("FloatPoint", names);
    }

    [Fact]
    public void Soft_skills_are_reported_apart_from_hard_skills()
    {
        var job = Analyze("Analyst\nRequirements\n- Detail-oriented, with strong communication skills\n");
        Assert.Contains("Communication", job.SoftSkills);
        Assert.Contains("Attention to Detail", job.SoftSkills);
        Assert.DoesNotContain(job.HardSkills, s => s.Name == "Communication");
    }
}
