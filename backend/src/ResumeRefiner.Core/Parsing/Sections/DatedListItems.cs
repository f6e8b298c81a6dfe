using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>The elements of a list section that dates each one (certificates, awards, publications).</summary>
internal static partial class DatedListItems
{
    [GeneratedRegex(@"(?:\b\p{Lu}{2,6} |\d:)$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionLeadRegex();

    /// <summary>One element per bullet or line, with its date split off.</summary>
    /// <param name="items">The section's items.</param>
    /// <param name="keepDate">The date stays in the text as well: a reference's year is part of its citation
    /// ("Am J Epidemiol. 2020;180(4):12-19").</param>
    /// <param name="namedEditions">A year that is part of a credential's name ("WHMIS 2015") stays in it.</param>
    public static IEnumerable<(string Text, string? Date)> Read(List<Item> items, bool keepDate = false, bool namedEditions = false)
    {
        // Among bulleted elements, a short plain line over bullets is a sub-heading ("Books", "Journal Articles").
        var bulleted = items.Any(i => i.Bullet);
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (bulleted && !item.Bullet && k + 1 < items.Count && items[k + 1].Bullet && item.Text.Split(' ').Length <= 4)
            {
                continue;
            }

            var text = string.Join(" | ", item.Segments);

            // "Am J Epidemiol.  2020  ;180(4):12-19": a year read as a date piece of its own, out of the middle of a
            // citation, goes back where it was.
            if (keepDate && item.Segments.Count == 2 && item.Side.Count == 1 && item.Segments[1].Length > 0 && item.Segments[1][0] is ';' or ':' or '(' or ',' or '.')
            {
                text = item.Segments[0] + " " + item.Side[0] + item.Segments[1];
            }
            var date = DateParser.Find(text);

            // "WHMIS 2015", "ISO 9001:2015", "NEC 2020 Code Update": a year right after an acronym or a standard's
            // number is the edition in the credential's name, not when it was earned; a later date still dates it.
            if (namedEditions && date is { IsRange: false, Length: 4 } && EditionLeadRegex().IsMatch(text[..date.Index]))
            {
                var after = date.Index + date.Length;
                date = DateParser.Find(text[after..]) is { } later ? later with { Index = later.Index + after } : null;
            }
            var sideDate = item.Side.Select(DateParser.Find).FirstOrDefault(d => d is not null);
            string? iso = null;
            if (date is not null)
            {
                text = keepDate ? text : date.RemoveFrom(text);
                iso = date.Start ?? date.End;
            }
            else if (sideDate is not null)
            {
                iso = sideDate.Start ?? sideDate.End;
            }

            // What a removed date leaves behind: "Somewhere, Some Place, ." → "Somewhere, Some Place".
            text = TextCleaner.TrimUnbalanced(text.Trim().Trim('|', ',', '-', '–', ':').TrimEnd(' ', ',', '.', ';', '|').Trim());
            if (text.Length > 0)
            {
                yield return (text, iso);
            }
        }
    }

    private static bool IsDated(Item item) =>
        DateParser.Find(string.Join(" ", item.Segments)) is not null || item.Side.Any(s => DateParser.Find(s) is not null);

    private static bool ReadsAsElement(Item item)
    {
        var words = item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 4 || words == 3 && (item.Text.Contains(", ", StringComparison.Ordinal) || item.Text.Contains(" | ", StringComparison.Ordinal));
    }

    /// <summary>
    /// When a list section prints one date per element but some elements span several lines ("CSM  Mar 2018" /
    /// "Scrum Alliance" / "Certified Scrum Master"), the date-led entries are the elements; otherwise each line is.
    /// </summary>
    public static List<Item> MergeEntries(List<Item> items)
    {
        var dated = items.Count(IsDated);

        // Undated lines among dated ones are elements that print no date, not the issuer or name of the element above,
        // when they are few (elements of several lines have as many undated lines as dated ones) or read as whole
        // elements ("CDL Class A License", "HubSpot Inbound Sales, HubSpot Academy").
        if (dated == 0 || dated == items.Count || items.Any(i => i.Bullet) || (items.Count - dated) * 2 < dated
            || items.Where(i => !IsDated(i)).All(ReadsAsElement))
        {
            return items;
        }

        var entries = EntryGrouper.Group(items);
        var merged = new List<Item>();
        foreach (var entry in entries)
        {
            if (entry.Header.Count == 0)
            {
                continue;
            }

            var header = EntryHeaderReader.Read(entry);
            var date = header.Dates is { } d ? (d.Start ?? d.End) : null;
            var segments = header.Fragments.Take(2).ToList();
            merged.Add(new Item { Line = entry.Header[0].Line, Segments = segments.Count > 1 ? [segments[0] + " | " + segments[1]] : segments, Side = date is null ? [] : [date] });
        }

        return merged;
    }
}
