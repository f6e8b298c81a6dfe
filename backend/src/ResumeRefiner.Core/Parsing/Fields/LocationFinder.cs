using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>
/// Recognises printed places: "Seattle, WA", "Málaga, Andalucía", "Kraków, małopolskie, Polska", "Sydney NSW",
/// "Berlin, Deutschland", and a known city alone ("Buenos Aires"). Cities, regions and countries come from the
/// <see cref="Gazetteer"/>; a city it does not know still counts before a US state or a country.
/// </summary>
internal static partial class LocationFinder
{
    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    };

    private static readonly HashSet<string> UsStateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
        "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
    };

    /// <summary>Canada Post's province codes: like a US state, they make any preceding name a town.</summary>
    private static readonly HashSet<string> CanadianProvinces = new(StringComparer.Ordinal)
    {
        "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
    };

    /// <summary>The countries whose region abbreviations people write after a city without a comma ("Sydney NSW").</summary>
    private static readonly HashSet<string> AbbreviatingCountries = new(StringComparer.Ordinal) { "US", "CA", "AU" };

    /// <summary>
    /// Cities of 100,000 or more whose names are as often a person's given name or surname ("Charlotte", "Hamilton"):
    /// alone, they are not taken for a place. Picked by hand from the cities whose name the subtitle word list has in
    /// capitals; lower-case words ("Reading", "Mobile", "Nice") are flagged in the data instead.
    /// </summary>
    private static readonly HashSet<string> PersonLikeCityNames = new(StringComparer.Ordinal)
    {
        "george", "mary", "van", "san", "jackson", "ann", "elizabeth", "charlotte", "nancy", "lincoln", "norman", "warren",
        "chandler", "bo", "virginia", "tyler", "brandon", "madison", "kent", "victoria", "hamilton", "eugene", "montgomery",
        "gilbert", "florence", "brent", "dudley", "hastings", "bender", "milton", "newton", "langley", "davenport",
        "richardson", "rodriguez", "santos", "wellington", "beaumont", "edison", "darwin", "aurora", "garland", "regina",
        "savannah", "austin", "chico", "timon", "sofia", "salvador", "lafayette", "dayton", "lancaster", "windsor", "toledo",
        "reno", "billings", "sucre", "corona", "leon", "marion", "irving", "clinton", "franklin", "carson", "preston",
        "chester", "lorain", "troy", "allen", "mesa", "vista", "delta", "springs", "metro", "nada", "mau", "ajax", "brits",
        "york", "mariana", "natal", "isabela", "vitoria", "lucena", "florencia", "teresina", "marilia", "gary", "sterling",
        "arlington", "albany", "durham", "salem", "richmond", "kingston", "columbia", "jamaica", "tripoli", "batman",
    };

    /// <summary>Countries that are as often a given name ("Doe, Jordan"): only after a city the gazetteer knows.</summary>
    private static readonly HashSet<string> PersonLikeCountryNames = new(StringComparer.Ordinal) { "jordan", "chad", "israel" };

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{M}.'’\- ]{0,40}$")]
    private static partial Regex PlacePartRegex();

    [GeneratedRegex(@"\s+\d{4,6}(?:-\d{4})?$")]
    private static partial Regex TrailingPostalCodeRegex();

    private static bool IsSubLocality(string text)
    {
        var t = text.Trim();
        string[] suffixes = ["-gu", "-ku", "-si", "-dong", "-ward", " District", " Ward", " Borough", " Quarter"];
        return suffixes.Any(s => t.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"United Kingdom" → "GB", "Deutschland" → "DE"; null when the text is not a country name.</summary>
    public static string? CountryCode(string text) => Gazetteer.CountryCode(text);

    /// <summary>A location when the whole text is a place; null otherwise.</summary>
    public static Location? Parse(string text) => ParseScored(text)?.Location;

    /// <summary>
    /// A place printed alone in a contact block: a city the gazetteer knows, alone ("Fresno", "Buenos Aires") or
    /// followed by its own region or country ("Kraków, Polska", "Sydney NSW"). A single word counts only for a city of
    /// 100,000 or more that is not also a common word or person's name ("Reading", "Hamilton"); null otherwise.
    /// </summary>
    public static Location? FindCity(string text)
    {
        var t = text.Trim().Trim('|', '·', '•', ',', ';', ' ');
        if (t.Length is < 3 or > 70 || t.Contains('@', StringComparison.Ordinal) || t.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        if (t.Contains(',', StringComparison.Ordinal) || t.Any(char.IsDigit))
        {
            return ParseScored(t) is { Known: true } scored ? scored.Location : null;
        }

        if (ParseCityAndAbbreviation(t) is { } abbreviated)
        {
            return abbreviated;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || !words.All(w => char.IsUpper(w[0])) || words.Length == 1 && t.All(char.IsUpper))
        {
            return null;
        }

        var matches = Gazetteer.Cities(t);
        if (matches.Count == 0)
        {
            return null;
        }

        var best = matches[0];
        var key = Gazetteer.Fold(t);
        var enough = best.ByOtherName || words.Length == 1 ? 100_000 : 15_000;
        if (best.City.Population < enough || words.Length == 1 && (best.City.IsCommonWord || PersonLikeCityNames.Contains(key)))
        {
            return null;
        }

        // A country's name is a country ("Mexico"), unless the country is the city ("Singapore", "Monaco").
        if (Gazetteer.CountryCode(t) is { } country && (country != best.City.CountryCode || best.ByOtherName))
        {
            return null;
        }

        // Say the country only when the name has no rival of a tenth its size elsewhere ("Córdoba": Argentina or Spain).
        var rivals = matches.Any(m => m.City.CountryCode != best.City.CountryCode && m.City.Population * 10 >= best.City.Population);
        return new Location { City = t, CountryCode = rivals ? null : best.City.CountryCode };
    }

    /// <summary>Finds a "City, ST", "City, Region" or "City, Country" place inside a longer text; returns its span.</summary>
    public static (int Index, int Length, Location Location)? FindIn(string text)
    {
        (int Index, int Length, Location Location)? found = null;
        var foundKnown = false;

        // Try every comma as the hinge between a city and a region, widest plausible city first; a span whose city the
        // gazetteer knows beats one it does not ("Coastal Manufacturing, Buenos Aires, Argentina" is Buenos Aires).
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var start = comma;
            while (start > 0 && (char.IsLetter(text[start - 1]) || char.GetUnicodeCategory(text[start - 1]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || text[start - 1] is ' ' or '.' or '\'' or '’' or '-'))
            {
                start--;
            }

            var end = comma + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || text[end] is ' ' or '.' or ',' or '\'' or '’' or '-'))
            {
                end++;
            }

            // Shrink from the left word by word (the city is at most four words), and from the right.
            var words = text[start..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var maxTake = 0;
            while (maxTake < Math.Min(words.Length, 4))
            {
                var w = words[words.Length - 1 - maxTake];
                var span = string.Join(' ', words[^(maxTake + 1)..]);
                if (w.Length == 0 || !char.IsUpper(w[0])
                    || (EntryVocabulary.OrgScore(w) > 0 || EntryVocabulary.TitleScore(w) > 0) && Gazetteer.Cities(span).Count == 0)
                {
                    break;
                }

                maxTake++;
            }

            for (var take = maxTake; take >= 1; take--)
            {
                var cityText = string.Join(' ', words[^take..]);
                var tailParts = text[(comma + 1)..end].Split(',');
                for (var parts = Math.Min(tailParts.Length, 2); parts >= 1; parts--)
                {
                    var candidate = (cityText + "," + string.Join(',', tailParts.Take(parts))).Trim().TrimEnd('.', ' ', '-');
                    if (ParseScored(candidate) is not { } scored || found is not null && (foundKnown || !scored.Known))
                    {
                        continue;
                    }

                    var idx = text.IndexOf(candidate, start, StringComparison.Ordinal);
                    if (idx >= 0)
                    {
                        found = (idx, candidate.Length, scored.Location);
                        foundKnown = scored.Known;
                    }
                }
            }

            if (foundKnown)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>A parsed place, and whether the gazetteer knows its city there (not just its region or country).</summary>
    private sealed record Scored(Location Location, bool Known);

    private static Scored? ParseScored(string text)
    {
        var t = text.Trim().Trim('|', '·', '•', '-', '–', ' ');
        if (t.Length is < 4 or > 70)
        {
            return null;
        }

        if (t.Any(char.IsDigit))
        {
            // A postal code may follow: "Austin, TX 78701", "Sydney NSW 2000".
            var postal = TrailingPostalCodeRegex().Match(t);
            if (!postal.Success)
            {
                return null;
            }

            t = t[..postal.Index].TrimEnd();
            if (t.Any(char.IsDigit))
            {
                return null;
            }
        }

        var parts = t.Split(',').Select(p => p.Trim()).ToArray();
        if (parts.Any(p => !PlacePartRegex().IsMatch(p)))
        {
            return null;
        }

        return parts.Length switch
        {
            1 when ParseCityAndAbbreviation(parts[0]) is { } abbreviated => new Scored(abbreviated, true),
            2 => ParseCityAndRegion(parts[0], parts[1]),
            3 => ParseCityRegionCountry(parts[0], parts[1], parts[2]),
            _ => null,
        };
    }

    /// <summary>Whether a text may be a city's name at all: capitalised, short, and no organisation or job title.</summary>
    private static bool MayBeCity(string city, bool known)
    {
        if (city.Length < 2 || !char.IsUpper(city[0]) || EntryVocabulary.IsInstitution(city))
        {
            return false;
        }

        // "Xidian University, Shaanxi, China" is an institution followed by a place, not a city; a known city's name
        // is a city even when it holds such a word ("Union City").
        return known || city.Split(' ').Length <= 3 && EntryVocabulary.OrgScore(city) == 0 && EntryVocabulary.TitleScore(city) == 0;
    }

    /// <summary>"Málaga, Andalucía", "Toronto, ON", "Berlin, Deutschland", "Fresno, CA", "Eindhoven, NL".</summary>
    private static Scored? ParseCityAndRegion(string city, string second)
    {
        var known = Gazetteer.Cities(city);
        if (!MayBeCity(city, known.Count > 0))
        {
            return null;
        }

        if (known.Count > 0)
        {
            var regions = Gazetteer.Regions(second);
            var country = Gazetteer.CountryCode(second);
            var code = second.Length == 2 && second.All(char.IsUpper) ? second : null;
            foreach (var match in known)
            {
                var c = match.City;
                if (regions.Any(r => r.CountryCode == c.CountryCode && (r.Admin1 == c.Admin1 || r.Admin1.StartsWith('-'))))
                {
                    return new Scored(new Location { City = city, Region = second, CountryCode = c.CountryCode }, true);
                }

                if (country == c.CountryCode || code == c.CountryCode && country is null && !UsStates.Contains(second))
                {
                    return new Scored(new Location { City = city, CountryCode = c.CountryCode }, true);
                }
            }

            // "Dublin, Co. Dublin": a county of the city's country.
            if (second.StartsWith("Co. ", StringComparison.Ordinal) || second.StartsWith("County ", StringComparison.Ordinal))
            {
                return new Scored(new Location { City = city, Region = second, CountryCode = known[0].City.CountryCode }, true);
            }
        }

        if (UsStates.Contains(second) || UsStateNames.Contains(second))
        {
            return new Scored(new Location { City = city, Region = second, CountryCode = "US" }, false);
        }

        if (known.Count == 0 && CanadianProvinces.Contains(second))
        {
            return new Scored(new Location { City = city, Region = second, CountryCode = "CA" }, false);
        }

        if (Gazetteer.CountryCode(second) is { } code2 && (known.Count > 0 || !PersonLikeCountryNames.Contains(Gazetteer.Fold(second))))
        {
            return new Scored(new Location { City = city, CountryCode = code2 }, false);
        }

        return null;
    }

    /// <summary>"Pune, Maharashtra, India", "Mapo-gu, Seoul, Republic of Korea", "Kraków, małopolskie, Polska".</summary>
    private static Scored? ParseCityRegionCountry(string city, string region, string countryText)
    {
        if (Gazetteer.CountryCode(countryText) is not { } country)
        {
            return null;
        }

        // "Mapo-gu, Seoul, Korea": the first part is a ward or district of the city that follows.
        if (IsSubLocality(city))
        {
            return new Scored(new Location { City = region, CountryCode = country }, Gazetteer.Cities(region).Any(m => m.City.CountryCode == country));
        }

        var anywhere = Gazetteer.Cities(city);
        if (!MayBeCity(city, anywhere.Count > 0))
        {
            return null;
        }

        var here = anywhere.Any(m => m.City.CountryCode == country);

        // "Coastal Manufacturing, Buenos Aires, Argentina": a name no gazetteer knows before a city of that country is
        // an employer or a neighbourhood, not the city (a US state's name, "X, New York, USA", is still a state). A
        // city's name in its own language ("Siemens, Napoli, Italia") counts when it is not also a region's name.
        var cityOfCountry = Gazetteer.Cities(region).Where(m => m.City.CountryCode == country).ToList();
        var regionOfCountry = Gazetteer.Regions(region).Any(r => r.CountryCode == country);
        if (anywhere.Count == 0 && !UsStateNames.Contains(region) && cityOfCountry.Any(m => !m.ByOtherName || !regionOfCountry))
        {
            return null;
        }

        return new Scored(new Location { City = city, Region = region, CountryCode = country }, here);
    }

    /// <summary>"Sydney NSW", "Austin TX", "Toronto ON": a known city and its region's abbreviation, no comma.</summary>
    private static Location? ParseCityAndAbbreviation(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var city = text[..space].Trim();
        var abbreviation = text[(space + 1)..];
        if (abbreviation.Length is < 2 or > 3 || !abbreviation.All(char.IsUpper) || !Gazetteer.IsRegionAbbreviation(abbreviation))
        {
            return null;
        }

        var regions = Gazetteer.Regions(abbreviation).Where(r => AbbreviatingCountries.Contains(r.CountryCode)).ToList();
        foreach (var match in Gazetteer.Cities(city))
        {
            var c = match.City;
            if (regions.Any(r => r.CountryCode == c.CountryCode && (r.Admin1 == c.Admin1 || r.Admin1.StartsWith('-'))))
            {
                return new Location { City = city, Region = abbreviation, CountryCode = c.CountryCode };
            }
        }

        return null;
    }
}
