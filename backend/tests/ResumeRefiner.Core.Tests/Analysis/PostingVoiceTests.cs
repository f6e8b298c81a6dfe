using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Issue 17, fifth pass: postings written as prose, public-sector notices and boilerplate read by who speaks.</summary>
public class PostingVoiceTests
{
    private static List<JobSkill> Skills(string posting) => JobDescriptionAnalyzer.Instance.Analyze(posting).HardSkills.ToList();

    private static List<string> Labels(string posting) => Skills(posting).Select(s => s.Label).ToList();

    [Fact]
    public void Prose_addressed_to_the_candidate_yields_duties_and_requirements()
    {
        var skills = Skills("""
            CNC Machinist
            Brightwater Precision — Kenosha, WI

            We are hiring a machinist to set up and run Haas machining centers. You will read blueprints and set work offsets and tool offsets at the control. Candidates need three years of experience with Mastercam; a Zeiss CMM would be a plus.
            """);
        Assert.Contains(skills, s => s.Name == "Haas");
        Assert.Contains(skills, s => s.Name.Equals("tool offsets", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(skills, s => s.Name == "Mastercam" && s.Required);
    }

    [Fact]
    public void The_employer_speaking_about_itself_before_any_heading_is_the_company()
    {
        var labels = Labels("""
            CNC Machinist
            Brightwater Precision — Kenosha, WI

            Brightwater Precision machines Inconel parts for customers such as Boeing and Stryker. Our shop runs Mazak lathes.

            Requirements
            - 3 years of CNC milling
            """);
        Assert.DoesNotContain(labels, l => l.Contains("Boeing", StringComparison.Ordinal) || l.Contains("Mazak", StringComparison.Ordinal) || l.Contains("Inconel", StringComparison.Ordinal));
    }

    [Fact]
    public void The_job_title_in_its_own_description_is_not_a_licence()
    {
        var labels = Labels("""
            Registered Dental Hygienist
            Smile Co — Boise, ID

            We are looking for a Registered Dental Hygienist to join our practice.

            Requirements
            - 2 years of experience
            """);
        Assert.DoesNotContain(labels, l => l.Contains("License", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Working Conditions", "Must be able to sit for extended periods and use a Motorola radio console.")]
    [InlineData("Physical Demands", "Lift 50 pounds and operate a forklift.")]
    [InlineData("Selection Process", "Candidates must pass a CJIS fingerprint-based background check and a polygraph.")]
    public void Conditions_and_selection_sections_yield_no_skills(string heading, string text) =>
        Assert.Empty(Labels($"""
            Telecommunicator
            Marlow County — Marlow, OH

            Minimum Qualifications
            - One year of experience

            {heading}
            {text}
            """));

    [Theory]
    [InlineData("All staff complete HIPAA training and sign a confidentiality agreement.")]
    [InlineData("Annual influenza vaccination is required of every employee.")]
    [InlineData("Offers are made as a condition of employment after a criminal background check.")]
    public void Policies_for_everyone_are_not_asked_of_the_candidate(string sentence) =>
        Assert.Empty(Labels($"""
            Coder
            Lakeshore — Grand Rapids, MI

            What you'll bring
            - 2+ years of experience
            - {sentence}
            """));

    [Fact]
    public void A_heading_alone_is_not_a_skill() =>
        Assert.DoesNotContain("Minimum Qualifications", Labels("""
            Telecommunicator
            Marlow County — Marlow, OH

            Minimum Qualifications
            High school diploma and one year of call-center experience.

            Desirable Qualifications
            Bilingual in English and Spanish.
            """));

    [Fact]
    public void Dental_work_is_a_duty_and_dental_insurance_a_benefit()
    {
        var posting = """
            Veterinary Technician
            Pet Clinic — Austin, TX

            Responsibilities
            - Take dental radiographs and chart periodontal findings

            Benefits
            - Medical, dental and vision insurance
            """;
        var labels = Labels(posting);
        Assert.Contains(labels, l => l.Contains("Radiograph", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(labels, l => l.Contains("insurance", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("- Publish web maps to ArcGIS Online", "ArcGIS Online")]
    [InlineData("- Familiarity with Epic Resolute", "Epic Resolute")]
    public void A_known_product_followed_by_its_line_name_is_that_product(string line, string product) =>
        Assert.Contains(Labels($"Analyst\n\nRequirements\n{line}\n"), l => l == product);

    [Theory]
    [InlineData("- GraphQL API design", "GraphQL API")]
    [InlineData("- Excel Skills and typing", "Excel Skills")]
    public void Acronyms_and_kinds_of_thing_after_a_product_are_not_its_name(string line, string unwanted) =>
        Assert.DoesNotContain(Labels($"Analyst\n\nRequirements\n{line}\n"), l => l.Contains(unwanted, StringComparison.Ordinal));

    [Theory]
    [InlineData("- Build field collection apps in Field Maps and Survey123", "Field Maps")]
    [InlineData("- Build field collection apps in Field Maps and Survey123", "Survey123")]
    [InlineData("- Track every lead and follow-up in Follow Up Boss", "Follow Up Boss")]
    public void Capitalised_words_inside_a_lower_case_duty_name_a_product(string duty, string expected) =>
        Assert.Contains(expected, Labels($"Analyst\n\nResponsibilities\n{duty}\n"));

    [Fact]
    public void A_line_in_title_case_names_nothing_by_its_capitals() =>
        Assert.DoesNotContain(Labels("Analyst\n\nResponsibilities\n- Work With Our Field Teams In Every Region\n"), l => l.Contains("Field Teams", StringComparison.Ordinal));

    [Fact]
    public void The_employer_saying_what_it_would_like_the_candidate_to_have_states_requirements()
    {
        var skills = Skills("""
            IT Help Desk Technician
            Pell Law LLP — Hartford, CT

            Our firm has offices in two cities. We would like you to have a year of desktop support experience and a working knowledge of DNS and DHCP. We use the same keyboards since 2004.
            """);
        Assert.Contains(skills, s => s.Name == "DHCP" && s.Required);
    }

    [Fact]
    public void A_you_must_line_opens_the_requirements()
    {
        var skills = Skills("""
            Mobile Crane Operator
            Ridge Lift — Tacoma, WA

            On a normal day you will
            - drive the crane between jobs
            You must
            - hold a Class A CDL
            """);
        Assert.Contains(skills, s => s.Label.Contains("CDL", StringComparison.Ordinal) && s.Required);
        Assert.Equal(PostingPart.Requirements, PostingSections.Split("Crane Operator\n\nYou must\n- hold a CDL").Last().Part);
    }

    [Fact]
    public void A_prose_paragraph_under_a_title_that_names_the_employer_is_read_not_taken_for_the_header()
    {
        var labels = Labels("""
            Sommelier — Larkspur Table, Charleston, SC

            Larkspur Table is a tasting-menu restaurant, and we are looking for a floor sommelier to join our team. You would also run the by-the-glass program on Coravin, and keep the cellar inventory in BinWise accurate to the bottle.
            """);
        Assert.Contains("Coravin", labels);
        Assert.Contains("BinWise", labels);
        Assert.DoesNotContain(labels, l => l.Equals("sommelier", StringComparison.Ordinal));
    }
}
