using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Tests.Parsing;

public class LocationFinderTests
{
    [Theory]
    [InlineData("Seattle, WA", "Seattle", "US")]
    [InlineData("San Francisco, California", "San Francisco", "US")]
    [InlineData("London, United Kingdom", "London", "GB")]
    [InlineData("Berlin, Germany", "Berlin", "DE")]
    [InlineData("Austin, TX 78701", "Austin", "US")]
    [InlineData("Mapo-gu, Seoul, Republic of Korea", "Seoul", "KR")]
    [InlineData("Pune, Maharashtra, India", "Pune", "IN")]
    public void Recognises_printed_places(string text, string city, string country)
    {
        var location = LocationFinder.Parse(text);

        Assert.NotNull(location);
        Assert.Equal(city, location.City);
        Assert.Equal(country, location.CountryCode);
    }

    [Theory]
    [InlineData("Software Engineer, Google")]
    [InlineData("Xidian University, Shaanxi, China")]
    [InlineData("Python, Java")]
    [InlineData("Acme Inc., CA")]
    public void Rejects_text_that_is_not_a_place(string text) => Assert.Null(LocationFinder.Parse(text));

    [Fact]
    public void Finds_a_place_inside_a_header_line()
    {
        var found = LocationFinder.FindIn("Gilmore Financial, New Orleans, LA, Certified Public Accountant");

        Assert.NotNull(found);
        Assert.Equal("New Orleans", found.Value.Location.City);
    }
}
