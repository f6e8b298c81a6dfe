using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Issue 17, sixth pass: methods written as a verb and its object, clause verbs, product names and boilerplate.</summary>
public class PostingPhrasesTests
{
    private static List<string> Labels(string duties, string requirements = "- 2 years of experience") =>
        JobDescriptionAnalyzer.Instance.Analyze($"""
            Operations Lead
            Northwind Services — Tulsa, OK

            Responsibilities
            {duties}

            Requirements
            {requirements}
            """).HardSkills.Select(s => s.Label).ToList();

    private static bool Has(List<string> labels, string name) => labels.Any(l => l.Contains(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("- Hire, coach and schedule a team of 30", "Staff Scheduling")]
    [InlineData("- Manage inventory, cycle counts and shrink prevention", "Inventory Management")]
    [InlineData("- Collect rent and process evictions", "rent collection")]
    [InlineData("- Handle complaints from residents", "Complaint Resolution")]
    public void A_duty_verb_and_its_object_name_the_method_the_taxonomy_knows(string duty, string method) =>
        Assert.Contains(Labels(duty), l => l.StartsWith(method, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("- Manage your own schedule")]
    [InlineData("- Handle everything that comes up")]
    [InlineData("- Work closely with the team")]
    public void Generic_duties_name_no_method(string duty) =>
        Assert.Empty(Labels(duty, "- Reliable and punctual"));

    [Fact]
    public void A_verb_object_pair_inside_a_longer_noun_phrase_is_not_that_method()
    {
        // "manage document review" is document review, not document management; "account management" is a name, not "account" + "management".
        var labels = Labels("- Manage document review in Relativity", "- 3+ years in customer success or account management");
        Assert.DoesNotContain(labels, l => l.StartsWith("Document Management", StringComparison.OrdinalIgnoreCase) || l.Contains("document management", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(labels, l => l.Contains("Management Accounting", StringComparison.OrdinalIgnoreCase));
        Assert.True(Has(labels, "document review"));
    }

    [Theory]
    [InlineData("- Read load charts and calculate net capacity", "calculate")]
    [InlineData("- Take calls, reset passwords and unlock accounts in Active Directory", "unlock")]
    [InlineData("- Count, pour and label medications, and fill blister packs", "label medications")]
    public void A_verb_opening_a_later_clause_is_not_part_of_a_skill(string duty, string verb)
    {
        var labels = Labels(duty);
        Assert.DoesNotContain(labels, l => l.Contains(verb, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_noun_that_is_rarely_a_verb_still_opens_a_listed_name()
    {
        // "credit" after "and" qualifies "card chargebacks"; after "calculate" the object is what is left.
        var labels = Labels("- Handle cash handling audits and credit card chargebacks\n- Read load charts and calculate net capacity");
        Assert.True(Has(labels, "credit card chargebacks"));
        Assert.Contains("net capacity", labels);
    }

    [Fact]
    public void A_brand_does_not_pull_in_a_word_that_opens_a_longer_noun_phrase()
    {
        var labels = Labels("- Service Honeywell smart thermostats\n- Run Mazak vertical machining centers");
        Assert.Contains("Honeywell", labels);
        Assert.Contains("Mazak", labels);
        Assert.DoesNotContain(labels, l => l.Contains("smart", StringComparison.Ordinal) || l.Contains("vertical", StringComparison.Ordinal));
    }

    [Fact]
    public void An_imported_product_in_capitals_is_not_the_everyday_word()
    {
        Assert.DoesNotContain(Labels("- Perform line maintenance on our regional jet fleet\n- Track self-care items"), l => l is "JET" or "ITEM");
        Assert.Contains("JET", Labels("- Perform line maintenance", "- Experience with JET"));
    }

    [Fact]
    public void A_word_that_heads_a_named_skill_is_not_reported_alone()
    {
        var labels = JobDescriptionAnalyzer.Instance.Analyze("""
            Backend Engineer

            About the role
            You will build the services that expose our public API to partners.

            Requirements
            - 3+ years building REST APIs
            """).HardSkills.Select(s => s.Name).ToList();
        Assert.Contains("REST APIs", labels);
        Assert.DoesNotContain("API", labels);
    }

    [Theory]
    [InlineData("- Clean up dialogue with iZotope RX", "iZotope RX")]
    [InlineData("- Run client review rounds in Frame.io", "Frame.io")]
    [InlineData("- Export final cuts as ProRes and H.264", "H.264")]
    [InlineData("- Swap toner on our Canon imageRUNNER copiers", "Canon imageRUNNER")]
    public void A_product_is_found_by_its_shape(string duty, string name) =>
        Assert.Contains(name, Labels(duty));

    [Fact]
    public void A_known_brand_takes_in_its_model_number() =>
        Assert.Contains("Sony FX3", Labels("- Shoot interviews", "- Experience shooting on a Sony FX3"));

    [Fact]
    public void A_letter_list_after_a_form_word_names_each_form()
    {
        var labels = Labels("- Prepare individual returns (Form 1040 with Schedules A, C and E)");
        Assert.Contains("Schedule A", labels);
        Assert.Contains("Schedule C", labels);
        Assert.Contains("Schedule E", labels);
        Assert.DoesNotContain("C", labels);
    }

    [Fact]
    public void Letters_that_grade_the_next_word_are_not_forms() =>
        Assert.DoesNotContain(Labels("- Drive to job sites", "- Class A or B CDL"), l => l.StartsWith("Class", StringComparison.Ordinal));

    [Theory]
    [InlineData("- Escalate tickets to our Tier 2 engineers")]
    [InlineData("- Support the Phase 3 rollout and Room 12 handovers")]
    [InlineData("- Email the team at support.example.com")]
    [InlineData("- Follow the checklist, e.g. the opening steps")]
    public void Ranks_addresses_and_abbreviations_are_not_products(string duty) =>
        Assert.DoesNotContain(Labels(duty), l => l.Contains("Tier", StringComparison.Ordinal) || l.Contains("Phase", StringComparison.Ordinal)
            || l.Contains("Room", StringComparison.Ordinal) || l.Contains(".com", StringComparison.Ordinal) || l.Contains("e.g", StringComparison.Ordinal));

    [Fact]
    public void A_one_letter_language_after_a_capitalised_word_is_that_word_s_label() =>
        Assert.DoesNotContain("C", Labels("- Prepare returns for our Schedule C clients"));

    [Fact]
    public void A_product_name_may_end_with_a_word_of_the_employer_s_name()
    {
        var labels = JobDescriptionAnalyzer.Instance.Analyze("""
            Seasonal Tax Preparer
            Ruiz Tax Service — El Paso, TX

            You'll:
            - Interview clients and prepare individual returns in Drake Tax
            """).HardSkills.Select(s => s.Label).ToList();
        Assert.Contains("Drake Tax", labels);
    }
}
