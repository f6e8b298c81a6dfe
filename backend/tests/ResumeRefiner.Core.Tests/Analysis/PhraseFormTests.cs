using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Core.Tests.Analysis;

public class PhraseFormTests
{
    private static bool Shows(string resume, string skill)
    {
        var tokens = SkillText.Tokenize(resume);
        return ResumeMatcher.ContainsPhrase(tokens, tokens.Select(t => SkillText.Stem(t.Norm)).ToArray(), skill);
    }

    [Theory]
    [InlineData("management", "managing")]
    [InlineData("manage", "managed")]
    [InlineData("negotiation", "negotiate")]
    [InlineData("negotiating", "negotiated")]
    [InlineData("verification", "verify")]
    [InlineData("scheduling", "schedule")]
    [InlineData("inspection", "inspect")]
    public void Word_families_share_a_stem(string a, string b) =>
        Assert.Equal(SkillText.Stem(a), SkillText.Stem(b));

    [Theory]
    [InlineData("rating", "rate")]
    [InlineData("manager", "management")]
    [InlineData("string", "strong")]
    public void Short_or_different_words_keep_apart(string a, string b) =>
        Assert.NotEqual(SkillText.Stem(a), SkillText.Stem(b));

    [Theory]
    [InlineData("- Negotiated contracts with vendors", "Contract Negotiation")]
    [InlineData("- Audit cash handling and fight chargebacks", "cash handling audits")]
    [InlineData("- Show homes and write offers", "Home Showings")]
    [InlineData("- Managing payroll for 300 staff", "Payroll Management")]
    [InlineData("Compounding under USP <797> procedures", "USP 797")]
    [InlineData("- Review of contracts", "contract review")]
    public void A_skill_counts_in_another_form(string resume, string skill) =>
        Assert.True(Shows(resume, skill));

    [Theory]
    [InlineData("- Negotiated rates; drafted contracts for the sales team", "Contract Negotiation")]
    [InlineData("- Managed a team of five and ran payroll in ADP", "Payroll Management")]
    [InlineData("- Set room rates daily", "Rate Strategy")]
    public void Words_apart_or_missing_do_not_count(string resume, string skill) =>
        Assert.False(Shows(resume, skill));
}
