using ResumeRefiner.Core.Analysis.Content;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Analysis;

public class ContentChecksTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static CheckContext Context(string[] bullets, string? endDate = "2024-01", string? summary = "Engineer.", string? text = null, Basics? basics = null) => new(new Resume
    {
        Basics = basics ?? new Basics { Summary = summary },
        Work = [new Work { Position = "Engineer", StartDate = "2020-01", EndDate = endDate, Highlights = bullets }],
    }, text, Today, null);

    private static List<string> Rules(IEnumerable<Finding> findings) => findings.Select(f => f.Rule).ToList();

    [Fact]
    public void Action_verb_passes_a_strong_opener()
    {
        Assert.Empty(ContentChecks.ActionVerbs(Context(["Reduced invoice errors by 30% across 4 regions"])));
    }

    [Fact]
    public void Action_verb_flags_a_duty_opener_with_its_location()
    {
        var finding = Assert.Single(ContentChecks.ActionVerbs(Context(["Reduced costs by 10% in a year", "Responsible for the monthly payroll run"])));
        Assert.Equal("work[0].highlights[1]", finding.Location);
        Assert.Contains("responsible for", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantified_results_pass_when_bullets_have_numbers()
    {
        Assert.Empty(ContentChecks.QuantifiedResults(Context(["Cut costs by $40K", "Grew revenue 12%", "Trained the new hires well"])));
    }

    [Fact]
    public void Quantified_results_flag_bullets_without_numbers()
    {
        var findings = ContentChecks.QuantifiedResults(Context(["Managed the team well", "Improved processes a lot", "Led the migration project"])).ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingCategory.Content, f.Category));
    }

    [Theory]
    [InlineData("Led the payroll migration for 400 employees on time", 0)]
    [InlineData("Did payroll", 1)]
    [InlineData("Led the payroll migration for 400 employees across six countries while also coordinating the vendors, the auditors, the finance team and the regional HR leads through a period of significant change and restructuring at the company", 1)]
    public void Bullet_length_flags_too_short_and_too_long(string bullet, int expected) =>
        Assert.Equal(expected, ContentChecks.BulletLength(Context([bullet])).Count());

    [Fact]
    public void Word_count_flags_a_very_short_resume_and_passes_a_full_one()
    {
        Assert.Contains("word-count", Rules(ContentChecks.Length(Context(["Led a team of 5"], text: "Jane Doe\nEngineer\nLed a team of 5"))));
        var full = string.Join(' ', Enumerable.Repeat("Delivered projects for clients in 3 markets.", 60));
        Assert.DoesNotContain("word-count", Rules(ContentChecks.Length(Context(["Led a team of 5"], text: full))));
    }

    [Fact]
    public void Page_count_is_judged_against_experience()
    {
        var context = new CheckContext(new Resume { Work = [new Work { StartDate = "2024-06", Highlights = ["Led a team of 5"] }] }, null, Today, 3);
        Assert.Contains("page-count", Rules(ContentChecks.Length(context)));
        var senior = new CheckContext(new Resume { Work = [new Work { StartDate = "2005-06", Highlights = ["Led a team of 5"] }] }, null, Today, 2);
        Assert.DoesNotContain("page-count", Rules(ContentChecks.Length(senior)));
    }

    [Fact]
    public void First_person_pronouns_are_flagged()
    {
        Assert.Single(ContentChecks.FirstPerson(Context(["I led a team of 5 analysts"])));
        Assert.Empty(ContentChecks.FirstPerson(Context(["Led a team of 5 analysts"])));
    }

    [Fact]
    public void Cliches_are_flagged()
    {
        Assert.Single(ContentChecks.Cliches(Context(["Led a team of 5"], summary: "Results-driven team player with a passion for data.")));
        Assert.Empty(ContentChecks.Cliches(Context(["Led a team of 5"], summary: "Data analyst with 6 years in retail pricing.")));
    }

    [Fact]
    public void Repeated_verbs_are_flagged_from_the_third_use()
    {
        Assert.Single(ContentChecks.RepeatedVerbs(Context(["Managed A for 2 years", "Managed B for 3 years", "Managed C for 4 years"])));
        Assert.Empty(ContentChecks.RepeatedVerbs(Context(["Managed A for 2 years", "Built B for 3 years", "Cut C by 4%"])));
    }

    [Fact]
    public void Tense_must_be_past_for_a_past_role_and_consistent_for_a_current_one()
    {
        Assert.Single(ContentChecks.TenseConsistency(Context(["Manage a team of 5", "Built the API"], endDate: "2023-05")));
        Assert.Empty(ContentChecks.TenseConsistency(Context(["Managed a team of 5", "Built the API"], endDate: "2023-05")));
        Assert.Single(ContentChecks.TenseConsistency(Context(["Manage a team of 5", "Built the API", "Lead hiring"], endDate: null)));
        Assert.Empty(ContentChecks.TenseConsistency(Context(["Manage a team of 5", "Lead hiring"], endDate: null)));
    }

    [Fact]
    public void Missing_summary_is_flagged()
    {
        Assert.Single(ContentChecks.SummaryPresent(Context(["Led a team"], summary: null)));
        Assert.Empty(ContentChecks.SummaryPresent(Context(["Led a team"], summary: "Analyst with 5 years in pricing.")));
    }

    [Fact]
    public void Contact_details_must_be_complete()
    {
        var missing = Rules(ContentChecks.ContactDetails(Context([], basics: new Basics())));
        Assert.Equal(["contact-email", "contact-phone", "contact-location", "contact-linkedin"], missing);
        var complete = new Basics
        {
            Email = "a@b.example",
            Phone = "555-0100",
            Location = new Location { City = "Dayton", Region = "OH" },
            Profiles = [new Profile { Network = "LinkedIn", Url = "https://linkedin.com/in/a" }],
        };
        Assert.Empty(ContentChecks.ContactDetails(Context([], basics: complete)));
    }

    [Fact]
    public void Unusual_headings_are_flagged_and_standard_ones_pass()
    {
        Assert.Empty(ContentChecks.StandardHeadings(Context([], text: "EXPERIENCE\nLed a team\nEDUCATION\nBS, 2010\nSKILLS\nSQL")));
        var finding = Assert.Single(ContentChecks.StandardHeadings(Context([], text: "WHERE I'VE MADE MAGIC\nLed a team")));
        Assert.Contains("WHERE I'VE MADE MAGIC", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_formats_must_be_consistent()
    {
        Assert.Empty(ContentChecks.DateFormats(Context([], text: "Jan 2020 - Mar 2022\nApr 2022 - Present")));
        Assert.Single(ContentChecks.DateFormats(Context([], text: "Jan 2020 - 03/2022\nApril 2022 - Present")));
    }

    [Fact]
    public void Dates_must_make_sense()
    {
        var resume = new Resume
        {
            Work =
            [
                new Work { StartDate = "2022-05", EndDate = "2021-01" },
                new Work { StartDate = "2027-01" },
                new Work { StartDate = "2020-01", EndDate = "2021-01" },
            ],
        };
        var findings = ContentChecks.DateSanity(new CheckContext(resume, null, Today, null)).ToList();
        Assert.Equal(["work[0].endDate", "work[1].startDate"], findings.Select(f => f.Location));
    }
}
