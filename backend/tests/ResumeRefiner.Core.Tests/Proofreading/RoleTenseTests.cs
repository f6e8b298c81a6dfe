using ResumeRefiner.Core.Proofreading;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class RoleTenseTests
{
    [Fact]
    public void Present_tense_in_an_ended_role_is_flagged_with_the_past_form()
    {
        var issues = RoleTense.Check(["Led a team of 6 engineers.", "Manage the on-call rotation for 3 services.", "Built the billing API."], roleHasEnded: true);
        var issue = Assert.Single(issues);
        Assert.Equal(1, issue.Bullet);
        Assert.Equal(RoleTense.RuleId, issue.Issue.Rule);
        Assert.Equal("Managed", issue.Issue.Replacements[0]);
        Assert.Equal((0, 6), (issue.Issue.Offset, issue.Issue.Length));
    }

    [Theory]
    [InlineData("• Manages vendor contracts worth $2M.", "Managed", 2)]
    [InlineData("- Lead a team of five nurses.", "Led", 2)]
    [InlineData("Successfully implement the new ERP system.", "implemented", 13)]
    [InlineData("Plan the quarterly roadmap.", "Planned", 0)]
    [InlineData("Drive the migration to Kubernetes.", "Drove", 0)]
    [InlineData("Optimize SQL queries for the reporting service.", "Optimized", 0)]
    public void Present_verbs_in_an_ended_role(string bullet, string expected, int offset)
    {
        var issue = Assert.Single(RoleTense.Check(["Reduced costs by 12%.", bullet], roleHasEnded: true));
        Assert.Equal(expected, issue.Issue.Replacements[0]);
        Assert.Equal(offset, issue.Issue.Offset);
    }

    [Fact]
    public void A_mix_in_the_current_role_flags_the_minority()
    {
        var issues = RoleTense.Check(["Lead a team of 8 engineers.", "Own the payments roadmap.", "Reduced p99 latency by 40%."], roleHasEnded: false);
        var issue = Assert.Single(issues);
        Assert.Equal(2, issue.Bullet);
        Assert.Equal("Reduce", issue.Issue.Replacements[0]);

        var pastMajority = RoleTense.Check(["Led a team of 8 engineers.", "Manage the payments roadmap.", "Reduced p99 latency by 40%."], roleHasEnded: false);
        Assert.Equal("Managed", Assert.Single(pastMajority).Issue.Replacements[0]);
    }

    [Fact]
    public void Consistent_roles_are_not_flagged()
    {
        Assert.Empty(RoleTense.Check(["Led a team of 6 engineers.", "Managed vendor contracts.", "Wrote the runbooks."], roleHasEnded: true));
        Assert.Empty(RoleTense.Check(["Lead a team of 6 engineers.", "Manage vendor contracts.", "Write the runbooks."], roleHasEnded: false));
        Assert.Empty(RoleTense.Check(["Led a team of 6 engineers.", "Managed vendor contracts."], roleHasEnded: false));
    }

    [Theory]
    [InlineData("Lead engineer for the payments platform.")]
    [InlineData("Design patterns workshop organiser.")]
    [InlineData("Support for 24/7 on-call rotation across 3 regions.")]
    [InlineData("Project management of the ERP rollout.")]
    [InlineData("Set up CI/CD pipelines with GitHub Actions.")]
    [InlineData("Cut cloud spend by 30%.")]
    [InlineData("Read and triaged 200 support tickets a week.")]
    [InlineData("Managing a portfolio of 40 clients.")]
    [InlineData("Team of 5 engineers across two time zones.")]
    [InlineData("Key achievements: 3 patents, 2 awards.")]
    [InlineData("AWS, Terraform, Kubernetes, Go")]
    [InlineData("Responsible for the quarterly close.")]
    [InlineData("Top 5% of sales representatives nationwide.")]
    [InlineData("Member of the architecture review board.")]
    [InlineData("Present at the annual engineering summit.")]
    [InlineData("")]
    public void Resume_idioms_in_an_ended_role_are_not_flagged(string bullet) =>
        Assert.Empty(RoleTense.Check(["Led a team of 6 engineers.", bullet], roleHasEnded: true));

    [Theory]
    [InlineData("Promoted to Staff Engineer in 2023.")]
    [InlineData("Awarded Engineer of the Year 2022.")]
    [InlineData("Certified Kubernetes Administrator (CKA).")]
    [InlineData("Selected to mentor the 2024 intern cohort.")]
    public void Milestones_in_the_current_role_are_not_a_tense_mix(string bullet) =>
        Assert.Empty(RoleTense.Check(["Lead a team of 8 engineers.", "Own the payments roadmap.", bullet], roleHasEnded: false));
}
