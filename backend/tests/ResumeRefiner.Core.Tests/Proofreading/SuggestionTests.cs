using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class SuggestionTests
{
    private static Suggester Suggester => LanguageResources.For("en-US").Suggester;

    [Theory]
    [InlineData("recieve", "receive")]
    [InlineData("succesful", "successful")]
    [InlineData("managment", "management")]
    [InlineData("thyat", "that")]
    [InlineData("occured", "occurred")]
    [InlineData("definately", "definitely")]
    [InlineData("seperate", "separate")]
    [InlineData("enviroment", "environment")]
    [InlineData("instade", "instead")]
    [InlineData("ahev", "have")]
    [InlineData("acommodation", "accommodation")]
    public void Ranks_the_intended_word_first(string typo, string expected) => Assert.Equal(expected, Suggester.Suggest(typo)[0]);

    [Theory]
    [InlineData("Managd", "Managed", "Manage")]
    [InlineData("Mentord", "Mentored", "Mentor")]
    [InlineData("Reducd", "Reduced", "Reduce")]
    [InlineData("lookd", "looked", "look")]
    public void A_dropped_e_of_an_ed_ending_leads_to_the_inflected_word(string typo, string expected, string stem)
    {
        var suggestions = Suggester.Suggest(typo);
        Assert.Equal(expected, suggestions[0]);
        var stemAt = suggestions.ToList().IndexOf(stem);
        Assert.True(stemAt is -1 or > 0);
    }

    [Fact]
    public void Proper_nouns_typed_in_lower_case_are_found_by_look_up() => Assert.Equal("Europe", Suggester.Suggest("europe")[0]);

    [Fact]
    public void Words_two_edits_away_are_found_by_the_fallback_scan() =>
        Assert.Contains("government", Suggester.Suggest("govermnet"));

    [Fact]
    public void A_term_with_no_close_word_gets_no_suggestion() => Assert.Empty(Suggester.Suggest("kubectl"));

    [Fact]
    public void Keeps_the_case_of_the_misspelled_word()
    {
        Assert.Equal("Receive", Suggester.Suggest("Recieve")[0]);
        Assert.Equal("RECEIVE", Suggester.Suggest("RECIEVE")[0]);
    }

    [Fact]
    public void Splits_run_together_words() => Assert.Contains("a lot", Suggester.Suggest("alot"));

    [Fact]
    public void Adjacent_key_slips_cost_less_than_distant_ones() =>
        Assert.True(Suggester.Distance("bedore", "before", 3) < Suggester.Distance("bexore", "before", 3));

    [Fact]
    public void Doubled_letters_and_transpositions_are_cheap()
    {
        Assert.True(Suggester.Distance("succesful", "successful", 3) < 0.5);
        Assert.True(Suggester.Distance("teh", "the", 3) < 1.0);
    }

    [Fact]
    public void Finds_a_close_common_word_by_generated_edits()
    {
        Assert.Equal("management", Suggester.ClosestCommonWord("managment", 20000));
        Assert.Null(Suggester.ClosestCommonWord("Xylqzt", 3000));
    }
}
