using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class StyleRuleTests
{
    private static readonly Proofreader Proofreader = new();

    [Fact]
    public void First_person_pronouns_are_flagged() =>
        Assert.Equal(2, Issues("I managed my team of 5 engineers.", "STYLE_FIRST_PERSON").Count);

    [Fact]
    public void Verb_first_bullets_have_no_pronoun_issue() =>
        Assert.Empty(Issues("Managed a team of 5 engineers.", "STYLE_FIRST_PERSON"));

    [Theory]
    [InlineData("Responsible for the billing system.")]
    [InlineData("• Helped with onboarding new hires.")]
    [InlineData("- Worked on the payments API.")]
    public void Weak_openers_are_flagged(string text)
    {
        var issue = Assert.Single(Issues(text, "STYLE_WEAK_OPENER"));
        Assert.Equal(ProofCategory.Style, issue.Category);
    }

    [Fact]
    public void Strong_openers_pass() => Assert.Empty(Issues("Led the billing system rewrite; worked on by 3 teams.", "STYLE_WEAK_OPENER"));

    [Fact]
    public void Passive_voice_is_flagged() => Assert.Single(Issues("The migration was completed by the team.", "STYLE_PASSIVE_VOICE"));

    [Fact]
    public void Active_voice_and_adjectives_pass() => Assert.Empty(Issues("Completed the migration; was based in Berlin and interested in ML.", "STYLE_PASSIVE_VOICE"));

    [Fact]
    public void Buzzwords_are_flagged() =>
        Assert.Equal(3, Issues("Results-driven team player who creates synergy.", "STYLE_BUZZWORD").Count);

    [Fact]
    public void Plain_words_pass_the_buzzword_rule() => Assert.Empty(Issues("Reduced cloud costs by 30%.", "STYLE_BUZZWORD"));

    [Fact]
    public void Filler_words_are_flagged()
    {
        var issue = Assert.Single(Issues("Utilized Python for reporting.", "STYLE_FILLER_WORD"));
        Assert.Equal("used", issue.Replacements[0]);
    }

    [Fact]
    public void Overlong_bullets_are_flagged()
    {
        var bullet = "- " + string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "shipped" : "code"));
        Assert.Single(Issues(bullet, "STYLE_OVERLONG_BULLET"));
        Assert.Empty(Issues("- Cut costs by 30% in six months.", "STYLE_OVERLONG_BULLET"));
    }

    [Fact]
    public void Mixed_number_formats_are_flagged()
    {
        Assert.Single(Issues("Cut costs by 30%.\nGrew sales by 12 percent.", "STYLE_NUMBER_FORMAT"));
        Assert.Empty(Issues("Cut costs by 30%.\nGrew sales by 12%.", "STYLE_NUMBER_FORMAT"));
    }

    [Fact]
    public void Style_rules_can_be_left_out()
    {
        var issues = Proofreader.Check("I was responsible for synergy.", new ProofreadingOptions { IncludeStyle = false });
        Assert.DoesNotContain(issues, i => i.Category == ProofCategory.Style);
    }
}
