using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>A populated place from GeoNames' cities15000: where it is and how many live there.</summary>
internal sealed record GazetteerCity(string Name, string CountryCode, string Admin1, int Population, bool IsCommonWord);

/// <summary>A country's first-level region (state, province, voivodeship). Admin1 starts with '-' when unknown.</summary>
internal sealed record GazetteerRegion(string CountryCode, string Admin1, string Name);

/// <summary>A city a name stands for; <c>ByOtherName</c> when the name is an alternate one ("Warszawa" for Warsaw).</summary>
internal readonly record struct CityMatch(GazetteerCity City, bool ByOtherName);

/// <summary>
/// Cities, regions and countries by the names people write, accent- and case-insensitively. Cities and regions come
/// from GeoNames and CLDR through tools/gazetteer (the embedded Data/places.tsv.gz); country names come from the
/// runtime's ICU data (English and native names of every region .NET knows) and a few aliases. Loaded once, lazily.
/// </summary>
internal static class Gazetteer
{
    private const string ResourceName = "ResumeRefiner.Core.Parsing.Data.places.tsv.gz";

    private static readonly Lazy<Places> PlacesData = new(LoadPlaces, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Dictionary<string, string>> CountryNames = new(LoadCountries, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// How people abbreviate regions where ISO 3166-2 codes (which the data carries for US, CA, AU, IN and BR) are not
    /// what they write: Mexico's "CDMX" and "Edomex", Argentina's "CABA", India's newer "TS" and "OD". Hand-kept.
    /// </summary>
    private static readonly (string Abbreviation, string CountryCode, string RegionName)[] ExtraAbbreviations =
    [
        ("CDMX", "MX", "Mexico City"), ("DF", "MX", "Mexico City"), ("D.F.", "MX", "Mexico City"), ("EDOMEX", "MX", "México"),
        ("Edomex", "MX", "México"), ("N.L.", "MX", "Nuevo León"), ("NL", "MX", "Nuevo León"), ("Jal.", "MX", "Jalisco"),
        ("Qro.", "MX", "Querétaro"), ("Gto.", "MX", "Guanajuato"), ("Pue.", "MX", "Puebla"), ("B.C.", "MX", "Baja California"),
        ("Yuc.", "MX", "Yucatán"), ("CABA", "AR", "Buenos Aires F.D."), ("TS", "IN", "Telangana"), ("OD", "IN", "Odisha"),
        ("CG", "IN", "Chhattisgarh"),
    ];

    /// <summary>What people call countries besides ICU's names for them.</summary>
    private static readonly (string Name, string Code)[] CountryAliases =
    [
        ("USA", "US"), ("U.S.A.", "US"), ("US", "US"), ("U.S.", "US"), ("America", "US"), ("United States of America", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
        ("Wales", "GB"), ("Northern Ireland", "GB"), ("UAE", "AE"), ("U.A.E.", "AE"), ("KSA", "SA"), ("Korea", "KR"),
        ("Republic of Korea", "KR"), ("S. Korea", "KR"), ("S.Korea", "KR"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("The Netherlands", "NL"), ("Holland", "NL"), ("Russia", "RU"), ("Russian Federation", "RU"), ("Turkey", "TR"),
        ("Türkiye", "TR"), ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Hong Kong", "HK"), ("Macau", "MO"), ("Macao", "MO"),
        ("Ivory Coast", "CI"), ("Bosnia and Herzegovina", "BA"), ("Trinidad and Tobago", "TT"), ("Myanmar", "MM"),
        ("Burma", "MM"), ("DRC", "CD"), ("DR Congo", "CD"), ("PRC", "CN"), ("Mainland China", "CN"), ("Deutschland", "DE"),
        ("Brasil", "BR"), ("Republic of Ireland", "IE"), ("Eire", "IE"), ("Persia", "IR"), ("Swaziland", "SZ"),
        ("Macedonia", "MK"), ("Cape Verde", "CV"), ("East Timor", "TL"), ("Palestine", "PS"),
    ];

    public static int CityCount => PlacesData.Value.Cities.Length;

    public static int RegionCount => PlacesData.Value.Regions.Length;

    /// <summary>Every city a name stands for, largest first; names it by its own name before other names.</summary>
    public static IReadOnlyList<CityMatch> Cities(string name)
    {
        var places = PlacesData.Value;
        if (!places.CitiesByName.TryGetValue(Fold(name), out var head))
        {
            return [];
        }

        var result = new List<CityMatch>(2);
        for (var i = head; i >= 0; i = places.NextMatch[i])
        {
            result.Add(places.Matches[i]);
        }

        return result;
    }

    /// <summary>Regions named so ("Andalucía", "Ontario", "małopolskie") or abbreviated so ("ON", "NSW", "SP").</summary>
    public static IReadOnlyList<GazetteerRegion> Regions(string name)
    {
        var places = PlacesData.Value;
        var t = name.Trim();
        var result = new List<GazetteerRegion>();
        if (places.RegionsByAbbreviation.TryGetValue(t, out var abbreviated))
        {
            result.AddRange(abbreviated);
        }
        else if (t.Length >= 3 && t.All(char.IsLetter) && places.RegionsByAbbreviation.TryGetValue(t.ToUpperInvariant(), out abbreviated))
        {
            // "Vic", "Qld": a three-letter abbreviation is written in title case too.
            result.AddRange(abbreviated);
        }

        if (t.Length > 2 && places.RegionsByName.TryGetValue(Fold(t), out var named))
        {
            result.AddRange(named.Where(r => !result.Contains(r)));
        }

        return result;
    }

    /// <summary>Whether the text is an abbreviation people write for a region ("ON", "NSW", "CDMX").</summary>
    public static bool IsRegionAbbreviation(string text) => PlacesData.Value.RegionsByAbbreviation.ContainsKey(text.Trim());

    /// <summary>"Deutschland" → "DE", "United Kingdom" → "GB", "S. Korea" → "KR"; null for anything else.</summary>
    public static string? CountryCode(string name)
    {
        var key = Fold(name);
        return key.Length > 1 && CountryNames.Value.TryGetValue(key, out var code) ? code : null;
    }

    /// <summary>
    /// The key names are compared by: lower case, no accents, "ł"/"ø"/"ß" spelled in ASCII, dots and hyphens as spaces
    /// ("Kraków" → "krakow", "Frankfurt-am-Main" → "frankfurt am main"). tools/gazetteer/build.mjs folds alike.
    /// </summary>
    public static string Fold(string text) => Fold(text.AsSpan());

    /// <inheritdoc cref="Fold(string)"/>
    public static string Fold(ReadOnlySpan<char> text)
    {
        // Most names are plain ASCII words ("Buenos Aires"): lower case is all they need.
        var plain = text.Length > 0 && text[0] != ' ' && text[^1] != ' ';
        for (var i = 0; plain && i < text.Length; i++)
        {
            var c = text[i];
            plain = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\'' || c == ' ' && text[i - 1] != ' ';
        }

        if (plain)
        {
            return string.Create(text.Length, text, static (span, source) => source.ToLowerInvariant(span));
        }

        // Latin letters fold through a table; anything else (other scripts, combining marks) through Unicode's NFD.
        var table = LatinFolds.Value;
        foreach (var c in text)
        {
            if (c >= table.Length || c > 127 && table[c] is null)
            {
                return FoldDecomposed(text.ToString().Normalize(NormalizationForm.FormD));
            }
        }

        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (c < 128)
            {
                length = Append(buffer, length, char.ToLowerInvariant(c), ref space);
            }
            else
            {
                foreach (var f in table[c]!)
                {
                    length = Append(buffer, length, f, ref space);
                }
            }
        }

        return new string(buffer[..(length > 0 && buffer[length - 1] == ' ' ? length - 1 : length)]);
    }

    private static string FoldDecomposed(string decomposed)
    {
        var buffer = new char[decomposed.Length * 2];
        var length = 0;
        var space = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                foreach (var f in Special(char.ToLowerInvariant(ch)))
                {
                    length = Append(buffer, length, f, ref space);
                }
            }
        }

        return new string(buffer, 0, length > 0 && buffer[length - 1] == ' ' ? length - 1 : length);
    }

    private static int Append(Span<char> buffer, int length, char c, ref bool space)
    {
        if (c is '.' or '-' or '‐' or '‑' or '–' or '—' || char.IsWhiteSpace(c))
        {
            if (!space)
            {
                buffer[length++] = ' ';
                space = true;
            }

            return length;
        }

        space = false;
        buffer[length++] = c;
        return length;
    }

    /// <summary>Letters that NFD does not take apart but people spell in ASCII: "Łódź" is written "Lodz".</summary>
    private static string Special(char c) => c switch
    {
        'ł' or 'ŀ' => "l",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ı' => "i",
        'ħ' => "h",
        'þ' => "th",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        '’' or '‘' or '`' or '´' => "'",
        _ => c.ToString(),
    };

    /// <summary>The fold of each character from U+0080 to U+2020 whose fold is plain ASCII; null for the others.</summary>
    private static readonly Lazy<string?[]> LatinFolds = new(() =>
    {
        var table = new string?[0x2020];
        for (var c = (char)0x80; c < table.Length; c++)
        {
            if (c is >= '\u0250' and < '\u1E00' && c is not ('‐' or '‑' or '–' or '—' or '’' or '‘' or '´'))
            {
                continue;
            }

            var folded = FoldDecomposed(c.ToString().Normalize(NormalizationForm.FormD));
            if (folded.All(char.IsAscii))
            {
                // Keep what Append does with spaces and dashes: they are separators, not letters.
                table[c] = c is '‐' or '‑' or '–' or '—' ? "-" : char.IsWhiteSpace(c) ? " " : folded;
            }
        }

        return table;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed record Places(
        GazetteerCity[] Cities,
        GazetteerRegion[] Regions,
        Dictionary<string, int> CitiesByName,
        CityMatch[] Matches,
        int[] NextMatch,
        Dictionary<string, GazetteerRegion[]> RegionsByName,
        Dictionary<string, GazetteerRegion[]> RegionsByAbbreviation);

    private static Places LoadPlaces()
    {
        string text;
        using (var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing."))
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        using (var bytes = new MemoryStream(1 << 21))
        {
            gzip.CopyTo(bytes);
            text = Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }

        var cities = new List<GazetteerCity>(34_000);
        var regions = new List<GazetteerRegion>(4_600);
        // Each name's cities are a chain through one array, not an array each: a hundred thousand fewer objects to load.
        var cityNames = new Dictionary<string, int>(100_000, StringComparer.Ordinal);
        var matches = new List<CityMatch>(100_000);
        var next = new List<int>(100_000);
        var regionNames = new Dictionary<string, List<GazetteerRegion>>(StringComparer.Ordinal);
        var abbreviations = new Dictionary<string, List<GazetteerRegion>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<Range> f = stackalloc Range[8];

        // One pass over the text, fields as spans: only names and keys become strings.
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[lineRange];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var count = line.Split(f, '\t');
            if (line[0] == 'C' && count >= 7)
            {
                // C, name, other names, country, admin1, population in thousands, flags
                var name = line[f[1]].ToString();
                var city = new GazetteerCity(name, Code(codes, line[f[3]]), Code(codes, line[f[4]]),
                    int.Parse(line[f[5]], CultureInfo.InvariantCulture) * 1000, line[f[6]].Contains('w'));
                cities.Add(city);
                AddCity(cityNames, matches, next, Fold(name), new CityMatch(city, false));
                foreach (var other in line[f[2]].Split('|'))
                {
                    if (other.End.Value > other.Start.Value)
                    {
                        AddCity(cityNames, matches, next, Fold(line[f[2]][other]), new CityMatch(city, true));
                    }
                }
            }
            else if (line[0] == 'R' && count >= 5)
            {
                // R, country, admin1, names, abbreviations
                var names = line[f[3]].ToString().Split('|');
                var region = new GazetteerRegion(Code(codes, line[f[1]]), line[f[2]].ToString(), names[0]);
                regions.Add(region);
                foreach (var name in names)
                {
                    Add(regionNames, Fold(name), region);
                }

                foreach (var abbreviation in line[f[4]].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(abbreviations, abbreviation, region);
                }
            }
        }

        foreach (var (abbreviation, country, regionName) in ExtraAbbreviations)
        {
            if (regionNames.TryGetValue(Fold(regionName), out var named) && named.FirstOrDefault(r => r.CountryCode == country) is { } region)
            {
                Add(abbreviations, abbreviation, region);
            }
        }

        // Own names first, then the largest: "Córdoba" is Argentina's before Spain's; "Roma" is Rome.
        var matchArray = matches.ToArray();
        var nextArray = next.ToArray();
        foreach (var key in cityNames.Keys.ToArray())
        {
            var head = cityNames[key];
            if (nextArray[head] < 0)
            {
                continue;
            }

            var chain = new List<int>();
            for (var i = head; i >= 0; i = nextArray[i])
            {
                chain.Add(i);
            }

            chain.Sort((a, b) => Rank(matchArray[b]).CompareTo(Rank(matchArray[a])));
            for (var i = 0; i < chain.Count; i++)
            {
                nextArray[chain[i]] = i + 1 < chain.Count ? chain[i + 1] : -1;
            }

            cityNames[key] = chain[0];
        }

        var places = new Places(
            cities.ToArray(),
            regions.ToArray(),
            cityNames,
            matchArray,
            nextArray,
            regionNames.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal),
            abbreviations.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal));
        return places;
    }

    /// <summary>One string per country and admin1 code, shared by the cities that have it.</summary>
    private static string Code(Dictionary<string, string> codes, ReadOnlySpan<char> code)
    {
        var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(code, out var value))
        {
            value = code.ToString();
            codes[value] = value;
        }

        return value;
    }

