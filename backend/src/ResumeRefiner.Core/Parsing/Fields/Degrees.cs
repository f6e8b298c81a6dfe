using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>The level of study a degree stands for, lowest first.</summary>
internal enum DegreeLevel
{
    Secondary,
    Certificate,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

/// <summary>A degree read from text: its name as printed, the field of study after it, and its level.</summary>
internal sealed record Degree(string StudyType, string? Area, DegreeLevel Level);

/// <summary>
/// Degree names as people print them: spelled out ("Bachelor of Science", "Associate Degree in Nursing"), abbreviated
/// with or without dots ("M.S.", "MSc", "PharmD", "BSN"), and the national names of other countries ("Licenciatura",
/// "Laurea Magistrale", "Diplom-Ingenieur", "Yüksek Lisans", "Maturita").
/// </summary>
internal static partial class Degrees
{
    // The degree at the start of a fragment, then what follows it. Very short capital abbreviations (BA, MS, AS) are
    // matched only in capitals, so "as" or "me" in a sentence are not degrees.
    private const string Spelled =
        @"master\s+[12]|juris\s+doctor(?:ate)?|(?:honou?rs\s+)?(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\s+(?:degree|student|candidate))?"
        + @"(?:\s+of\s+(?:the\s+)?(?:" + TwoWordField + @"|(?-i:[A-Z][a-z]+)))?"
        + @"|(?:associate|foundation)\s+degree|doctorate|(?:post)?graduate\s+(?:diploma|certificate)(?:\s+in\s+education)?"
        + @"|(?:higher\s+)?national\s+(?:diploma|certificate)|professional\s+certificate|certificate(?:\s+(?:of\s+completion|program|iv|iii|ii))?"
        + @"|(?:high\s+school\s+|polytechnic\s+)?diploma(?:\s+di\s+tecnico\s+superiore)?|(?:high|secondary)\s+school(?=\s*(?:$|[,;:|(–—-]))"
        + @"|higher\s+school\s+certificate|(?:irish\s+)?leaving\s+cert(?:ificate)?|a-levels?|gcses?|ged|wassce|abitur"
        + @"|(?:(?:nvq|svq|btec)\s+)?level\s+\d+(?:\s+(?:extended\s+)?(?:diploma|certificate|award|nvq))?|(?:nvq|svq)(?:\s+level\s+\d+)?"
        + @"|baccalaur[ée]at|bac(?:\s+(?:s|es|l|pro))?|bts|dut|hnd|hnc|btec|licence(?:\s+professionnelle)?|ma[îi]trise|master\s+[12]"
        + @"|licenciatura|lic\.|laurea(?:\s+(?:magistrale|specialistica|triennale|di\s+primo\s+livello|di\s+secondo\s+livello))?"
        + @"|dottorato(?:\s+di\s+ricerca)?|diplom(?:-[\p{L}]+)?|mag[íi]ster|magistra?|meisterbrief|ausbildung|staatsexamen"
        + @"|mestrado|bacharelado|gradua[çc][ãa]o|doutorado|especializa[çc][ãa]o|doctorado|grado|m[áa]ster|t[íi]tulo\s+\p{L}+"
        + @"|curso\s+(?:de\s+especializaci[óo]n|superior\s+de\s+tecnolog[íi]a|t[ée]cnico)|carrera\s+t[ée]cnica"
        + @"|t[ée]cnico(?:\s+superior)?(?:\s+universitario)?|bachillerato|preparatoria|ingenier[oa]|y[üu]ksek\s+lisans|lisans"
        + @"|doktora|doktor|maturita|matura|hbo(?:\s+bachelor)?|executive\s+mba"
        + @"|titre\s+professionnel|dipl[ôo]me(?:\s+d['’]\p{L}+)?|mittlere\s+reife|fachabitur|(?-i:BEP|DEUG|DEA|DESS)";

