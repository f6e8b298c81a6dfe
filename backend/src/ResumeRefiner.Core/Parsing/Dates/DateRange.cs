namespace ResumeRefiner.Core.Parsing.Dates;

/// <summary>A date or date range found in a line of text, already converted to ISO 8601.</summary>
/// <param name="Start">ISO start (<c>YYYY-MM</c> or <c>YYYY</c>); null when only an end is known.</param>
/// <param name="End">ISO end; null when the range is ongoing or is a single date.</param>
/// <param name="Ongoing">The range ends with "Present", "Current", "now"...</param>
/// <param name="IsRange">Two dates (or a date and an ongoing marker) were found, not a single date.</param>
/// <param name="Index">Where the match starts in the searched text.</param>
/// <param name="Length">How long the match is.</param>
internal sealed record DateRange(string? Start, string? End, bool Ongoing, bool IsRange, int Index, int Length)
{
    /// <summary>
    /// The dates as the resume wrote them, when the ISO form cannot say the same: a season ("Summer 2012" is just
    /// 2012 in ISO) or two periods joined by "and" ("Summer 2012 and 2013" is not the range 2012 – 2013). Null when
    /// the ISO dates say it all.
    /// </summary>
    public string? Written { get; init; }

    /// <summary>The matched text removed from <paramref name="text"/>, separators around it tidied.</summary>
    public string RemoveFrom(string text)
    {
        var before = text[..Index].TrimEnd(' ', ',', '|', '–', '—', '-', '(', '·', '•', '/');
        var after = text[(Index + Length)..].TrimStart(' ', ',', '|', '–', '—', '-', ')', '·', '•', '/');
        if (before.Length == 0)
        {
            return after.Trim();
        }

        return after.Length == 0 ? before.Trim() : (before + " | " + after).Trim();
    }
}
