using System.Globalization;

namespace ResumeRefiner.Core.Export;

/// <summary>ISO model dates as people write them on a resume: "Jan 2020 – Present".</summary>
internal static class DisplayDates
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"2020-01-15" or "2020-01" → "Jan 2020"; "2020" → "2020"; anything else is shown as written.</summary>
    public static string? Format(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        var text = iso.Trim();
        if (text.Length >= 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12)
        {
            return $"{Months[month - 1]} {year:D4}";
        }

        return text;
    }

    /// <summary>
    /// A start–end range. A role with a start and no end is ongoing ("Present"); an entry with only an end date
    /// (a degree's graduation) shows just that date.
    /// </summary>
    public static string? Range(string? start, string? end, bool ongoingWithoutEnd = true)
    {
        var from = Format(start);
        var to = Format(end);
        return (from, to) switch
        {
            (null, null) => null,
            (null, _) => to,
            (_, null) => ongoingWithoutEnd ? $"{from} – Present" : from,
            _ => $"{from} – {to}",
        };
    }
}
