using ResumeRefiner.Core.Analysis.Jobs;

namespace ResumeRefiner.Core.Tests.Analysis;

/// <summary>Issue 17: the ways postings write the minimum years of experience they ask for.</summary>
public class PostingYearsTests
{
    [Theory]
    [InlineData("Two (2) years of experience as a licensed occupational therapist.", 2)]
    [InlineData("Minimum of one (1) year of experience in a retail pharmacy.", 1)]
    [InlineData("Two filing seasons of paid tax preparation", 2)]
    [InlineData("We would like you to have a year or more of help desk or desktop support experience.", 1)]
    [InlineData("At least a year of experience in a call center.", 1)]
    [InlineData("3+ years' experience operating hydraulic mobile cranes", 3)]
    [InlineData("At least 2 years of airframe maintenance", 2)]
    public void ReadsTheYearsAsked(string sentence, int years) =>
        Assert.Equal(years, JobDescriptionAnalyzer.ReadYears(sentence));

    [Theory]
    [InlineData("We need two seasonal preparers from January 6 to April 15.")]
    [InlineData("Guests love our four seasons on the lake and our experienced staff.")]
    [InlineData("Reviews are held within a year of hire; experience is not required.")]
    public void IgnoresSeasonsAndArticlesThatAreNotExperience(string sentence) =>
        Assert.Null(JobDescriptionAnalyzer.ReadYears(sentence));

    [Fact]
    public void RequiredYearsWinOverPreferredOnes()
    {
        var profile = JobDescriptionAnalyzer.Instance.Analyze("""
            Tax Preparer
            Harbor Tax Service — Salem, OR

            Requirements
            - Two filing seasons of paid tax preparation

            Preferred
            - 5 years of experience with small-business returns
            """);
        Assert.Equal(2, profile.YearsExperience);
    }
}
