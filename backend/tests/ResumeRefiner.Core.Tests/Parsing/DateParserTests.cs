using ResumeRefiner.Core.Parsing.Dates;

namespace ResumeRefiner.Core.Tests.Parsing;

public class DateParserTests
{
    [Theory]
    [InlineData("Jan 202\u07C0 – Present")] // NKo digit zero, found by the fuzzer: \d matched it, int.Parse refused it
    [InlineData("\u0661\u0669\u0669\u0660 – \u0662\u0660\u0662\u0660")] // Arabic-Indic digits
    public void Digits_of_other_scripts_are_not_read_as_a_date_and_do_not_throw(string text) =>
        Assert.Empty(DateParser.FindAll(text));

    [Theory]
    [InlineData("Jan 2020 – Present", "2020-01", null, true)]
    [InlineData("January 2020 - March 2022", "2020-01", "2022-03", false)]
    [InlineData("01/2020 - 03/2022", "2020-01", "2022-03", false)]
    [InlineData("1/2020 – 12/2021", "2020-01", "2021-12", false)]
    [InlineData("2019–2021", "2019", "2021", false)]
    [InlineData("2019 - 2021", "2019", "2021", false)]
    [InlineData("Mar. 2020 to Current", "2020-03", null, true)]
    [InlineData("Sept 2018 – June 2023", "2018-09", "2023-06", false)]
    [InlineData("2020 — now", "2020", null, true)]
    [InlineData("Oct. 2021 – Current", "2021-10", null, true)]
    [InlineData("2020-01 – 2021-06", "2020-01", "2021-06", false)]
    [InlineData("Aug 2008 – July 2012", "2008-08", "2012-07", false)]
    [InlineData("June 2023 – present", "2023-06", null, true)]
    [InlineData("May 2019 - Ongoing", "2019-05", null, true)]
    [InlineData("Since 2020", "2020", null, true)]
    [InlineData("Summer 2012 and 2013", "2012", "2013", false)]
    [InlineData("Jan '19 – Dec '20", "2019-01", "2020-12", false)]
    [InlineData("03.2017 - 05.2019", "2017-03", "2019-05", false)]
    public void Parses_date_ranges_to_iso(string text, string start, string? end, bool ongoing)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.True(range.IsRange);
        Assert.Equal(start, range.Start);
        Assert.Equal(end, range.End);
        Assert.Equal(ongoing, range.Ongoing);
    }

    [Theory]
    [InlineData("Summer 2012 and 2013", "Summer 2012 and 2013")]
    [InlineData("Intern, Fall 2019 – Spring 2020", "Fall 2019 – Spring 2020")]
    [InlineData("Summer 2018", "Summer 2018")]
    [InlineData("Jan 2020 – Present", null)]
    [InlineData("06/2016 - 12/2019", null)]
    [InlineData("2019–2021", null)]
    public void Keeps_the_written_form_only_where_iso_loses_what_it_says(string text, string? written) =>
        Assert.Equal(written, DateParser.Find(text)!.Written);

    [Theory]
    [InlineData("Summer 2018", "2018")]
    [InlineData("May 2021", "2021-05")]
    [InlineData("Graduated 2015", "2015")]
    [InlineData("Dec. 2019", "2019-12")]
    public void Parses_single_dates(string text, string iso)
    {
        var range = DateParser.Find(text);

        Assert.NotNull(range);
        Assert.False(range.IsRange);
        Assert.Equal(iso, range.Start);
    }

    [Fact]
    public void Expected_graduation_is_an_end_date()
    {
        var range = DateParser.Find("Expected May 2027");

        Assert.NotNull(range);
        Assert.Null(range.Start);
        Assert.Equal("2027-05", range.End);
    }

    [Theory]
    [InlineData("Increased revenue by 2500 units")]
    [InlineData("Managed a team of 12")]
    [InlineData("Call 555-0149")]
    [InlineData("Version 3.2020.1")]
    public void Ignores_numbers_that_are_not_dates(string text) => Assert.Null(DateParser.Find(text));

    [Theory]
    [InlineData("Jan 2020 – Present", true)]
    [InlineData("2019 - 2021", true)]
    [InlineData("Google, Jan 2020", false)]
    public void Tells_date_only_text(string text, bool expected) => Assert.Equal(expected, DateParser.IsOnlyDates(text));

    [Fact]
    public void Removing_a_range_leaves_the_rest_of_the_line()
    {
        var text = "Software Engineer | Jan 2020 – Present";
        var range = DateParser.Find(text)!;

        Assert.Equal("Software Engineer", range.RemoveFrom(text));
    }
}
