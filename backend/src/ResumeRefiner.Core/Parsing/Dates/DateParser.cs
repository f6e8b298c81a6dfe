using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Dates;

/// <summary>
/// Finds dates and date ranges in the many ways resumes print them ("Jan 2020 – Present", "01/2020 - 03/2022",
/// "2019–2021", "Mar. 2020 to Current", "Summer 2018", "2020 — now") and converts them to ISO 8601.
/// </summary>
internal static partial class DateParser
{
    private const string MonthNames =
        @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private const string Month = @"(?<mon>" + MonthNames + @")\.?";

    /// <summary>Years before <see cref="ModernFloor"/> are only dates inside a <see cref="HistoricalRangeRegex"/>.</summary>
    private const int ModernFloor = 1950;

    /// <summary>The earliest year a historical range may start in.</summary>
    private const int HistoricalFloor = 1600;

    /// <summary>The longest span a historical range may cover (a career or a course of study, not an era).</summary>
    private const int HistoricalMaxSpan = 80;

    // Digits are spelled [0-9]: \d also matches other scripts' digits (Arabic-Indic, NKo), which int.Parse refuses.
    private const string Year = @"(?<year>(?:19|20)[0-9]{2})";

    // One date. Alternatives are tried left to right, so the most specific forms come first.
    private const string SingleDate =
        @"(?:" + Month + @"[\s,]*(?:" + Year + @"|['’](?<yy>[0-9]{2}))"
        + @"|(?<nm>0?[1-9]|1[0-2])\s*[/.\-]\s*" + Year
        + @"|(?<iy>(?:19|20)[0-9]{2})\s*[/\-.]\s*(?<im>0[1-9]|1[0-2])(?![0-9])"
        + @"|(?<season>spring|summer|fall|autumn|winter)[\s,]*" + Year
        + @"|" + Year + @"[-/.\s]" + Month + @"(?![a-z])"
        + @"|" + Year + @")";

    private const string Ongoing =
        @"(?<ongoing>present|current(?:ly)?|now|ongoing|today|to\s+date|till\s+date|date|heute)";

    private const string Separator = @"\s*(?:-{1,2}|–|—|−|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b)\s*(?:exp(?:ected)?\.?\s*)?";

