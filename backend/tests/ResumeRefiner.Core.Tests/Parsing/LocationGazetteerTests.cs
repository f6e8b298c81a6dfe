using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Tests.Parsing;

/// <summary>LocationFinder on the gazetteer: regions and countries of the world, cities alone, and what is not a place.</summary>
public class LocationGazetteerTests
{
    [Theory]
    [InlineData("Málaga, Andalucía", "Málaga", "ES")]
    [InlineData("Kraków, Małopolskie", "Kraków", "PL")]
    [InlineData("Kraków, małopolskie, Polska", "Kraków", "PL")]
    [InlineData("Toronto, ON", "Toronto", "CA")]
    [InlineData("Toronto, ON, Canada", "Toronto", "CA")]
    [InlineData("Vancouver, British Columbia", "Vancouver", "CA")]
    [InlineData("Sydney NSW", "Sydney", "AU")]
    [InlineData("Melbourne VIC 3000", "Melbourne", "AU")]
    [InlineData("Austin TX", "Austin", "US")]
    [InlineData("Mumbai, MH", "Mumbai", "IN")]
    [InlineData("São Paulo, SP", "São Paulo", "BR")]
    [InlineData("Ciudad de México, CDMX", "Ciudad de México", "MX")]
    [InlineData("Madrid, España", "Madrid", "ES")]
    [InlineData("München, Deutschland", "München", "DE")]
    [InlineData("München, Bayern", "München", "DE")]
    [InlineData("Milano, Italia", "Milano", "IT")]
    [InlineData("Warszawa, Polska", "Warszawa", "PL")]
    [InlineData("İstanbul, Türkiye", "İstanbul", "TR")]
    [InlineData("Curitiba, Brasil", "Curitiba", "BR")]
    [InlineData("Eindhoven, NL", "Eindhoven", "NL")]
    [InlineData("Dublin, Co. Dublin", "Dublin", "IE")]
    [InlineData("Stockholm, Stockholms län", "Stockholm", "SE")]
    [InlineData("Fresno, CA, US", "Fresno", "US")]
    [InlineData("Seoul, S.Korea", "Seoul", "KR")]
    [InlineData("Smallville, KS", "Smallville", "US")]
    [InlineData("Canmoreville, AB", "Canmoreville", "CA")]
    public void Recognises_places_with_regions_and_countries_of_the_world(string text, string city, string country)
    {
        var location = LocationFinder.Parse(text);

        Assert.NotNull(location);
        Assert.Equal(city, location.City);
        Assert.Equal(country, location.CountryCode);
    }

    [Theory]
    [InlineData("Coastal Manufacturing, Buenos Aires, Argentina")]
    [InlineData("Coastal Manufacturing, Buenos Aires")]
    [InlineData("Doe, Jordan")]
    [InlineData("Leadership, Teamwork")]
    [InlineData("Sales NSW")]
    [InlineData("Senior Engineer, Acme Corp")]
    [InlineData("Remote")]
    public void Rejects_text_that_is_not_a_place(string text) => Assert.Null(LocationFinder.Parse(text));

    [Theory]
    [InlineData("Benefits Specialist, Coastal Manufacturing, Buenos Aires, Argentina", "Buenos Aires", "AR")]
    [InlineData("Software Engineer at Google Mountain View, CA", "Mountain View", "US")]
    [InlineData("Acme Ltd, Kraków, Polska — Product Manager", "Kraków", "PL")]
    [InlineData("Gilmore Financial, New Orleans, LA, Certified Public Accountant", "New Orleans", "US")]
    public void Finds_the_known_city_inside_a_header_line(string text, string city, string country)
    {
        var found = LocationFinder.FindIn(text);

        Assert.NotNull(found);
        Assert.Equal(city, found.Value.Location.City);
        Assert.Equal(country, found.Value.Location.CountryCode);
        Assert.Equal(city, text.Substring(found.Value.Index, found.Value.Length).Split(',')[0]);
    }

    [Theory]
    [InlineData("Fresno", "US")]
    [InlineData("Buenos Aires", "AR")]
    [InlineData("New Delhi", "IN")]
    [InlineData("Warszawa", "PL")]
    [InlineData("Kraków", "PL")]
    [InlineData("Singapore", "SG")]
    [InlineData("Mountain View", "US")]
    [InlineData("Kraków, Polska", "PL")]
    [InlineData("Sydney NSW", "AU")]
    [InlineData("Málaga, Andalucía", "ES")]
    public void Finds_a_city_printed_alone(string text, string country)
    {
        var location = LocationFinder.FindCity(text);

        Assert.NotNull(location);
        Assert.Equal(country, location.CountryCode);
    }

    [Fact]
    public void Names_no_country_for_a_city_name_two_countries_share()
    {
        var location = LocationFinder.FindCity("Córdoba");

        Assert.NotNull(location);
        Assert.Equal("Córdoba", location.City);
        Assert.Null(location.CountryCode);
    }

    [Theory]
    [InlineData("Hamilton")]      // a surname before it is Ontario's city
    [InlineData("Jackson")]
    [InlineData("Charlotte")]
    [InlineData("Reading")]       // a word before it is Berkshire's town
    [InlineData("Mobile")]
    [InlineData("Bath")]          // under 100,000 people
    [InlineData("Nice")]
    [InlineData("Victoria")]      // a given name
    [InlineData("Mexico")]        // a country
    [InlineData("Germany")]
    [InlineData("Software Engineer")]
    [InlineData("Jane Doe")]
    [InlineData("Python")]
    [InlineData("LA")]
    [InlineData("Seattle, TX")]   // a known city with a region not its own
    [InlineData("jane@example.com")]
    [InlineData("Smallville, KS")] // not a city the gazetteer knows
    public void Finds_no_city_in_words_names_and_unknown_places(string text) => Assert.Null(LocationFinder.FindCity(text));

    /// <summary>Every place the public corpus prints (its truth files' work and basics locations) still parses.</summary>
    [Theory]
    [InlineData("Sunnyvale, CA")]
    [InlineData("Palo Alto, CA")]
    [InlineData("Seoul, S.Korea")]
    [InlineData("California, America")]
    [InlineData("New York, NY")]
    [InlineData("Mountain View, CA")]
    [InlineData("Mountain View, CA, USA")]
    [InlineData("San Francisco, CA")]
    [InlineData("Santa Clara, CA")]
    [InlineData("London, UK")]
    [InlineData("Cupertino, CA")]
    [InlineData("Atlanta, GA")]
    [InlineData("New Orleans, LA")]
    [InlineData("Seattle, WA")]
    [InlineData("Chicago, IL")]
    public void Still_recognises_every_place_of_the_public_corpus(string text) => Assert.NotNull(LocationFinder.Parse(text));
}
