using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Tests.Parsing;

public class GazetteerTests
{
    [Fact]
    public void Loads_every_GeoNames_city_of_15000_people_and_every_admin1_region()
    {
        // cities15000 has about 33,000 places and admin1CodesASCII about 3,900 regions (plus CLDR's unmatched ones).
        Assert.InRange(Gazetteer.CityCount, 30_000, 36_000);
        Assert.InRange(Gazetteer.RegionCount, 3_800, 5_000);
    }

    [Theory]
    [InlineData("Buenos Aires", "AR")]
    [InlineData("buenos aires", "AR")]
    [InlineData("Kraków", "PL")]
    [InlineData("Krakow", "PL")]
    [InlineData("Málaga", "ES")]
    [InlineData("Malaga", "ES")]
    [InlineData("São Paulo", "BR")]
    [InlineData("Fresno", "US")]
    [InlineData("Warszawa", "PL")]
    [InlineData("Warsaw", "PL")]
    [InlineData("München", "DE")]
    [InlineData("Muenchen", "DE")]
    [InlineData("Den Haag", "NL")]
    [InlineData("İstanbul", "TR")]
    [InlineData("Bengaluru", "IN")]
    [InlineData("Bangalore", "IN")]
    public void Finds_cities_by_name_ascii_name_and_other_names(string name, string country)
    {
        var cities = Gazetteer.Cities(name);

        Assert.NotEmpty(cities);
        Assert.Equal(country, cities[0].City.CountryCode);
        Assert.True(cities[0].City.Population >= 100_000);
    }

    [Fact]
    public void Ranks_a_city_by_its_own_name_and_its_size()
    {
        var cordoba = Gazetteer.Cities("Córdoba");

        Assert.Equal("AR", cordoba[0].City.CountryCode);
        Assert.Contains(cordoba, m => m.City.CountryCode == "ES");
        Assert.Empty(Gazetteer.Cities("Coastal Manufacturing"));
    }

    [Theory]
    [InlineData("Andalucía", "ES")]
    [InlineData("Andalusia", "ES")]
    [InlineData("małopolskie", "PL")]
    [InlineData("Malopolskie", "PL")]
    [InlineData("Bayern", "DE")]
    [InlineData("Nordrhein-Westfalen", "DE")]
    [InlineData("Lombardia", "IT")]
    [InlineData("Noord-Holland", "NL")]
    [InlineData("Ontario", "CA")]
    [InlineData("ON", "CA")]
    [InlineData("BC", "CA")]
    [InlineData("NSW", "AU")]
    [InlineData("VIC", "AU")]
    [InlineData("MH", "IN")]
    [InlineData("SP", "BR")]
    [InlineData("CDMX", "MX")]
    [InlineData("TX", "US")]
    public void Finds_regions_by_name_native_name_and_abbreviation(string name, string country) =>
        Assert.Contains(Gazetteer.Regions(name), r => r.CountryCode == country);

    [Fact]
    public void Does_not_take_lower_case_words_for_region_abbreviations()
    {
        Assert.DoesNotContain(Gazetteer.Regions("on"), r => r.CountryCode == "CA");
        Assert.False(Gazetteer.IsRegionAbbreviation("in"));
    }

    [Theory]
    [InlineData("Germany", "DE")]
    [InlineData("Deutschland", "DE")]
    [InlineData("España", "ES")]
    [InlineData("Espana", "ES")]
    [InlineData("Italia", "IT")]
    [InlineData("Polska", "PL")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Brasil", "BR")]
    [InlineData("Schweiz", "CH")]
    [InlineData("Suisse", "CH")]
    [InlineData("USA", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("UK", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("S. Korea", "KR")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Hong Kong", "HK")]
    public void Knows_countries_by_English_and_native_names_and_aliases(string name, string code) =>
        Assert.Equal(code, Gazetteer.CountryCode(name));

    [Theory]
    [InlineData("Engineering")]
    [InlineData("Python")]
    [InlineData("")]
    public void Knows_no_country_by_other_words(string name) => Assert.Null(Gazetteer.CountryCode(name));

    [Theory]
    [InlineData("Kraków", "krakow")]
    [InlineData("Frankfurt-am-Main", "frankfurt am main")]
    [InlineData("St. Louis", "st louis")]
    [InlineData("  Łódź ", "lodz")]
    [InlineData("Nürnberg", "nurnberg")]
    public void Folds_case_accents_and_punctuation(string text, string key) => Assert.Equal(key, Gazetteer.Fold(text));

    [Fact]
    public void Is_safe_to_load_from_many_threads()
    {
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = Gazetteer.Cities("Lisbon").Count);

        Assert.All(counts, c => Assert.True(c > 0));
    }
}