    [GeneratedRegex(@"(?<![\w/.])" + SingleDate + @"(?![\w/]|\.[0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDateRegex();

    // "1856 – 1861", "Sep 1863 – Jun 1865", "(1865 – Present)": a range of early years standing alone, which is what an
    // entry's date slot holds. Such years are not read anywhere else, so counts and amounts in text stay numbers.
    [GeneratedRegex(
        @"^[\s(\[]*(?:(?<m1>" + MonthNames + @")\.?[\s,]*)?(?<y1>1[6-9][0-9]{2})" + Separator
        + @"(?:(?:(?<m2>" + MonthNames + @")\.?[\s,]*)?(?<y2>1[6-9][0-9]{2}|20[0-9]{2})|" + Ongoing + @")[\s)\].]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HistoricalRangeRegex();

    [GeneratedRegex(@"^" + Separator + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorOnlyRegex();

    [GeneratedRegex(@"^" + Separator + Ongoing + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OngoingAfterRegex();

    // "2019 –" at the end of the text, or before a closing bracket or separator ("(Apr 2017 –)").
    [GeneratedRegex(@"^\s*[-–—]\s*(?=$|[)\]|,;])")]
    private static partial Regex OpenEndRegex();

    // "June 2022 – Software Engineer": a dash after a date and then words, the end wrapped to another line.
    [GeneratedRegex(@"^\s+[-–—]\s+\p{L}")]
    private static partial Regex DanglingDashRegex();

    [GeneratedRegex(@"\b(?:since|from)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceBeforeRegex();

    [GeneratedRegex(@"\b(?:exp(?:ected)?\.?|anticipated|graduat(?:ion|ing))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedBeforeRegex();

    [GeneratedRegex(@"\b(?:spring|summer|fall|autumn|winter|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LossyWordsRegex();

    [GeneratedRegex(@"^\s*\(?[0-9]+\s*(?:years?|yrs?|months?|mos?)\b(?:,?\s*[0-9]+\s*(?:months?|mos?)\b)?\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    private readonly record struct Token(int Index, int Length, string Iso);

    /// <summary>The first date range in the text, or the first single date; null when there is none.</summary>
    public static DateRange? Find(string text)
    {
        var all = FindAll(text);
        return all.Count > 0 ? all[0] : null;
    }

    /// <summary>Every date and date range in the text, in order; ranges take precedence over their parts.</summary>
    public static IReadOnlyList<DateRange> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every form holds a year (or a two-digit 'yy): most lines of a resume have no two digits in a row and
        // need no regex at all.
        if (!HasTwoDigitsInARow(text))
        {
            return [];
        }

        if (FindHistoricalRange(text) is { } historical)
        {
            return [historical];
        }

        var tokens = new List<Token>();
        foreach (Match m in SingleDateRegex().Matches(text))
        {
            var iso = ToIso(m);
            if (iso is not null)
            {
                tokens.Add(new Token(m.Index, m.Length, iso));
            }
        }

        var result = new List<DateRange>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var afterEnd = t.Index + t.Length;

            // "Jan 2020 – Mar 2022"
            if (i + 1 < tokens.Count)
            {
                var next = tokens[i + 1];
                var gap = text[afterEnd..next.Index];
                if (SeparatorOnlyRegex().IsMatch(gap) && string.CompareOrdinal(next.Iso, t.Iso) >= 0)
                {
                    // "Summer 2012 and 2013" reads as a range, but "and" alone between unrelated dates does not.
                    var isAnd = gap.Trim().Equals("and", StringComparison.OrdinalIgnoreCase);
                    if (!isAnd || next.Iso.Length == 4)
                    {
                        var start = t.Iso;
                        var end = next.Iso;

                        // "Jan – Mar 2020": the first date borrowed the year; not handled by the token regex, fine.
                        result.Add(new DateRange(start, end, false, true, t.Index, next.Index + next.Length - t.Index));
                        i++;
                        continue;
                    }
                }
            }

            // "Jan 2020 – Present"
            var rest = text[afterEnd..];
            var ongoing = OngoingAfterRegex().Match(rest);
            if (ongoing.Success)
            {
                result.Add(new DateRange(t.Iso, null, true, true, t.Index, afterEnd + ongoing.Length - t.Index));
                continue;
            }

            // "2022 –" (open end) or "Since 2020"
            var before = text[..t.Index];
            if (DanglingDashRegex().IsMatch(rest) && i + 1 == tokens.Count)
            {
                var dash = rest.IndexOfAny(['-', '–', '—']);
                result.Add(new DateRange(t.Iso, null, true, true, t.Index, afterEnd + dash + 1 - t.Index));
                continue;
            }

            var openEnd = OpenEndRegex().Match(rest);
            if (SinceBeforeRegex().IsMatch(before) || (rest.Length > 0 && openEnd.Success))
            {
                result.Add(new DateRange(t.Iso, null, true, true, t.Index, t.Length + (openEnd.Success ? openEnd.Length : 0)));
                continue;
            }

            // "Expected May 2024" is a future end date.
            var expected = ExpectedBeforeRegex().Match(before);
            if (expected.Success)
            {
                result.Add(new DateRange(null, t.Iso, false, false, expected.Index, afterEnd - expected.Index));
                continue;
            }

            result.Add(new DateRange(t.Iso, null, false, false, t.Index, t.Length));
        }

        for (var k = 0; k < result.Count; k++)
        {
            result[k] = WithWritten(text, result[k]);
        }

        return result;
    }

    /// <summary>Keeps the matched text on a range whose ISO form loses what the text says (see <see cref="DateRange.Written"/>).</summary>
    private static DateRange WithWritten(string text, DateRange range)
    {
        var written = text.Substring(range.Index, range.Length).Trim();
        return LossyWordsRegex().IsMatch(written) ? range with { Written = written } : range;
    }

    private static bool HasTwoDigitsInARow(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 1 < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A range starting before <see cref="ModernFloor"/> when it is the whole text ("1856 – 1861", "1865 – Present"),
    /// from a plausible year and over a plausible span; otherwise null.
    /// </summary>
    private static DateRange? FindHistoricalRange(string text)
    {
        var m = HistoricalRangeRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var y1 = int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture);
        if (y1 is < HistoricalFloor or >= ModernFloor)
        {
            return null;
        }

        var start = Iso(y1, m.Groups["m1"]);
        var index = m.Groups["m1"].Success ? m.Groups["m1"].Index : m.Groups["y1"].Index;
        if (m.Groups["ongoing"].Success)
        {
            var ongoing = m.Groups["ongoing"];
            return new DateRange(start, null, true, true, index, ongoing.Index + ongoing.Length - index);
        }

        var y2 = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var end = Iso(y2, m.Groups["m2"]);
        if (y2 - y1 > HistoricalMaxSpan || string.CompareOrdinal(end, start) < 0)
        {
            return null;
        }

        var last = m.Groups["y2"];
        return new DateRange(start, end, false, true, index, last.Index + last.Length - index);
    }

    private static string Iso(int year, Group month) => month.Success
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{MonthNumber(month.Value):D2}")
        : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>True when the text is only dates (and separators), e.g. a right-aligned date column.</summary>
    public static bool IsOnlyDates(string text)
    {
        var ranges = FindAll(text);
        if (ranges.Count == 0)
        {
            return false;
        }

        // The ranges come in order and never overlap: everything around them must be separators.
        var from = 0;
        foreach (var r in ranges)
        {
            if (text.AsSpan(from, r.Index - from).ContainsAnyExcept(DateSeparators))
            {
                return false;
            }

            from = r.Index + r.Length;
        }

        return !text.AsSpan(from).ContainsAnyExcept(DateSeparators);
    }

    private static readonly SearchValues<char> DateSeparators = SearchValues.Create(" ,|-–—()·•/");

    /// <summary>"2 years 10 months": a length of time printed beside a date, carrying no date itself.</summary>
    public static bool IsDuration(string text) => DurationRegex().IsMatch(text);

    private static string? ToIso(Match m)
    {
        int year;
        if (m.Groups["year"].Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["yy"].Success)
        {
            var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
            year = yy > 50 ? 1900 + yy : 2000 + yy;
        }
        else if (m.Groups["iy"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
            var im = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{im:D2}");
        }
        else
        {
            return null;
        }

        if (year is < ModernFloor or > 2100)
        {
            return null;
        }

        int? month = null;
        if (m.Groups["mon"].Success)
        {
            month = MonthNumber(m.Groups["mon"].Value);
        }
        else if (m.Groups["nm"].Success)
        {
            month = int.Parse(m.Groups["nm"].Value, CultureInfo.InvariantCulture);
        }

        return month is { } mo
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{mo:D2}")
            : year.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };
}