    private static Dictionary<string, string> LoadCountries()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, code) in CountryAliases)
        {
            names[Fold(name)] = code;
        }

        // ICU knows every region's English name and its name in each language spoken there ("Deutschland", "Suisse").
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0]))
            {
                continue;
            }

            foreach (var name in new[] { region.EnglishName, region.NativeName, TrimSar(region.EnglishName) })
            {
                var key = Fold(name.Replace("&", "and", StringComparison.Ordinal));
                if (key.Length > 2)
                {
                    names.TryAdd(key, code);
                }
            }
        }

        return names;
    }

    /// <summary>"Hong Kong SAR China" → "Hong Kong"; "Myanmar (Burma)" → "Myanmar"; "Congo - Kinshasa" stays.</summary>
    private static string TrimSar(string name)
    {
        var sar = name.IndexOf(" SAR ", StringComparison.Ordinal);
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return sar > 0 ? name[..sar] : paren > 0 ? name[..paren] : name;
    }

    private static long Rank(CityMatch match) => match.ByOtherName ? match.City.Population / 20 : match.City.Population;

    private static void AddCity(Dictionary<string, int> map, List<CityMatch> matches, List<int> next, string key, CityMatch match)
    {
        if (key.Length == 0)
        {
            return;
        }

        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(map, key, out var exists);
        if (exists && ReferenceEquals(matches[head].City, match.City))
        {
            return;
        }

        matches.Add(match);
        next.Add(exists ? head : -1);
        head = matches.Count - 1;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
