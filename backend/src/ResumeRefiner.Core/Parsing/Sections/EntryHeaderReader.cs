using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>Reads an entry's header lines as its dates, its place and the text fragments left in order.</summary>
internal static partial class EntryHeaderReader
{
    // Not " / ": it joins alternatives inside a title ("Dishwasher / Prep Cook").
    [GeneratedRegex(@"\s+(?:\||•|·|◦|▪|—|–|-{1,2})\s+|\s*\|\s*|\t")]
    private static partial Regex FragmentSeparatorRegex();

    /// <summary>Splits the header into a date range, a place and ordered text fragments.</summary>
    public static EntryHeader Read(RawEntry entry)
    {
        DateRange? dates = null;
        string? location = null;
        var fragments = new List<string>();
        var fragmentLines = new List<int>();
        var fragmentRoles = new List<FieldRole>();
        string? labelledStart = null;
        string? labelledEnd = null;

        foreach (var side in entry.Side)
        {
            var sideRanges = DateParser.FindAll(side);
            if (dates is null && sideRanges.Count > 0)
            {
                dates = sideRanges.Count > 1 ? Span(sideRanges) : sideRanges[0];
            }
            else if (location is null && IsPlace(side))
            {
                location = side.Trim();
            }
        }

        for (var lineIndex = 0; lineIndex < entry.Header.Count; lineIndex++)
        {
            var segments = entry.Header[lineIndex].Segments.SelectMany(FieldLabels.JoinedFields).ToList();
            var clientIsOrganisation = segments.Count > entry.Header[lineIndex].Segments.Count
                && !segments.Any(s => FieldLabels.Split(s) is { Role: FieldRole.Organisation });
            for (var segmentIndex = 0; segmentIndex < segments.Count; segmentIndex++)
            {
                var text = segments[segmentIndex];
                var labelled = FieldLabels.Split(text, clientIsOrganisation);
                if (labelled is { } field)
                {
                    if (field.Role == FieldRole.Location && field.Value.Length > 0)
                    {
                        location ??= field.Value;
                    }

                    if (field.Role is FieldRole.StartDate && field.Value.Length > 0)
                    {
                        labelledStart ??= field.Value;
                    }

                    if (field.Role is FieldRole.EndDate && field.Value.Length > 0)
                    {
                        labelledEnd ??= field.Value;
                    }

                    if (field.Role is FieldRole.Location or FieldRole.Heading or FieldRole.StartDate or FieldRole.EndDate || field.Value.Length == 0)
                    {
                        continue;
                    }

                    text = field.Value;
                    if (field.Role != FieldRole.Dates)
                    {
                        // A labelled value is one field whole: no cutting at dashes or places.
                        fragments.Add(TextCleaner.TrimUnbalanced(text.Trim().Trim(',', ';', '|').Trim()));
                        fragmentLines.Add(lineIndex);
                        fragmentRoles.Add(field.Role);
                        continue;
                    }
                }

                // A short right-hand piece with a comma ("Seoul, S.Korea") is where the job was.
                if (segmentIndex > 0 && location is null && LooksLikePlace(text))
                {
                    location = text.Trim();
                    continue;
                }

                var ranges = DateParser.FindAll(text);
                var best = ranges.FirstOrDefault(r => r.IsRange) ?? (ranges.Count > 0 ? ranges[0] : null);
                if (best is not null)
                {
                    if (dates is null || (!dates.IsRange && best.IsRange))
                    {
                        dates = ranges.Count > 1 && DateParser.IsOnlyDates(text) ? Span(ranges) : best;
                    }

                    text = ranges.OrderByDescending(r => r.Index).Aggregate(text, (t, r) => r.RemoveFrom(t));
                }

                foreach (var piece in FragmentSeparatorRegex().Split(text))
                {
                    var p = TextCleaner.TrimUnbalanced(piece.Trim().Trim(',', ';', ':', '|', '·', '•').Trim());
                    if (p.Length == 0 || DateParser.IsDuration(p))
                    {
                        continue;
                    }

                    // "Foxglove Asset Management — Padova": after the employer on its line, a well-known city alone is the place.
                    if (LocationFinder.Parse(p) is not null
                        || (location is null && fragmentLines.Count > 0 && fragmentLines[^1] == lineIndex && LocationFinder.FindCity(p) is not null))
                    {
                        location ??= p;
                        continue;
                    }

                    // "Foxglove Asset Management, Padova": an employer, then a well-known city alone.
                    var comma = p.LastIndexOf(", ", StringComparison.Ordinal);
                    if (location is null && comma > 0 && LocationFinder.FindCity(p[(comma + 2)..]) is not null && !IsPlace(p[..comma]))
                    {
                        location = p[(comma + 2)..];
                        fragments.Add(p[..comma]);
                        fragmentLines.Add(lineIndex);
                        fragmentRoles.Add(FieldRole.None);
                        continue;
                    }

                    if (LocationFinder.FindIn(p) is { } found && found.Length < p.Length)
                    {
                        location ??= p.Substring(found.Index, found.Length);
                        var rest = (p[..found.Index] + " | " + p[(found.Index + found.Length)..]).Split('|')
                            .Select(r => r.Trim().Trim(',', ';', '-', '–').Trim()).Where(r => r.Length > 0);
                        foreach (var r in rest)
                        {
                            fragments.Add(r);
                            fragmentLines.Add(lineIndex);
                            fragmentRoles.Add(FieldRole.None);
                        }

                        continue;
                    }

                    fragments.Add(p);
                    fragmentLines.Add(lineIndex);
                    fragmentRoles.Add(FieldRole.None);
                }
            }
        }

        if (labelledStart is not null || labelledEnd is not null)
        {
            // Written as one range so "Present" and month-year forms read exactly as they do in a printed range.
            var range = labelledStart is not null && labelledEnd is not null
                ? DateParser.FindAll($"{labelledStart} – {labelledEnd}").FirstOrDefault(r => r.IsRange)
                : null;
            dates = range ?? dates ?? (DateParser.FindAll(labelledStart ?? labelledEnd!) is [var single, ..] ? single : null);
        }

        return new EntryHeader(dates, location, fragments, fragmentLines, fragmentRoles);
    }

    /// <summary>Several spells printed together ("Sep. 2013, Mar. 2011 - Oct. 2011") cover earliest to latest.</summary>
    private static DateRange Span(IReadOnlyList<DateRange> ranges)
    {
        var starts = ranges.Select(r => r.Start ?? r.End).OfType<string>().ToList();
        var ends = ranges.Select(r => r.End ?? r.Start).OfType<string>().ToList();
        var ongoing = ranges.Any(r => r.Ongoing);
        var first = ranges[0];
        var last = ranges[^1];
        return new DateRange(starts.Min(StringComparer.Ordinal), ongoing ? null : ends.Max(StringComparer.Ordinal), ongoing, true,
            first.Index, last.Index + last.Length - first.Index);
    }

    /// <summary>A place set apart on an entry's line: "City, Region", "City, Country", or a well-known city alone.</summary>
    internal static bool IsPlace(string text) => LocationFinder.Parse(text) is not null || LocationFinder.FindCity(text) is not null;

    private static bool LooksLikePlace(string text)
    {
        var t = text.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return t.Contains(", ", StringComparison.Ordinal) && words.Length <= 5 && !t.Any(char.IsDigit)
            && words.All(w => char.IsUpper(w[0]) || w.Length <= 3) && DateParser.Find(t) is null
            && EntryVocabulary.TitleScore(t) == 0 && EntryVocabulary.OrgScore(t) == 0;
    }
}