    // "Master of Public Health", "Bachelor of Fine Arts": a degree's name runs to a second word only after a word that
    // qualifies it, so "Bachelor of Science Computer Science" is the degree and then its field.
    private const string TwoWordField =
        @"(?-i:(?:Business|Fine|Applied|Public|Social|Physical|Occupational|Health|Computer|Dental|Veterinary|Information"
        + @"|Liberal|Professional|Library|Industrial|Urban|Landscape|Interior|Creative|International|Political|Environmental"
        + @"|Natural|Human|Sacred|Special|Higher|Adult|Advanced|Educational|Criminal|Nursing)\s+"
        + @"(?:Administration|Arts|Science|Sciences|Health|Work|Therapy|Policy|Affairs|Management|Studies|Education|Engineering"
        + @"|Technology|Technologies|Design|Planning|Architecture|Surgery|Medicine|Justice|Theology|Music|Resources|Nursing|Practice"
        + @"|Systems|Security|Analytics))";

    private const string Abbreviated =
        @"(?:ph\.?\s?d|d\.?\s?phil|m\.?\s?phil|psy\.?\s?d|ed\.?\s?d|pharm\.?\s?d|pharmdr|phdr|mudr|m\.?\s?b\.?\s?a|e\.?m\.?b\.?a"
        + @"|b\.?\s?sc|m\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?\s?tech|m\.?\s?tech|b\.?\s?comm?|m\.?\s?comm?|b\.?\s?econ|m\.?\s?econ|b\.?\s?b\.?\s?a|bsba"
        + @"|b\.?\s?arch|m\.?\s?arch|b\.?\s?ed|m\.?\s?ed|m\.?\s?res|m\.?\s?f\.?\s?a|b\.?\s?f\.?\s?a|ll\.?\s?b|ll\.?\s?m|j\.?\s?d"
        + @"|m\.?\s?d|d\.?\s?d\.?\s?s|d\.?\s?m\.?\s?d|d\.?\s?p\.?\s?t|d\.?\s?n\.?\s?p|d\.?\s?v\.?\s?m|m\.?\s?p\.?\s?h|m\.?\s?h\.?\s?a"
        + @"|m\.?\s?s\.?\s?w|b\.?\s?s\.?\s?w|b\.?\s?s\.?\s?n|m\.?\s?s\.?\s?n|m\.?\s?p\.?\s?a|m\.?\s?p\.?\s?p|m\.?\s?a\.?\s?t"
        + @"|mbbs|mbchb|b\.?\s?d\.?\s?s|fd\.?\s?(?:sc|a)|pgce|pgdip|a\.?\s?a\.?\s?s|bc\.|mgr\.|ing\."
        + @"|b\.\s?s|m\.\s?s|b\.\s?a|m\.\s?a|b\.\s?e|m\.\s?e|a\.\s?a|a\.\s?s|(?-i:BS|MS|BA|MA|BE|ME|AA|AS))\.?(?![\p{L}])";

