using System.Globalization;
using ResumeRefiner.Core.Parsing.Dates;

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
    public static string? Range(string? start, string? end, bool ongoingWithoutEnd = true) => Range(start, end, null, ongoingWithoutEnd);

    /// <summary>
    /// The range as the resume wrote it (<paramref name="written"/>, e.g. "Summer 2012 and 2013") while it still reads
    /// as the same dates; once the dates were edited, the edited ISO dates.
    /// </summary>
    public static string? Range(string? start, string? end, string? written, bool ongoingWithoutEnd = true)
    {
        if (ResumeOutline.Clean(written) is { } text && SameDates(text, start, end))
        {
            return text;
        }

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

    private static bool SameDates(string written, string? start, string? end)
    {
        if (DateParser.Find(written) is not { } read)
        {
            return false;
        }

        // Compared as sets: a single date may sit in either field ("2012" as a role's start and end, or a degree's end).
        string?[] said = [read.Start, read.Ongoing ? null : read.End];
        string?[] stored = [start, end];
        return said.OfType<string>().ToHashSet(StringComparer.Ordinal).SetEquals(stored.OfType<string>());
    }
}
