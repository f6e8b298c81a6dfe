using System.Text.RegularExpressions;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;
using ResumeRefiner.Core.Parsing.Text;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>Who and what of an entry: organisation and role, found by vocabulary first and position second.</summary>
internal sealed record OrgAndRole(string? Organisation, string? Role, double Confidence, string Reason, IReadOnlyList<string> Rest);

/// <summary>Builds work, volunteer and project entries from raw entries.</summary>
internal static partial class ExperienceReader
{
    [GeneratedRegex(@"^(?<role>.+?)\s+(?:at|@)\s+(?<org>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtRegex();

    /// <summary>An entry's organisation and role: from their labels where it has them, otherwise told apart by their words.</summary>
    public static OrgAndRole ReadOrgAndRole(EntryHeader header)
    {
        var organisation = header.Labelled(FieldRole.Organisation);
        var role = header.Labelled(FieldRole.Role);
        if (organisation is null && role is null)
        {
            // "Project: School refurbishment" under a job names what was worked on, not who for.
            var named = header.Fragments.Where((_, i) => header.FragmentRoles[i] != FieldRole.Name).ToList();
            return SplitOrgAndRole(named.Count > 0 ? named : header.Fragments);
        }

        var unlabelled = header.Fragments.Where((_, i) => header.FragmentRoles[i] == FieldRole.None).ToList();
        if (organisation is not null && role is not null)
        {
            return new OrgAndRole(organisation, role, 0.95, "labelled fields", unlabelled);
        }

        var guess = SplitOrgAndRole(unlabelled);
        return organisation is null
            ? new OrgAndRole(guess.Organisation ?? guess.Role, role, 0.8, "labelled role", guess.Rest)
            : new OrgAndRole(organisation, guess.Role ?? guess.Organisation, 0.8, "labelled organisation", guess.Rest);
    }

    public static OrgAndRole SplitOrgAndRole(IReadOnlyList<string> fragments)
    {
        var parts = new List<string>();
        for (var k = 0; k < fragments.Count; k++)
        {
            var f = fragments[k];

            // "Software Engineer at Google" names both, but in "NEXON — Intern at Global Internship Program" the
            // organisation came first and the rest is the role, "at" and all: split only when no fragment before this
            // one could be the organisation.
            var at = AtRegex().Match(f);
            var organisationBefore = fragments.Take(k).Any(o => EntryVocabulary.TitleScore(o) <= EntryVocabulary.OrgScore(o));
            if (at.Success && !organisationBefore && EntryVocabulary.TitleScore(at.Groups["role"].Value) > 0)
            {
                parts.Add(at.Groups["role"].Value.Trim());
                parts.Add(at.Groups["org"].Value.Trim());
                continue;
            }

            // "Nexus AI, Co-Founder & CTO": a comma between an organisation and a title.
            var comma = f.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0)
            {
                var left = f[..comma].Trim();
                var right = f[(comma + 2)..].Trim();
                var lt = EntryVocabulary.TitleScore(left);
                var rt = EntryVocabulary.TitleScore(right);
                // When another fragment names the organisation, a side without title or organisation words qualifies
                // the title ("Classroom Teacher, 2nd Grade") and stays with it.
                var other = lt > 0 ? right : left;
                var organisationElsewhere = fragments.Where((o, i) => i != k).Any(o => EntryVocabulary.OrgScore(o) > EntryVocabulary.TitleScore(o));
                if ((lt > 0) != (rt > 0) && !right.Contains(',', StringComparison.Ordinal)
                    && !(organisationElsewhere && EntryVocabulary.OrgScore(other) == 0))
                {
                    parts.Add(left);
                    parts.Add(right);
                    continue;
                }
            }

            parts.Add(f);
        }

        parts = parts.Where(p => p.Length > 1).ToList();
        if (parts.Count == 0)
        {
            return new OrgAndRole(null, null, 0, "no header text", []);
        }

        if (parts.Count == 1)
        {
            var only = parts[0];
            return EntryVocabulary.TitleScore(only) > EntryVocabulary.OrgScore(only)
                ? new OrgAndRole(null, only, 0.5, "single header line read as a role", [])
                : new OrgAndRole(only, null, 0.5, "single header line read as an organisation", []);
        }

        // Choose the (role, organisation) pair whose role is most title-like and whose organisation is most
        // organisation-like; on a tie the organisation is the earlier fragment, the common print order.
        var scored = parts.Select((p, i) => (Text: p, Index: i, Lean: EntryVocabulary.TitleScore(p) - EntryVocabulary.OrgScore(p))).ToList();
        var candidates = scored.Take(3).ToList();
        (int Role, int Org, int Score)? best = null;
        foreach (var r in candidates)
        {
            foreach (var o in candidates)
            {
                if (r.Index == o.Index)
                {
                    continue;
                }

                var score = r.Lean - o.Lean;
                var better = best is null || score > best.Value.Score
                    || (score == best.Value.Score && (o.Index + r.Index < best.Value.Org + best.Value.Role
                        || (o.Index + r.Index == best.Value.Org + best.Value.Role && o.Index < r.Index)));
                if (better)
                {
                    best = (r.Index, o.Index, score);
                }
            }
        }

        var pick = best!.Value;
        var rest = scored.Where(s => s.Index != pick.Role && s.Index != pick.Org).Select(s => s.Text).ToList();
        var (confidence, reason) = pick.Score switch
        {
            >= 2 => (0.9, "role and organisation told apart by title and organisation words"),
            1 => (0.75, "role told apart by title words"),
            _ => (0.45, "order guessed: organisation first"),
        };
        return new OrgAndRole(parts[pick.Org], parts[pick.Role], confidence, reason, rest);
    }

    public static List<Work> ReadWork(List<RawEntry> entries, int offset, ConfidenceLog log)
    {
        var result = new List<Work>();
        foreach (var entry in entries)
        {
            var header = EntryHeaderReader.Read(entry);
            var who = ReadOrgAndRole(header);
            if (who.Organisation is null && who.Role is null && entry.Bullets.Count == 0)
            {
                continue;
            }

            var (start, end) = WorkDates(header.Dates);
            var i = offset + result.Count;
            var work = new Work
            {
                Name = who.Organisation,
                Position = who.Role,
                Location = header.Location,
                StartDate = start,
                EndDate = end,
                DatesAsWritten = header.Dates?.Written,
                Summary = entry.ProseText(withTools: true),
                Highlights = entry.Bullets.Select(CleanBullet).Where(b => b.Length > 0).ToList(),
            };
            result.Add(work);
            log.AddIf(work.Name, $"work[{i}].name", who.Confidence, who.Reason);
            log.AddIf(work.Position, $"work[{i}].position", who.Confidence, who.Reason);
            log.AddIf(work.Location, $"work[{i}].location", 0.8, "place pattern (City, Region)");
            LogDates(log, $"work[{i}]", header.Dates, start, end);
            if (work.Highlights.Count > 0)
            {
                log.Add($"work[{i}].highlights", 0.85, "bullets under the entry");
            }
        }

        return result;
    }

    public static List<Volunteer> ReadVolunteer(List<RawEntry> entries, int offset, ConfidenceLog log)
    {
        var result = new List<Volunteer>();
        foreach (var entry in entries)
        {
            var header = EntryHeaderReader.Read(entry);
            var who = ReadOrgAndRole(header);
            if (who.Organisation is null && who.Role is null)
            {
                continue;
            }

            var (start, end) = WorkDates(header.Dates);
            var i = offset + result.Count;
            var v = new Volunteer
            {
                Organization = who.Organisation ?? who.Role,
                Position = who.Organisation is null ? null : who.Role,
                StartDate = start,
                EndDate = end,
                DatesAsWritten = header.Dates?.Written,
                Summary = entry.ProseText(withTools: true),
                Highlights = entry.Bullets.Select(CleanBullet).Where(b => b.Length > 0).ToList(),
            };
            result.Add(v);
            log.AddIf(v.Organization, $"volunteer[{i}].organization", who.Confidence, who.Reason);
            log.AddIf(v.Position, $"volunteer[{i}].position", who.Confidence, who.Reason);
            LogDates(log, $"volunteer[{i}]", header.Dates, start, end);
        }

        return result;
    }

    /// <summary>
    /// Projects printed one per line without bullets ("Route Optimizer: a Python tool that …" / "Fleet Dashboard — …"):
    /// when every line of the section is a short name and a description, each line is read as a one-line project.
    /// </summary>
    public static List<Item> OneLineProjects(List<Item> items)
    {
        var oneLine = items.Count >= 1 && items.All(i => !i.Bullet && SplitLeadIn(i.Text) is { Name: { } name, Remainder: { } rest }
            && name.Split(' ').Length <= 5 && rest.Split(' ').Length >= 3 && DateParser.Find(name) is null);
        return oneLine ? items.Select(i => new Item { Line = i.Line, LastLine = i.LastLine, Segments = i.Segments, Side = i.Side, Bullet = true }).ToList() : items;
    }

    public static List<Project> ReadProjects(List<RawEntry> entries, int offset, ConfidenceLog log)
    {
        var result = new List<Project>();
        foreach (var entry in entries)
        {
            var header = EntryHeaderReader.Read(entry);
            if (header.Fragments.Count == 0)
            {
                // A list of one-line projects: "Name: what it is" per bullet.
                foreach (var bullet in entry.Bullets)
                {
                    var (name, description) = SplitLeadIn(bullet);
                    if (name is null)
                    {
                        continue;
                    }

                    var dates = DateParser.Find(name);
                    var cleanName = dates is null ? name : dates.RemoveFrom(name);
                    var (s, e) = WorkDates(dates);
                    result.Add(new Project { Name = cleanName, Description = description, StartDate = s, EndDate = e });
                    log.Add($"projects[{offset + result.Count - 1}].name", 0.6, "lead-in of a one-line project bullet");
                }

                continue;
            }

            // "Stata · Econometrics" under a project's bullets: its tools, unlabelled, not a project of their own.
            if (result.Count > 0 && IsToolsLine(entry, header))
            {
                result[^1] = result[^1] with { Keywords = [.. result[^1].Keywords, .. ToolItemsRegex().Split(entry.Header[0].Text).Select(k => k.Trim()).Where(k => k.Length > 0)] };
                continue;
            }

            var first = header.Fragments[0].TrimEnd(':');
            var (start, end) = WorkDates(header.Dates);
            var rest = header.Fragments.Skip(1).ToList();

            // "Route Optimizer, Lead Developer": the person's role after the project's name.
            var comma = first.IndexOf(", ", StringComparison.Ordinal);
            string? role = null;
            if (comma > 0 && EntryVocabulary.TitleScore(first[(comma + 2)..]) > 0 && EntryVocabulary.TitleScore(first[..comma]) == 0)
            {
                role = first[(comma + 2)..].Trim();
                first = first[..comma];
            }
            // "Route Optimizer (Python, OR-Tools)": a list in brackets after the name is the project's tools.
            var tools = BracketedToolsRegex().Match(first);
            var bracketed = new List<string>();
            if (tools.Success && tools.Groups["name"].Value.Trim().Length > 0
                && ToolItemsRegex().Split(tools.Groups["tools"].Value).Where(k => k.Trim().Length > 0).ToList() is { Count: > 1 } items
                && items.All(k => k.Trim().Split(' ').Length <= 2))
            {
                first = tools.Groups["name"].Value.Trim();
                bracketed.AddRange(items.Select(k => k.Trim()));
            }

            var descriptionParts = new List<string>();
            // "Tide Tables: predicted tides for 12 harbours from old charts." has a description after its name;
            // "Senior design: solar water heater" is a name with a subtitle.
            var (leadName, leadDescription) = SplitLeadIn(first);
            if (leadName is not null && leadDescription is not null && leadName.Length < first.Length / 2
                && (leadDescription.Split(' ').Length >= 6 || leadDescription.EndsWith('.')))
            {
                first = leadName;
                descriptionParts.Add(leadDescription);
            }

            var prose = entry.ProseText();
            if (prose is not null)
            {
                descriptionParts.Add(prose);
            }

            var keywords = entry.Tools.Select(RawEntry.ToolsList).OfType<string>()
                .SelectMany(t => t.Split(',')).Select(k => k.Trim()).Where(k => k.Length > 0).Concat(bracketed).ToList();
            foreach (var r in rest)
            {
                if (r.Contains(',', StringComparison.Ordinal) && r.Split(',').All(k => k.Trim().Split(' ').Length <= 3))
                {
                    keywords.AddRange(r.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0));
                }
                else
                {
                    descriptionParts.Add(r);
                }
            }

            var i = offset + result.Count;
            var project = new Project
            {
                Name = first,
                Description = descriptionParts.Count > 0 ? string.Join(" ", descriptionParts) : null,
                StartDate = start,
                EndDate = end,
                DatesAsWritten = header.Dates?.Written,
                Highlights = entry.Bullets.Select(CleanBullet).Where(b => b.Length > 0).ToList(),
                Keywords = keywords,
                Roles = role is null ? [] : [role],
            };
            result.Add(project);
            log.Add($"projects[{i}].name", 0.75, "first line of the project entry");
            LogDates(log, $"projects[{i}]", header.Dates, start, end);
        }

        return result;
    }