    [GeneratedRegex(@"^(?<type>(?:" + Spelled + "|" + Abbreviated + @")(?:\s*\((?:hons?|honou?rs|[A-Z]{2,5}|" + Abbreviated + @"|p[óo]s-gradua[çc][ãa]o|postgraduate)\.?\)|\s+\(?honou?rs\)?|\s+hons\b\.?)?(?:\s+(?:candidate|student))?)(?![\p{L}])(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DegreeStartRegex();

    // An abbreviated degree anywhere in a sentence ("an M.S. or B.Sc. in physics", "RN/BSN"): left edge not part of a word.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])" + Abbreviated, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviatedAnywhereRegex();

    [GeneratedRegex(@"^" + Abbreviated + @"(?:\s*\(hons?\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviatedOnlyRegex();

    // Capitalised words, with the small words a field's name holds ("Science and Technology").
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|&)){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldWordsRegex();

    // Two bare capitals ("BS", "MA", "AA") are a degree only where one is expected, not in "WCAG 2.1 AA".
    [GeneratedRegex(@"^(?:\s+(?:degree|in|of|and|or)\b|\s*[/(,])", RegexOptions.IgnoreCase)]
    private static partial Regex BareDegreeAfterRegex();

    [GeneratedRegex(@"(?:\b(?:a|an|or|and|with|holds?)\s+|[/(,]\s*|^\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDegreeBeforeRegex();

    // "MS Excel", "MA residents": letters that spell a degree but name a product or a place.
    [GeneratedRegex(@"^\s+(?:Excel|Office|Word|Project|Access|Teams|Dynamics|SQL|PowerPoint|Outlook|Visio|Azure|Windows)\b")]
    private static partial Regex ProductAfterRegex();

    [GeneratedRegex(@"ph\.?\s?d|doct|d\.?\s?phil|psy\.?\s?d|ed\.?\s?d|pharm|^m\.?\s?d\b|^j\.?\s?d\b|d\.?\s?d\.?\s?s|d\.?\s?m\.?\s?d|d\.?\s?p\.?\s?t|d\.?\s?n\.?\s?p|d\.?\s?v\.?\s?m|dottorato|doutorado|doktor|mudr|phdr", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoctorateRegex();

    [GeneratedRegex(@"master|m[áa]ster|ma[îi]trise|mag[íi]?st|mestrado|magistrale|specialistica|secondo|y[üu]ksek|mgr|diplom\b|diplom-|mba|^m\.?\s?(?:s|a|sc|eng|tech|comm?|econ|arch|ed|res|f\.?a|phil|p\.?h|h\.?a|s\.?w|s\.?n|p\.?a|p\.?p|a\.?t)\b|ll\.?\s?m|executive", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MasterRegex();

    [GeneratedRegex(@"bachelor|^b\.?\s?(?:s|a|sc|eng|tech|comm?|econ|arch|ed|e|f\.?\s?a|b\.?\s?a|s\.?\s?w|s\.?\s?n|d\.?\s?s)\b|bsba|licenc|^lic\.|laurea|lisans|bacharelado|gradua|grado|ll\.?\s?b|mbbs|mbchb|hbo|^bc\.|^ing\.|ingenier|staatsexamen|t[íi]tulo", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BachelorRegex();

    [GeneratedRegex(@"associate|foundation|^a\.?\s?a|^a\.?\s?s\b|hnd|bts|dut|t[ée]cnic[oa]|tecnolog|fd\.?\s?(?:sc|a)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssociateRegex();

    [GeneratedRegex(@"high|secondary|secund|\bschool\b|\bged\b|a-level|gcse|leaving|wassce|abitur|\bbac\b|baccalaur|maturit|matura\b|bachillerato|preparatoria", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondaryRegex();

    // "Culinary Arts Diploma": capitalised words, then the kind of credential.
    [GeneratedRegex(@"^(?-i:\p{Lu})[\p{L}&/'’-]*(?:\s+(?-i:\p{Lu})[\p{L}&/'’-]*){0,4}\s+(?:diploma|certificate|degree)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedCredentialRegex();

    // "in", "of", a separator, or the words that introduce a major ("Major in Biology", ", majoring in Biology").
    [GeneratedRegex(@"^(?:(?:in|of|on|en|em|di)\b|[,:\-–—/])?\s*(?:(?:with\s+an?\s+)?(?:major(?:ing)?|concentration|specialization|specialisation|emphasis|focus)\s*(?:in|on|:)\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreaLeadRegex();

    /// <summary>
    /// "Master of Science in Computer Science" → ("Master of Science", "Computer Science", Master); also a degree
    /// printed after its field ("Social Work, MSW", "Nursing (BSN)"). Null when the text names no degree.
    /// </summary>
    public static Degree? Parse(string text)
    {
        var t = text.Trim();
        if (Leading(t) is { } leading)
        {
            return Capitalised(t) is { } whole && whole.StudyType.Length > leading.StudyType.Length ? whole : leading;
        }

        if (Capitalised(t) is { } capitalised)
        {
            return capitalised;
        }

        // "Culinary Arts Diploma", "Advanced Diploma", "Red Seal Trade Certificate": a credential named by the words before
        // its kind; whether those words are its field or part of its name, the whole is what was studied.
        if (NamedCredentialRegex().IsMatch(t))
        {
            return new Degree(t, null, LevelOf(t));
        }

        // The field first and the degree last.
        var cut = Math.Max(t.LastIndexOf(", ", StringComparison.Ordinal), t.LastIndexOf(" - ", StringComparison.Ordinal));
        var open = t.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && t.EndsWith(')'))
        {
            cut = open;
        }

        if (cut > 1 && Leading(t[(cut + 1)..].Trim().Trim('(', ')', '-').Trim()) is { Area: null } trailing)
        {
            var area = t[..cut].Trim().Trim(',', '-').Trim();

            // "Network Administration, Foundation Degree (FdSc)": the abbreviation in brackets follows its spelled name.
            var comma = area.LastIndexOf(", ", StringComparison.Ordinal);
            if (cut == open && comma > 0 && Leading(area[(comma + 2)..]) is { Area: null } spelled)
            {
                return spelled with { StudyType = area[(comma + 2)..] + t[cut..], Area = area[..comma].Trim() };
            }

            return trailing with { Area = area.Length > 0 ? area : null };
        }

        // "Data Science MSc", "Mechanical Engineering B.Eng.": an abbreviated degree after its field, with no separator.
        var space = t.LastIndexOf(' ');
        if (space > 0 && AbbreviatedOnlyRegex().IsMatch(t[(space + 1)..]) && FieldWordsRegex().IsMatch(t[..space])
            && t[(space + 1)..] is var abbreviation && (abbreviation.Contains('.', StringComparison.Ordinal) || abbreviation.Count(char.IsUpper) >= 2))
        {
            return new Degree(abbreviation, t[..space].Trim(), LevelOf(abbreviation));
        }

        return null;
    }

    /// <summary>
    /// "BACHELOR OF ARTS PUBLIC POLICY": in capitals the field cannot be told from the degree's name by its capital
    /// letter, so the text is read in title case and cut where that reading cuts it.
    /// </summary>
    private static Degree? Capitalised(string text)
    {
        if (text.Any(char.IsLower) || !text.Any(char.IsUpper))
        {
            return null;
        }

        var title = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
        if (title.Length != text.Length || Leading(title) is not { } degree)
        {
            return null;
        }

        var type = text[..degree.StudyType.Length];
        var area = AreaLeadRegex().Replace(text[degree.StudyType.Length..].Trim(), string.Empty).Trim();
        return new Degree(type, area.Length > 0 ? area : null, degree.Level);
    }

    private static Degree? Leading(string text)
    {
        var m = DegreeStartRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var type = m.Groups["type"].Value.Trim();
        var rest = m.Groups["rest"].Value;

        // The degree must end at a separator, not run into a word ("MSc.Eng", "Marketing").
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] is not (',' or ':' or '-' or '–' or '—' or '(' or ';' or '/' or '|'))
        {
            return null;
        }

        var area = AreaLeadRegex().Replace(rest.Trim(), string.Empty).Trim();
        return new Degree(type, area.Length > 0 ? area : null, LevelOf(type));
    }

    /// <summary>"in Computer Science", "Major in Biology" → the field alone.</summary>
    public static string TrimAreaLead(string area) => AreaLeadRegex().Replace(area.Trim(), string.Empty).Trim();

    /// <summary>
    /// Abbreviated degrees written anywhere in a text: "M.S.", "B.Sc.", "MSc", "M.Eng.", "BBA", "PharmD", "BSN". Only
    /// forms with a dot or two capitals count, so "me", "Med" or "bed" in a sentence are not degrees.
    /// </summary>
    public static IEnumerable<Degree> FindAbbreviated(string text)
    {
        foreach (Match m in AbbreviatedAnywhereRegex().Matches(text))
        {
            var type = m.Value.Trim();
            var after = text[(m.Index + m.Length)..];
            var before = text[..m.Index];
            if ((type.Contains('.', StringComparison.Ordinal) || type.Count(char.IsUpper) >= 2)
                && !ProductAfterRegex().IsMatch(after)
                && (type.Length > 2 || BareDegreeAfterRegex().IsMatch(after) || BareDegreeBeforeRegex().IsMatch(before)))
            {
                yield return new Degree(type, null, LevelOf(type));
            }
        }
    }

    public static DegreeLevel LevelOf(string studyType)
    {
        if (DoctorateRegex().IsMatch(studyType))
        {
            return DegreeLevel.Doctorate;
        }

        if (MasterRegex().IsMatch(studyType))
        {
            return DegreeLevel.Master;
        }

        if (AssociateRegex().IsMatch(studyType))
        {
            return DegreeLevel.Associate;
        }

        if (SecondaryRegex().IsMatch(studyType))
        {
            return DegreeLevel.Secondary;
        }

        return BachelorRegex().IsMatch(studyType) ? DegreeLevel.Bachelor : DegreeLevel.Certificate;
    }
}
