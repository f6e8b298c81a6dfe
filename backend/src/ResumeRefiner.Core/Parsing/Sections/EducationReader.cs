using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>Builds education entries: institution, degree (study type and area), dates, score.</summary>
internal static partial class EducationReader
{
    /// <summary>A second institution line opens a new entry even without bullets or dates between.</summary>
    public static bool StartsEntry(Item item, RawEntry current) =>
        current.Header.Count > 0 && EntryVocabulary.IsInstitution(item.Text)
        && current.Header.Any(h => EntryVocabulary.IsInstitution(h.Text) && !EntryVocabulary.IsSchoolLevel(h.Text))
        && (item.Line.Bold || (item.Line.Bold == current.Header[0].Line.Bold && Math.Abs(item.Line.FontSize - current.Header[0].Line.FontSize) < 0.3));

    // "Polytechnic Diploma" names a degree though "Polytechnic" is an institution word.
    [GeneratedRegex(@"\b(?:diploma|certificate|degree)(?:\s*\([^)]*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DegreeWordEndRegex();

    /// <summary>The school under a degree and its field ("Laurea" / "Economics" / "Università …") completes that entry.</summary>
    public static bool CompletesEntry(Item item, RawEntry current) =>
        EntryVocabulary.IsInstitution(item.Text) && !EntryVocabulary.IsSchoolLevel(item.Text)
        && !current.Header.Any(h => EntryVocabulary.IsInstitution(h.Text))
        && current.Header.Any(h => EntryVocabulary.ParseDegree(h.Text) is not null);

    /// <summary>
    /// "B.Tech, Computer Science and Engineering, Indian Institute of Technology": one line, three facts. A fragment
    /// naming an institution and something else is cut at its commas; parentheses are kept whole. A degree with its
    /// school in one part ("PhD Princeton University, Computer Science") stays whole: the degree path splits it.
    /// </summary>
    private static IEnumerable<(string Text, int Line)> SplitCommas(EntryHeader header)
    {
        foreach (var (f, line) in header.Fragments.Zip(header.FragmentLines).Where((_, i) => header.FragmentRoles[i] == FieldRole.None))
        {
            var parts = f.Split(", ");
            var hasInstitution = parts.Any(EntryVocabulary.IsInstitution);
            var hasDegree = parts.Any(p => EntryVocabulary.ParseDegree(p) is not null);
            var degreeWithSchool = parts.Any(p => EntryVocabulary.IsInstitution(p) && EntryVocabulary.ParseDegree(p) is not null);

            // "Statistics, Master of Science, Rijksuniversiteit Groningen": the field, the bare degree, then a name, which
            // is the school whether or not an institution word says so. The degree goes first so the field is read as its field.
            if (parts.Length == 3 && EntryVocabulary.ParseDegree(parts[1]) is { Area: null } && EntryVocabulary.ParseDegree(parts[0]) is null
                && !EntryVocabulary.IsInstitution(parts[0]) && IsCapitalisedName(parts[2]) && !EntryHeaderReader.IsPlace(parts[2])
                && parts.All(p => DateParser.Find(p) is null))
            {
                yield return (parts[1], line);
                yield return (parts[0], line);
                yield return (parts[2], line);
                continue;
            }

            if (parts.Length > 1 && hasInstitution && hasDegree && !degreeWithSchool
                && parts.All(p => p.Count(c => c == '(') == p.Count(c => c == ')')))
            {
                foreach (var p in parts)
                {
                    yield return (p, line);
                }
            }
            else
            {
                yield return (f, line);
            }
        }
    }

    [GeneratedRegex(@"^(?<area>.+?)\s+(?:from|at|@)\s+(?:the\s+)?(?<school>\p{Lu}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedSchoolRegex();

    // Words that stand alone under a degree without naming its school.
    [GeneratedRegex(@"^(?:honou?rs|distinction|merit|graduated|expected|present|ongoing|completed|incomplete|transferred|coursework|thesis|dissertation|minor|major|online|remote)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotSchoolRegex();

    // "INSEAD", "LSE", "ETH Zurich": a school known by its initials; common initials of fields are not schools.
    [GeneratedRegex(@"^(?!(?:CSE|ECE|EEE|ICT|MIS|CIS|ENT|OBGYN)\b)\p{Lu}{3,8}(?:\s+\p{Lu}\p{Ll}+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymSchoolRegex();

    // Small words inside a school's name ("Centro Paula Souza", "Hogeschool van Amsterdam", "IBEW–NECA Joint Apprenticeship").
    [GeneratedRegex(@"^(?:of|the|and|for|de|del|da|do|dos|das|di|du|des|la|le|van|von|der|den|y|e|et|und|für|&|[–—-])$", RegexOptions.CultureInvariant)]
    private static partial Regex NameJoinerRegex();

    private static bool IsCapitalisedName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 8 && char.IsUpper(words[0][0])
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || NameJoinerRegex().IsMatch(w));
    }

    private static bool IsOneWordName(string text) =>
        text.Length >= 2 && char.IsUpper(text[0]) && text.All(c => char.IsLetter(c) || c is '-' or '.' or '&' or '\'' or '’');

    private static bool IsDegreeLine(Item item) =>
        EntryVocabulary.ParseDegree(item.Text) is { } d && (!EntryVocabulary.IsInstitution(d.StudyType) || EntryVocabulary.IsSchoolLevel(d.StudyType) || DegreeWordEndRegex().IsMatch(d.StudyType));

    private static bool IsSchoolLine(Item item) => EntryVocabulary.IsInstitution(item.Text) && !IsDegreeLine(item);

    /// <summary>
    /// Entries as the degrees are: a degree printed over its school ("Bachelor of Arts, Psychology" / "San Diego State
    /// University") can land in the entry above when the school line is what opens entries, and a degree line can be
    /// set apart from its school as an entry of its own. An entry naming only a degree and the next naming only a school
    /// (or the other way round), with no bullets between and at most one of them dated, are one degree; an entry ending
    /// with a second degree line hands it to a next entry that names a school and no degree.
    /// </summary>
    private static List<RawEntry> Regroup(List<RawEntry> entries)
    {
        var result = new List<RawEntry>(entries);
        for (var k = 0; k + 1 < result.Count; k++)
        {
            var (a, b) = (result[k], result[k + 1]);
            if (a.Bullets.Count > 0 || a.Prose.Count > 0 || a.Header.Count == 0 || b.Header.Count == 0)
            {
                continue;
            }

            var (aDegree, aSchool) = (a.Header.Any(IsDegreeLine), a.Header.Any(IsSchoolLine));
            var (bDegree, bSchool) = (b.Header.Any(IsDegreeLine), b.Header.Any(IsSchoolLine));
            if (!(a.HasDate && b.HasDate) && (aDegree && !aSchool && bSchool && !bDegree || aSchool && !aDegree && bDegree && !bSchool))
            {
                var merged = new RawEntry();
                merged.Header.AddRange(a.Header.Concat(b.Header));
                merged.Side.AddRange(a.Side.Concat(b.Side));
                merged.Bullets.AddRange(b.Bullets);
                merged.Prose.AddRange(b.Prose);
                merged.Tools.AddRange(b.Tools);
                result[k] = merged;
                result.RemoveAt(k + 1);
                continue;
            }

            if (a.Header.Count >= 3 && IsDegreeLine(a.Header[^1]) && !IsSchoolLine(a.Header[^1]) && a.Header.Take(a.Header.Count - 1).Any(IsDegreeLine)
                && a.Header[^1].Side.Count == 0 && !bDegree && IsSchoolLine(b.Header[0]))
            {
                b.Header.Insert(0, a.Header[^1]);
                a.Header.RemoveAt(a.Header.Count - 1);
            }
        }

        return result;
    }

    // A line ending in a word that joins a name or a field to more of it ("Universidade Estadual de", "Curriculum and").
    [GeneratedRegex(@"\s(?:of|and|&|for|the|in|de|del|da|do|dos|das|di|du|des|la|van|von|der|für|und|y|e|et)$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenEndRegex();

    // Where the last field of a header line starts: after a separator or "at".
    [GeneratedRegex(@"^.*(?:\s[—–|·-]\s|,\s|\sat\s)", RegexOptions.CultureInvariant)]
    private static partial Regex LastPartRegex();

    private static bool IsCapitalisedWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '’' or '\'');

    /// <summary>
    /// A school's name or a field of study too long for its column runs onto the next line in the same type: "… —
    /// Grand Valley State" / "University", "Universidade Estadual de" / "Campinas (Unicamp)", "Associate of Arts in
    /// Supply Chain" / "Management" over the school. The two lines are one field again.
    /// </summary>
    private static bool IsWrapped(Item above, Item next, RawEntry entry)
    {
        if (!above.HasMain || next.Segments.Count != 1 || next.Bullet || above.LastLine.Bold != next.Line.Bold
            || Math.Abs(above.LastLine.FontSize - next.Line.FontSize) >= 0.3 || DateParser.Find(next.Text) is not null)
        {
            return false;
        }

        var tail = above.Segments[^1];
        var words = next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (OpenEndRegex().IsMatch(tail))
        {
            return words.Length <= 4 && char.IsLetter(next.Text[0]);
        }

        if (words.Length > 2)
        {
            return false;
        }

        // "Grand Valley State" / "University": the name's last word, its kind of school, alone on the next line.
        var lastPart = LastPartRegex().Replace(tail, string.Empty).Trim();
        var partWords = lastPart.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => EntryVocabulary.IsInstitution(w) || w.StartsWith('(')) && partWords.Length is >= 1 and <= 4
            && partWords.All(IsCapitalisedWord) && !EntryVocabulary.IsInstitution(lastPart) && EntryVocabulary.ParseDegree(lastPart) is null)
        {
            return true;
        }

        // "Yüksek Lisans, Molecular" / "Biology" over the school: the field ran on, with the school on a line of its own.
        return EntryVocabulary.ParseDegree(tail) is { Area: not null } && words.All(IsCapitalisedWord) && !EntryVocabulary.IsInstitution(next.Text)
            && !NotSchoolRegex().IsMatch(next.Text) && EntryVocabulary.CleanArea(next.Text).Length > 0 && !EntryHeaderReader.IsPlace(next.Text)
            && entry.Header.Any(h => h != above && h != next && IsSchoolLine(h));
    }

    private static void JoinWrapped(RawEntry entry)
    {
        for (var k = 0; k + 1 < entry.Header.Count; k++)
        {
            var (above, next) = (entry.Header[k], entry.Header[k + 1]);
            if (IsWrapped(above, next, entry))
            {
                entry.Header[k] = new Item
                {
                    Line = above.Line,
                    LastLine = next.LastLine,
                    Segments = [.. above.Segments.Take(above.Segments.Count - 1), above.Segments[^1] + " " + next.Text],
                    Side = [.. above.Side, .. next.Side],
                    Bullet = above.Bullet,
                };
                entry.Header.RemoveAt(k + 1);
                k--;
            }
        }
    }

    public static List<Education> Read(List<RawEntry> entries, int offset, ConfidenceLog log)
    {
        var result = new List<Education>();
        foreach (var entry in Regroup(entries))
        {
            JoinWrapped(entry);
            var header = EntryHeaderReader.Read(entry);
            var institution = header.Labelled(FieldRole.Institution);
            var area = header.Labelled(FieldRole.Area);
            var labelledDegree = header.Labelled(FieldRole.Degree);
            var parsedDegree = labelledDegree is null ? null : EntryVocabulary.ParseDegree(labelledDegree);
            var studyType = parsedDegree?.StudyType ?? labelledDegree;
            area ??= parsedDegree?.Area;
            string? score = null;
            var leftovers = new List<string>();
            var leftoverLines = new List<int>();
            int? bareDegreeLine = null;
            var degreeLine = -2;

            foreach (var (raw, line) in SplitCommas(header).Concat(entry.Bullets.Select(b => (b, -1))))
            {
                var fragment = raw;
                // The field beside a bare degree, or alone on the line under it ("MSc" / "Data Science").
                var afterBareDegree = line >= 0 && (bareDegreeLine == line
                    || bareDegreeLine == line - 1 && IsCapitalisedName(fragment) && fragment.Any(char.IsLower) && !NotSchoolRegex().IsMatch(fragment)
                        && DateParser.Find(fragment) is null && !EntryHeaderReader.IsPlace(fragment));
                bareDegreeLine = null;
                score ??= EntryVocabulary.FindScore(fragment);
                fragment = EntryVocabulary.RemoveScore(fragment);
                if (fragment.Length == 0)
                {
                    continue;
                }

                if (studyType is null && EntryVocabulary.ParseDegree(fragment) is { } degree
                    && (!EntryVocabulary.IsInstitution(degree.StudyType) || EntryVocabulary.IsSchoolLevel(degree.StudyType)
                        || DegreeWordEndRegex().IsMatch(degree.StudyType)))
                {
                    studyType = degree.StudyType;
                    degreeLine = line;

                    // "PhD Princeton University, Computer Science": the school rode along after the degree.
                    var degreeArea = degree.Area;
                    if (degreeArea is not null && institution is null && EntryVocabulary.IsInstitution(degreeArea))
                    {
                        // "Accounting from Ohio State University", "Nursing at the University of Leeds".
                        var joined = JoinedSchoolRegex().Match(degreeArea);
                        var pieces = joined.Success && EntryVocabulary.IsInstitution(joined.Groups["school"].Value)
                            && !EntryVocabulary.IsInstitution(joined.Groups["area"].Value)
                            ? [joined.Groups["school"].Value, joined.Groups["area"].Value]
                            : degreeArea.Split(", ");
                        var school = pieces.FirstOrDefault(EntryVocabulary.IsInstitution);
                        if (school is not null && pieces.Length > 1)
                        {
                            institution = school;
                            degreeArea = string.Join(", ", pieces.Where(p => p != school));
                        }
                        else if (pieces.Length == 1)
                        {
                            institution = degreeArea;
                            degreeArea = null;
                        }
                    }

                    area ??= degreeArea;
                    bareDegreeLine = degreeArea is null ? line : null;
                    continue;
                }

                if (institution is null && EntryVocabulary.IsInstitution(fragment))
                {
                    // "Economics @ George Mason University", "Nursing at the University of Leeds": the field, then its school.
                    if (JoinedSchoolRegex().Match(fragment) is { Success: true } joinedSchool && EntryVocabulary.IsInstitution(joinedSchool.Groups["school"].Value)
                        && !EntryVocabulary.IsInstitution(joinedSchool.Groups["area"].Value) && joinedSchool.Groups["area"].Value.Split(' ').Length <= 6)
                    {
                        institution = joinedSchool.Groups["school"].Value.Trim();
                        area ??= joinedSchool.Groups["area"].Value.Trim();
                        continue;
                    }

                    // "Princeton University, Computer Science": the part after the comma is the field of study.
                    var comma = fragment.IndexOf(", ", StringComparison.Ordinal);
                    if (comma > 0 && EntryVocabulary.IsInstitution(fragment[..comma]) && !EntryVocabulary.IsInstitution(fragment[(comma + 2)..]))
                    {
                        institution = fragment[..comma].Trim();
                        var tail = fragment[(comma + 2)..].Trim();
                        if (EntryVocabulary.ParseDegree(tail) is { } d2 && studyType is null)
                        {
                            studyType = d2.StudyType;
                            area ??= d2.Area;
                        }
                        else
                        {
                            area ??= tail;
                        }
                    }
                    else if (comma > 0 && !EntryVocabulary.IsInstitution(fragment[..comma]) && EntryVocabulary.IsInstitution(fragment[(comma + 2)..])
                        && fragment[..comma].Split(' ').Length <= 6)
                    {
                        // "Computer Science, University of Denver": the field before the school.
                        institution = fragment[(comma + 2)..].Trim();
                        area ??= fragment[..comma].Trim();
                    }
                    else
                    {
                        institution = fragment;
                    }

                    continue;
                }

                if (!entry.Bullets.Contains(raw))
                {
                    leftovers.Add(fragment);
                    leftoverLines.Add(line);

                    // A field of study printed after the degree and before the school ("B.Tech, CSE, IIT"), or beside
                    // the degree on its line ("MSW - Social Work" under the school).
                    if (studyType is not null && area is null && (institution is null || afterBareDegree) && fragment.Split(' ').Length <= 6)
                    {
                        area = fragment;
                    }
                }
            }

            institution ??= leftovers.FirstOrDefault(l => l.Split(' ').Length is >= 2 and <= 8 && l != area);

            // "Curso de especialización in UX Design" / "Ironhack": a one-word name on a line of its own under the degree is
            // its school, although it has no institution word.
            if (institution is null && studyType is not null)
            {
                institution = leftovers.Where((l, k) => leftoverLines[k] > degreeLine && degreeLine >= 0 && l != area && IsOneWordName(l)
                    && !NotSchoolRegex().IsMatch(l)).FirstOrDefault();
            }

            // "Diploma, Welding Technology, Government ITI Pusa": with no school named anywhere else, the last of the
            // capitalised parts after the degree is the school, although no institution word says so.
            if (institution is null && studyType is not null && area?.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var lastComma
                && area[(lastComma + 2)..].Trim() is var lastPart && IsCapitalisedName(lastPart) && !EntryHeaderReader.IsPlace(lastPart) && DateParser.Find(lastPart) is null)
            {
                institution = lastPart;
                area = area[..lastComma].Trim();
            }

            // "MBA, INSEAD": with no school named anywhere else, initials after a bare degree are its school, not its field.
            if (institution is null && studyType is not null && area is not null && AcronymSchoolRegex().IsMatch(area)
                && !EntryHeaderReader.IsPlace(area) && DateParser.Find(area) is null)
            {
                institution = area;
                area = null;
            }

            // "HVAC/R, Certificate, Algonquin College", or "Computer Science" over "Bachelor of Science": the field printed
            // before the degree, on its line or the line above.
            if (area is null && studyType is not null && institution is not null)
            {
                area = leftovers.Where((l, k) => (leftoverLines[k] == degreeLine || leftoverLines[k] == degreeLine - 1) && l != institution
                    && l.Split(' ').Length <= 6 && DateParser.Find(l) is null && !EntryVocabulary.IsInstitution(l) && !EntryHeaderReader.IsPlace(l)).FirstOrDefault();
            }

            // "Wonderland — Ph.D., Computer Science": a one-word name leading the header of a degree entry is the
            // school, although it has no institution word.
            if (institution is null && studyType is not null && leftovers.Count > 0 && header.Fragments.Count > 0
                && leftovers[0] == header.Fragments[0] && leftovers[0] != area && IsOneWordName(leftovers[0]))
            {
                institution = leftovers[0];
            }
            if (institution is null && studyType is null)
            {
                continue;
            }

            area = area is null ? null : EntryVocabulary.CleanArea(area) is { Length: > 0 } cleanArea ? cleanArea : null;
            institution = institution is null ? null : EntryVocabulary.CleanInstitution(institution);

            string? start = null;
            string? end = null;
            if (header.Dates is { } dates)
            {
                if (dates.IsRange)
                {
                    start = dates.Start;
                    end = dates.Ongoing ? null : dates.End;
                }
                else
                {
                    // A single date on a degree is its graduation.
                    end = dates.End ?? dates.Start;
                }
            }

            var i = offset + result.Count;
            var education = new Education
            {
                Institution = institution,
                StudyType = studyType,
                Area = area,
                StartDate = start,
                EndDate = end,
                DatesAsWritten = header.Dates?.Written,
                Score = score,
            };
            result.Add(education);
            log.AddIf(institution, $"education[{i}].institution", EntryVocabulary.IsInstitution(institution ?? string.Empty) ? 0.9 : 0.5,
                EntryVocabulary.IsInstitution(institution ?? string.Empty) ? "institution word (University, College...)" : "first header line");
            log.AddIf(studyType, $"education[{i}].studyType", 0.85, "degree name pattern");
            log.AddIf(area, $"education[{i}].area", 0.7, "text after the degree name");
            log.AddIf(score, $"education[{i}].score", 0.85, "GPA/grade label");
            log.AddIf(start, $"education[{i}].startDate", 0.85, "date range printed in the entry");
            log.AddIf(end, $"education[{i}].endDate", header.Dates?.IsRange == true ? 0.85 : 0.6,
                header.Dates?.IsRange == true ? "date range printed in the entry" : "single date read as graduation");
        }

        return result;
    }
}