    /// <summary>A lone undated line of two or more short items set apart by middle dots, bars or commas.</summary>
    private static bool IsToolsLine(RawEntry entry, EntryHeader header)
    {
        if (entry.Header.Count != 1 || entry.Bullets.Count > 0 || entry.Prose.Count > 0 || header.Dates is not null || entry.Header[0].Line.Bold)
        {
            return false;
        }

        var items = ToolItemsRegex().Split(entry.Header[0].Text);
        return items.Length >= 2 && items.All(i => i.Trim().Length > 0 && i.Trim().Split(' ').Length <= 3);
    }

    [GeneratedRegex(@"^(?<name>[^(\[]+?)\s*[(\[](?<tools>[^()\[\]]+)[)\]]$")]
    private static partial Regex BracketedToolsRegex();

    [GeneratedRegex(@"\s*(?:·|\||,|•)\s*")]
    private static partial Regex ToolItemsRegex();

    /// <summary>"Name: description" or "Name – description" → both parts; (null, null) when there is no lead-in.</summary>
    public static (string? Name, string? Remainder) SplitLeadIn(string text)
    {
        var m = Regex.Match(text, @"^(?<name>[^:]{2,60}?)\s*(?::|\s[–—-]\s)\s*(?<rest>.+)$");
        if (!m.Success)
        {
            return (text.Length <= 60 ? text.Trim() : null, null);
        }

        return (m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim());
    }

    public static string CleanBullet(string text) => TextCleaner.StripBullet(text).Trim();

    /// <summary>A job with one date started and ended then; an ongoing one has no end.</summary>
    public static (string? Start, string? End) WorkDates(DateRange? range)
    {
        if (range is null)
        {
            return (null, null);
        }

        if (range.Ongoing)
        {
            return (range.Start, null);
        }

        if (!range.IsRange)
        {
            var single = range.Start ?? range.End;
            return (single, single);
        }

        return (range.Start, range.End);
    }

    public static void LogDates(ConfidenceLog log, string prefix, DateRange? range, string? start, string? end)
    {
        if (range is null)
        {
            return;
        }

        var reason = range.IsRange ? "date range printed in the entry" : "single date printed in the entry";
        log.AddIf(start, prefix + ".startDate", range.IsRange ? 0.9 : 0.6, reason);
        log.AddIf(end, prefix + ".endDate", range.IsRange ? 0.9 : 0.6, reason);
        if (range.Ongoing)
        {
            log.Add(prefix + ".endDate", 0.9, "ongoing: no end date");
        }
    }
}
