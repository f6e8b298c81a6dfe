using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class UsageRuleTests
{
    [Theory]
    [InlineData("GRAMMAR_FEWER_MANY", "We hired less employees this year.", "less", "fewer")]
    [InlineData("GRAMMAR_FEWER_MANY", "There were much problems.", "much", "many")]
    [InlineData("GRAMMAR_EACH_SINGULAR", "We asked each students twice.", "students", "student")]
    [InlineData("CONFUSABLE_EVERYDAY", "I run everyday.", "everyday", "every day")]
    [InlineData("TYPOGRAPHY_NON_PREFIX", "It is a non biological gas.", "non biological", "non-biological")]
    [InlineData("GRAMMAR_INFINITIVE", "People try to drinking it.", "drinking", "drink")]
    [InlineData("GRAMMAR_BE_BASE_VERB", "Farmers are use more water.", "use", "using")]
    [InlineData("GRAMMAR_RELATIVE_AGREEMENT", "People who lives here are kind.", "lives", "live")]
    [InlineData("GRAMMAR_NOUN_NUMBER", "It is one of the most important problem.", "problem", "problems")]
    [InlineData("GRAMMAR_SUBJECT_VERB", "There is many reasons.", "is", "are")]
    [InlineData("GRAMMAR_BASE_FORM", "She didn't expected that.", "expected", "expect")]
    public void Flags_usage_errors(string rule, string text, string span, string fix)
    {
        var issue = Assert.Single(Issues(text, rule));
        Assert.Equal(span, text.Substring(issue.Offset, issue.Length));
        Assert.Equal(fix, issue.Replacements[0]);
    }

    [Theory]
    [InlineData("GRAMMAR_FEWER_MANY", "We spent less money and much less time; less than 5 people came.")]
    [InlineData("GRAMMAR_EACH_SINGULAR", "Each student and every sales team got a prize.")]
    [InlineData("CONFUSABLE_EVERYDAY", "Automated everyday tasks and ran every day.")]
    [InlineData("TYPOGRAPHY_NON_PREFIX", "Built non-blocking I/O.")]
    [InlineData("GRAMMAR_INFINITIVE", "I look forward to meeting you; we want to build it.")]
    [InlineData("GRAMMAR_BE_BASE_VERB", "The tools are like the others; it is open the whole day.")]
    [InlineData("GRAMMAR_RELATIVE_AGREEMENT", "A person who lives here; people who live there.")]
    [InlineData("GRAMMAR_NOUN_NUMBER", "It is one of the most important problems; two or three academic subjects.")]
    [InlineData("GRAMMAR_NOUN_NUMBER", "The designer and the manager were both new; several hundred of them came.")]
    [InlineData("GRAMMAR_SUBJECT_VERB", "There is a reason and there are many reasons.")]
    public void Leaves_correct_usage_alone(string rule, string text) => Assert.Empty(Issues(text, rule));

    [Fact]
    public void Introductory_comma_covers_the_gap_where_the_comma_goes()
    {
        const string text = "However the plan worked.";
        var issue = Assert.Single(Issues(text, "PUNCTUATION_INTRODUCTORY_COMMA"));
        Assert.Equal("However ", text.Substring(issue.Offset, issue.Length));
        Assert.Equal("However, ", issue.Replacements[0]);
        Assert.Empty(Issues("However, the plan worked. So we shipped it. However much we tried.", "PUNCTUATION_INTRODUCTORY_COMMA"));
    }

    [Fact]
    public void Comma_before_which_clause()
    {
        Assert.Single(Issues("We use the methane which is derived from gas.", "PUNCTUATION_COMMA_WHICH"));
        Assert.Single(Issues("They chose the first and only tariff which was higher.", "PUNCTUATION_COMMA_WHICH"));
        Assert.Empty(Issues("We use the methane, which is derived from gas, in which we trust.", "PUNCTUATION_COMMA_WHICH"));
    }

    [Theory]
    [InlineData("Implemented a military cooperation system which is web based.")]
    [InlineData("Implemented API server which is communicating with the game client.")]
    [InlineData("The ES cluster which has 9 nodes processed 1 billion documents.")]
    public void Comma_before_which_leaves_restrictive_clauses_alone(string text) => Assert.Empty(Issues(text, "PUNCTUATION_COMMA_WHICH"));
}
