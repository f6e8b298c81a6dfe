namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>
/// Forms earlier probes found misread, each written as people write them: a label with a wide gap before a phone
/// whose last group has six digits, teaching sections of an academic CV, an acronym school after a bare
/// degree, a project's technologies in brackets and abbreviated degree names.
/// </summary>
public class ProbeFormsTests
{
    [Theory]
    [InlineData("Phone:  +44 7700 900123")]
    [InlineData("Phone:        +44 7700 900123")]
    [InlineData("Tel.\t+44 7700 900123")]
    [InlineData("Mobile :   +44 7700 900123")]
    public void Reads_a_labelled_phone_after_a_wide_gap(string line)
    {
        var basics = ParseHelpers.ParseText($"""
            Harriet Cole
            {line}
            Email:  harriet.cole@example.co.uk

            EXPERIENCE
            Nurse, NHS Leeds, 2018 – 2024
            """).Resume.Basics;

        Assert.Equal("+44 7700 900123", basics.Phone);
    }

    [Theory]
    [InlineData("TEACHING EXPERIENCE")]
    [InlineData("COURSES TAUGHT")]
    [InlineData("Teaching Activities")]
    public void Teaching_sections_are_headings_not_publications(string heading)
    {
        var resume = ParseHelpers.ParseText($"""
            Dr. Priya Nair
            priya.nair@example.edu

            PUBLICATIONS
            Nair P, Ortiz J. Sleep and memory in older adults. J Neurosci. 2020;180(4):112-120.

            {heading}
            Introduction to Neuroscience (NEUR 101), University of Michigan, 2019 – 2022
            Research Methods in Psychology, University of Michigan, 2021
            """).Resume;

        var publication = Assert.Single(resume.Publications);
        Assert.StartsWith("Nair P, Ortiz J. Sleep and memory", publication.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(resume.Publications, p => (p.Name ?? "").Contains("Neuroscience (NEUR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MBA, INSEAD, 2019", "INSEAD", "MBA")]
    [InlineData("MBA — INSEAD — 2019", "INSEAD", "MBA")]
    [InlineData("LLM, LSE, 2019", "LSE", "LLM")]
    [InlineData("MSc, ETH Zurich, 2019", "ETH Zurich", "MSc")]
    public void An_acronym_school_after_a_bare_degree_is_the_school(string line, string institution, string studyType)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", line)).Resume.Education);

        Assert.Equal(institution, education.Institution);
        Assert.Equal(studyType, education.StudyType);
        Assert.Null(education.Area);
    }

    [Theory]
    [InlineData("Route Optimizer (Python, OR-Tools)\n- Planned delivery routes for 40 drivers.")]
    [InlineData("Route Optimizer [Python, OR-Tools]\n- Planned delivery routes for 40 drivers.")]
    [InlineData("Route Optimizer (Python, OR-Tools), 2021\n- Planned delivery routes for 40 drivers.")]
    public void A_project_name_drops_its_bracketed_technologies(string body)
    {
        var project = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", body)).Resume.Projects);

        Assert.Equal("Route Optimizer", project.Name);
    }

    [Fact]
    public void A_bracketed_word_that_is_not_a_technology_list_stays_in_the_name()
    {
        var project = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("PROJECTS", "Community Garden (Volunteer)\n- Built 12 raised beds.")).Resume.Projects);

        Assert.StartsWith("Community Garden", project.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BComm in Accounting, University of Ottawa, 2016", "BComm", "Accounting")]
    [InlineData("BCom Finance, University of Cape Town, 2016", "BCom", "Finance")]
    [InlineData("BEcon in Economics, University of Ottawa, 2016", "BEcon", "Economics")]
    [InlineData("MEd in Curriculum Studies, University of Ottawa, 2016", "MEd", "Curriculum Studies")]
    [InlineData("BEng in Civil Engineering, University of Ottawa, 2016", "BEng", "Civil Engineering")]
    [InlineData("MEng Mechanical Engineering, University of Ottawa, 2016", "MEng", "Mechanical Engineering")]
    public void Reads_abbreviated_degrees(string line, string studyType, string area)
    {
        var education = Assert.Single(ParseHelpers.ParseText(ParseHelpers.PlainResumeWith("EDUCATION", line)).Resume.Education);

        Assert.Equal(studyType, education.StudyType);
        Assert.Equal(area, education.Area);
    }
}
