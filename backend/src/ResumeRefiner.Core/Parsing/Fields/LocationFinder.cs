using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>Recognises printed places: "Seattle, WA", "London, United Kingdom", "Berlin, Germany", "Remote".</summary>
internal static partial class LocationFinder
{
    private static readonly HashSet<string> UsStates = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    };

    private static readonly Dictionary<string, string> UsStateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alabama"] = "AL",
        ["Alaska"] = "AK",
        ["Arizona"] = "AZ",
        ["Arkansas"] = "AR",
        ["California"] = "CA",
        ["Colorado"] = "CO",
        ["Connecticut"] = "CT",
        ["Delaware"] = "DE",
        ["Florida"] = "FL",
        ["Georgia"] = "GA",
        ["Hawaii"] = "HI",
        ["Idaho"] = "ID",
        ["Illinois"] = "IL",
        ["Indiana"] = "IN",
        ["Iowa"] = "IA",
        ["Kansas"] = "KS",
        ["Kentucky"] = "KY",
        ["Louisiana"] = "LA",
        ["Maine"] = "ME",
        ["Maryland"] = "MD",
        ["Massachusetts"] = "MA",
        ["Michigan"] = "MI",
        ["Minnesota"] = "MN",
        ["Mississippi"] = "MS",
        ["Missouri"] = "MO",
        ["Montana"] = "MT",
        ["Nebraska"] = "NE",
        ["Nevada"] = "NV",
        ["New Hampshire"] = "NH",
        ["New Jersey"] = "NJ",
        ["New Mexico"] = "NM",
        ["New York"] = "NY",
        ["North Carolina"] = "NC",
        ["North Dakota"] = "ND",
        ["Ohio"] = "OH",
        ["Oklahoma"] = "OK",
        ["Oregon"] = "OR",
        ["Pennsylvania"] = "PA",
        ["Rhode Island"] = "RI",
        ["South Carolina"] = "SC",
        ["South Dakota"] = "SD",
        ["Tennessee"] = "TN",
        ["Texas"] = "TX",
        ["Utah"] = "UT",
        ["Vermont"] = "VT",
        ["Virginia"] = "VA",
        ["Washington"] = "WA",
        ["West Virginia"] = "WV",
        ["Wisconsin"] = "WI",
        ["Wyoming"] = "WY",
    };

    private static readonly Dictionary<string, string> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = "US",
        ["USA"] = "US",
        ["U.S.A."] = "US",
        ["US"] = "US",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Ireland"] = "IE",
        ["Canada"] = "CA",
        ["Australia"] = "AU",
        ["New Zealand"] = "NZ",
        ["Germany"] = "DE",
        ["France"] = "FR",
        ["Spain"] = "ES",
        ["Italy"] = "IT",
        ["Portugal"] = "PT",
        ["Netherlands"] = "NL",
        ["The Netherlands"] = "NL",
        ["Belgium"] = "BE",
        ["Switzerland"] = "CH",
        ["Austria"] = "AT",
        ["Sweden"] = "SE",
        ["Norway"] = "NO",
        ["Denmark"] = "DK",
        ["Finland"] = "FI",
        ["Poland"] = "PL",
        ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ",
        ["Hungary"] = "HU",
        ["Romania"] = "RO",
        ["Greece"] = "GR",
        ["Turkey"] = "TR",
        ["Türkiye"] = "TR",
        ["Israel"] = "IL",
        ["India"] = "IN",
        ["China"] = "CN",
        ["Japan"] = "JP",
        ["Korea"] = "KR",
        ["South Korea"] = "KR",
        ["Republic of Korea"] = "KR",
        ["S.Korea"] = "KR",
        ["S. Korea"] = "KR",
        ["America"] = "US",
        ["United States of America"] = "US",
        ["Singapore"] = "SG",
        ["Hong Kong"] = "HK",
        ["Taiwan"] = "TW",
        ["Vietnam"] = "VN",
        ["Thailand"] = "TH",
        ["Indonesia"] = "ID",
        ["Malaysia"] = "MY",
        ["Philippines"] = "PH",
        ["Pakistan"] = "PK",
        ["Bangladesh"] = "BD",
        ["Sri Lanka"] = "LK",
        ["Nepal"] = "NP",
        ["Brazil"] = "BR",
        ["Mexico"] = "MX",
        ["Argentina"] = "AR",
        ["Chile"] = "CL",
        ["Colombia"] = "CO",
        ["Peru"] = "PE",
        ["South Africa"] = "ZA",
        ["Nigeria"] = "NG",
        ["Kenya"] = "KE",
        ["Egypt"] = "EG",
        ["Morocco"] = "MA",
        ["United Arab Emirates"] = "AE",
        ["UAE"] = "AE",
        ["Saudi Arabia"] = "SA",
        ["Qatar"] = "QA",
        ["Russia"] = "RU",
        ["Ukraine"] = "UA",
        ["Estonia"] = "EE",
        ["Latvia"] = "LV",
        ["Lithuania"] = "LT",
        ["Serbia"] = "RS",
        ["Croatia"] = "HR",
        ["Slovenia"] = "SI",
        ["Slovakia"] = "SK",
        ["Bulgaria"] = "BG",
        ["Iran"] = "IR",
        ["Luxembourg"] = "LU",
        ["Iceland"] = "IS",
        ["Cyprus"] = "CY",
        ["Malta"] = "MT",
    };

    [GeneratedRegex(@"^(?<city>[\p{Lu}][\p{L}.'’\- ]{1,40}?),\s*(?<region>[\p{L}.'’\- ]{2,40}?)(?:,\s*(?<country>[\p{L}.'’\- ]{2,40}?))?(?:\s+\d{4,6}(?:-\d{4})?)?$")]
    private static partial Regex PlaceRegex();

    private static bool IsSubLocality(string text)
    {
        var t = text.Trim();
        string[] suffixes = ["-gu", "-ku", "-si", "-dong", "-ward", " District", " Ward", " Borough", " Quarter"];
        return suffixes.Any(s => t.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A location when the whole text is a place; null otherwise.</summary>
    /// <summary>"United Kingdom" → "GB"; null when the text is not a country name this finder knows.</summary>
    public static string? CountryCode(string text) => Countries.TryGetValue(text.Trim(), out var code) ? code : null;

    public static Location? Parse(string text)
    {
        var t = text.Trim().Trim('|', '·', '•', '-', '–', ' ');
        if (t.Length is < 4 or > 70 || t.Any(char.IsDigit) && !Regex.IsMatch(t, @"\d{4,6}(-\d{4})?$"))
        {
            return null;
        }

        var m = PlaceRegex().Match(t);
        if (!m.Success)
        {
            return null;
        }

        var city = m.Groups["city"].Value.Trim();
        var region = m.Groups["region"].Value.Trim();
        var country = m.Groups["country"].Success ? m.Groups["country"].Value.Trim() : null;
        // "Xidian University, Shaanxi, China" is an institution followed by a place, not a city.
        if (city.Split(' ').Length > 3 || EntryVocabulary.OrgScore(city) > 0 || EntryVocabulary.TitleScore(city) > 0
            || EntryVocabulary.IsInstitution(city))
        {
            return null;
        }

        if (country is not null)
        {
            if (!Countries.TryGetValue(country, out var cc))
            {
                return null;
            }

            // "Mapo-gu, Seoul, Korea": the first part is a ward or district of the city that follows.
            return IsSubLocality(city)
                ? new Location { City = region, CountryCode = cc }
                : new Location { City = city, Region = region, CountryCode = cc };
        }

        if (UsStates.Contains(region))
        {
            return new Location { City = city, Region = region, CountryCode = "US" };
        }

        if (UsStateNames.TryGetValue(region, out var state))
        {
            return new Location { City = city, Region = region, CountryCode = "US" };
        }

        if (Countries.TryGetValue(region, out var code))
        {
            return new Location { City = city, CountryCode = code };
        }

        return null;
    }

    /// <summary>Finds a "City, ST" or "City, Country" place inside a longer text; returns its span.</summary>
    public static (int Index, int Length, Location Location)? FindIn(string text)
    {
        // Try every comma as the hinge between a city and a region, widest plausible city first.
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var start = comma;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is ' ' or '.' or '\'' or '-'))
            {
                start--;
            }

            var end = comma + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is ' ' or '.' or ','))
            {
                end++;
            }

            // Shrink from the left word by word (the city is at most four words), and from the right.
            var words = text[start..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var maxTake = 0;
            while (maxTake < Math.Min(words.Length, 3))
            {
                var w = words[words.Length - 1 - maxTake];
                if (w.Length == 0 || !char.IsUpper(w[0]) || EntryVocabulary.OrgScore(w) > 0 || EntryVocabulary.TitleScore(w) > 0)
                {
                    break;
                }

                maxTake++;
            }

            for (var take = maxTake; take >= 1; take--)
            {
                var cityText = string.Join(' ', words[^take..]);
                var tail = text[(comma + 1)..end];
                var tailParts = tail.Split(',');
                for (var parts = Math.Min(tailParts.Length, 2); parts >= 1; parts--)
                {
                    var candidate = cityText + "," + string.Join(',', tailParts.Take(parts));
                    var trimmed = candidate.Trim().TrimEnd('.');
                    if (Parse(trimmed) is { } loc)
                    {
                        var idx = text.IndexOf(trimmed, start, StringComparison.Ordinal);
                        if (idx >= 0)
                        {
                            return (idx, trimmed.Length, loc);
                        }
                    }
                }
            }
        }

        return null;
    }
}
