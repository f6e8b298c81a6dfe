using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Issue 17, third pass: what a duty acts on names the skills, whatever the verb.</summary>
public class DutyObjectTests
{
    private static List<string> Names(string duties, string requirements = "- 2+ years of experience") =>
        JobDescriptionAnalyzer.Instance.Analyze($"""
            Technician
            Acme Services — Springfield, IL

            Responsibilities
            {duties}

            Requirements
            {requirements}

            Benefits
            - Health insurance and 401(k)
            """).HardSkills.Select(s => s.Label).ToList();

    [Theory]
    [InlineData("- Prepare privilege logs and trial binders", "privilege logs")]
    [InlineData("- Prepare privilege logs and trial binders", "trial binders")]
    [InlineData("- Triage credit card chargebacks", "credit card chargebacks")]
    [InlineData("- Sign digital radiographs", "digital radiographs")]
    [InlineData("- Perform sampling and substantive testing", "sampling")]
    public void Noun_phrases_a_duty_acts_on_are_skills(string duty, string expected) =>
        Assert.Contains(expected, Names(duty), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("- Keep the kitchen compliant")]
    [InlineData("- Grade assignments and quizzes")]
    [InlineData("- Follow the five rights at every pass")]
    [InlineData("- Share updates with them and hand them over")]
    public void Everyday_objects_modifiers_and_clauses_are_not(string duty) =>
        Assert.Empty(Names(duty, "- Reliable and on time"));

    [Fact]
    public void A_known_skill_qualifying_a_duty_object_is_reported_alone()
    {
        var names = Names("- Evolve our Django monolith toward services");
        Assert.Contains("Django", names);
        Assert.DoesNotContain(names, n => n.Contains("monolith", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_hyphenated_name_opening_with_a_known_word_is_still_a_duty_object() =>
        Assert.Contains("R-410A", Names("- Recover and charge refrigerant (R-410A)"));

    [Theory]
    [InlineData("- Follow infection prevention protocols", "protocols")]
    [InlineData("- Hit food cost targets", "targets")]
    [InlineData("- Onboard third-party integrators", "integrators")]
    public void Rules_goals_and_people_a_duty_acts_on_are_not_skills(string duty, string head) =>
        Assert.DoesNotContain(Names(duty), n => n.Contains(head, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_method_noun_after_a_determiner_is_a_clause_not_a_name()
    {
        Assert.DoesNotContain(Names("- Present designs and explain the reasoning behind them"), n => n.Contains("reasoning", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("diagnostic reasoning", Names("- Teach diagnostic reasoning to residents"), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("- Organized, discreet and able to meet deadlines")]
    [InlineData("- Clear storyteller and empathetic collaborator")]
    public void A_trait_in_the_requirements_is_not_a_duty(string requirement) =>
        Assert.Empty(Names("- Answer the phone", requirement));
}

/// <summary>A taxonomy alias that names one member of an umbrella entry is reported as a skill of its own.</summary>
public class UmbrellaMemberTests
{
    [Theory]
    [InlineData("hydro jetting", "Drain Cleaning")]
    [InlineData("PEX", "Pipe Installation")]
    [InlineData("Procore", "Construction Management Software")]
    [InlineData("HydroCAD", "Hydrology")]
    [InlineData("firmware", "Embedded Systems")]
    public void A_member_shares_no_word_with_its_umbrella(string written, string canonical) =>
        Assert.True(JobDescriptionAnalyzer.NamesAMember(written, canonical));

    [Theory]
    [InlineData("water heaters", "Water Heater Installation")]
    [InlineData("SOC", "Security Operations Center")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("dashboards", "Data Visualization")]
    [InlineData("words per minute", "Typing")]
    public void Another_spelling_is_not_a_member(string written, string canonical) =>
        Assert.False(JobDescriptionAnalyzer.NamesAMember(written, canonical));

    [Fact]
    public void A_posting_reports_the_member_and_its_umbrella()
    {
        var names = JobDescriptionAnalyzer.Instance.Analyze("Plumber\n\nRequirements\n- Clear drains with hydro jetting\n").HardSkills.Select(s => s.Label).ToList();
        Assert.Contains("hydro jetting", names);
        Assert.Contains(names, n => n.StartsWith("Drain Cleaning", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credential_written_another_way_stays_one_skill()
    {
        var names = JobDescriptionAnalyzer.Instance.Analyze("Accountant\n\nRequirements\n- Active CPA license\n").HardSkills.Select(s => s.Label).ToList();
        Assert.Single(names);
    }
}

/// <summary>A short requirement line written only in names lists products or credentials.</summary>
public class ListedNameTests
{
    private static List<string> Names(string requirement) =>
        JobDescriptionAnalyzer.Instance.Analyze($"Engineer\n\nRequirements\n- 3+ years of experience\n{requirement}\n").HardSkills.Select(s => s.Label).ToList();

    [Theory]
    [InlineData("- Zephyr RTOS", "Zephyr RTOS")]
    [InlineData("- Bluebeam Revu", "Bluebeam Revu")]
    [InlineData("- Rhino and Grasshopper", "Grasshopper")]
    [InlineData("- Relativity Certified Administrator", "Relativity Certified Administrator")]
    public void Each_listed_name_is_a_skill(string requirement, string expected) =>
        Assert.Contains(expected, Names(requirement));

    [Theory]
    [InlineData("- Bilingual Spanish", "Bilingual")]
    [InlineData("- Reliable Transportation.", "Reliable Transportation")]
    [InlineData("- Organized and Punctual", "Punctual")]
    public void Traits_and_sentences_are_not_names(string requirement, string unwanted) =>
        Assert.DoesNotContain(unwanted, Names(requirement));
}

/// <summary>An acronym the posting spells out is what the posting says it is.</summary>
public class SpelledOutAcronymTests
{
    private static List<string> Names(string duty) =>
        JobDescriptionAnalyzer.Instance.Analyze($"Agent\n\nWhat you'll do\n{duty}\n").HardSkills.Select(s => s.Label).ToList();

    [Fact]
    public void An_acronym_spelled_out_as_another_thing_is_that_thing()
    {
        var names = Names("- Prepare comparative market analyses (CMA) for buyers");
        Assert.Contains("comparative market analyses (CMA)", names);
        Assert.DoesNotContain(names, n => n.Contains("Medical", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_spelled_out_as_its_own_entry_stays_that_entry() =>
        Assert.Contains(Names("- Room patients as a Certified Medical Assistant (CMA)"), n => n.StartsWith("Certified Medical Assistant", StringComparison.Ordinal));
}
