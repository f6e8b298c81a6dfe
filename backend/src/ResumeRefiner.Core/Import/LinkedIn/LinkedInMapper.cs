using System.Text.RegularExpressions;
using ResumeRefiner.Core.Import.JsonResume;
using ResumeRefiner.Core.Model;
using ResumeRefiner.Core.Parsing;
using ResumeRefiner.Core.Parsing.Dates;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Import.LinkedIn;

/// <summary>
/// LinkedIn export tables → JSON Resume. Each column goes to the field that means the same; dates as LinkedIn writes
/// them ("Jan 2020", "2019", "2019-06", "Jan 2020 - Present") become ISO; a description whose lines are bulleted
/// ("•", "-", "*") or simply one per line becomes highlights, a single paragraph stays the summary.
/// </summary>
internal static partial class LinkedInMapper
{
    public static Resume Map(IReadOnlyList<LinkedInTable> tables)
    {
        IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(LinkedInFile file) =>
            [.. tables.Where(t => t.File == file).SelectMany(t => t.Rows).Take(ResumeLimits.MaxEntries)];

        var resume = new Resume
        {
            Basics = Basics(Rows(LinkedInFile.Profile) is [var profile, ..] ? profile : null, Rows(LinkedInFile.EmailAddresses), Rows(LinkedInFile.PhoneNumbers)),
            Work = [.. Rows(LinkedInFile.Positions).Select(Work).Where(w => w.Name is not null || w.Position is not null)],
            Volunteer = [.. Rows(LinkedInFile.Volunteering).Select(Volunteer).Where(v => v.Organization is not null || v.Position is not null)],
            Education = [.. Rows(LinkedInFile.Education).Select(Education).Where(e => e.Institution is not null)],
            Skills = Skills(Rows(LinkedInFile.Skills)),
            Certificates = [.. Rows(LinkedInFile.Certifications).Select(Certificate).Where(c => c.Name is not null)],
            Languages = [.. Rows(LinkedInFile.Languages).Select(r => new SpokenLanguage { Language = Value(r, "Name"), Fluency = Value(r, "Proficiency") }).Where(l => l.Language is not null)],
            Projects = [.. Rows(LinkedInFile.Projects).Select(Project).Where(p => p.Name is not null)],
            Awards = [.. Rows(LinkedInFile.Honors).Select(r => new Award { Title = Value(r, "Title"), Summary = Value(r, "Description"), Date = Date(Value(r, "Issued On")) }).Where(a => a.Title is not null)],
            Publications = [.. Rows(LinkedInFile.Publications).Select(Publication).Where(p => p.Name is not null)],
        };
        return JsonResumeConformance.Conform(resume);
    }

    /// <summary>The export is the person's own typed data: certain where it was copied, less where it was split.</summary>
    public static IReadOnlyList<FieldConfidence> Confidence(Resume resume)
    {
        var entries = new List<FieldConfidence>();
        FieldWalker.Map(resume, (path, _, value) =>
        {
            if (value is not null)
            {
                var split = path.Contains(".highlights", StringComparison.Ordinal) || path.EndsWith(".area", StringComparison.Ordinal)
                    || path.EndsWith(".studyType", StringComparison.Ordinal);
                entries.Add(new FieldConfidence(path, split ? 0.85 : 0.98, split ? "split from a LinkedIn export field" : "copied from a LinkedIn export field"));
            }

            return value;
        });
        return entries;
    }

    private static Basics Basics(IReadOnlyDictionary<string, string>? profile, IReadOnlyList<IReadOnlyDictionary<string, string>> emails, IReadOnlyList<IReadOnlyDictionary<string, string>> phones)
    {
        var name = string.Join(' ', new[] { Value(profile, "First Name"), Value(profile, "Last Name") }.OfType<string>());
        var email = emails.FirstOrDefault(e => Value(e, "Primary")?.Equals("Yes", StringComparison.OrdinalIgnoreCase) == true) ?? (emails.Count > 0 ? emails[0] : null);
        var phone = phones.FirstOrDefault(p => Value(p, "Type")?.Equals("Mobile", StringComparison.OrdinalIgnoreCase) == true) ?? (phones.Count > 0 ? phones[0] : null);
        var (url, profiles) = Websites(Value(profile, "Websites"));
        if (Value(profile, "Profile URL") is { } linkedIn)
        {
            profiles.Insert(0, new Profile { Network = "LinkedIn", Url = linkedIn, Username = Handle(linkedIn) });
        }

        foreach (var handle in Bracketed(Value(profile, "Twitter Handles")))
        {
            profiles.Add(new Profile { Network = "Twitter", Username = handle.Value.TrimStart('@'), Url = "https://twitter.com/" + handle.Value.TrimStart('@') });
        }

        return new Basics
        {
            Name = name.Length > 0 ? name : null,
            Label = Value(profile, "Headline"),
            Summary = Value(profile, "Summary"),
            Email = Value(email, "Email Address"),
            Phone = Value(phone, "Number") is { } number ? (Value(phone, "Extension") is { } ext ? $"{number} ext. {ext}" : number) : null,
            Url = url,
            Location = Location(Value(profile, "Geo Location"), Value(profile, "Zip Code"), Value(profile, "Address")),
            Profiles = profiles,
        };
    }

    /// <summary>"[PORTFOLIO:https://ada.dev],[COMPANY:https://example.com]" or a bare list: the first personal site is the url, the rest profiles.</summary>
    private static (string? Url, List<Profile> Profiles) Websites(string? text)
    {
        string? url = null;
        var profiles = new List<Profile>();
        foreach (var (label, value) in Bracketed(text))
        {
            if (JsonResumeConformance.AsUri(value) is not { } link)
            {
                continue;
            }

            var network = Network(link);
            if (url is null && network is null && label is null or "PERSONAL" or "PORTFOLIO" or "BLOG" or "OTHER")
            {
                url = link;
            }
            else
            {
                profiles.Add(new Profile { Network = network ?? Capitalized(label) ?? "Website", Url = link, Username = network is null ? null : Handle(link) });
            }
        }

        return (url, profiles);
    }

    private static IEnumerable<(string? Label, string Value)> Bracketed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var matches = BracketedItem().Matches(text);
        if (matches.Count == 0)
        {
            foreach (var part in text.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (null, part);
            }

            yield break;
        }

        foreach (Match m in matches)
        {
            yield return (m.Groups["label"].Success ? m.Groups["label"].Value.ToUpperInvariant() : null, m.Groups["value"].Value.Trim());
        }
    }

    private static string? Network(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : string.Empty;
        return host switch
        {
            _ when host.EndsWith("github.com", StringComparison.Ordinal) => "GitHub",
            _ when host.EndsWith("gitlab.com", StringComparison.Ordinal) => "GitLab",
            _ when host.EndsWith("linkedin.com", StringComparison.Ordinal) => "LinkedIn",
            _ when host.EndsWith("twitter.com", StringComparison.Ordinal) || host is "x.com" => "Twitter",
            _ when host.EndsWith("behance.net", StringComparison.Ordinal) => "Behance",
            _ when host.EndsWith("dribbble.com", StringComparison.Ordinal) => "Dribbble",
            _ when host.EndsWith("stackoverflow.com", StringComparison.Ordinal) => "Stack Overflow",
            _ => null,
        };
    }

    private static string? Handle(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } last ? last : null;

    private static string? Capitalized(string? label) =>
        label is { Length: > 0 } ? label[..1] + label[1..].ToLowerInvariant() : null;

    /// <summary>"Hamburg, Deutschland", "Austin, Texas, United States", "Greater Seattle Area": the first part is the place.</summary>
    private static Location? Location(string? geo, string? postalCode, string? address)
    {
        if (geo is null && postalCode is null && address is null)
        {
            return null;
        }

        var parts = geo?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new Location
        {
            City = parts.ElementAtOrDefault(0),
            Region = parts.Length >= 3 ? parts[1] : null,
            PostalCode = postalCode,
            Address = address,
        };
    }

    private static Work Work(IReadOnlyDictionary<string, string> row)
    {
        var (summary, highlights) = Description(Value(row, "Description"));
        var (start, end, written) = Dates(Value(row, "Started On"), Value(row, "Finished On"));
        return new Work
        {
            Name = Value(row, "Company Name"),
            Position = Value(row, "Title"),
            Location = Value(row, "Location"),
            StartDate = start,
            EndDate = end,
            DatesAsWritten = written,
            Summary = summary,
            Highlights = highlights,
        };
    }

    private static Volunteer Volunteer(IReadOnlyDictionary<string, string> row)
    {
        var (summary, highlights) = Description(Value(row, "Description"));
        var (start, end, written) = Dates(Value(row, "Started On"), Value(row, "Finished On"));
        return new Volunteer
        {
            Organization = Value(row, "Company Name"),
            Position = Value(row, "Role"),
            StartDate = start,
            EndDate = end,
            DatesAsWritten = written,
            Summary = summary,
            Highlights = highlights,
        };
    }

    private static Education Education(IReadOnlyDictionary<string, string> row)
    {
        var degreeName = Value(row, "Degree Name");
        var degree = degreeName is null ? null : Degrees.Parse(degreeName);
        var (start, end, written) = Dates(Value(row, "Start Date"), Value(row, "End Date"));
        var notes = string.Join("\n", new[] { Value(row, "Notes"), Value(row, "Activities") is { } a ? "Activities: " + a : null }.OfType<string>());
        return new Education
        {
            Institution = Value(row, "School Name"),
            StudyType = degree?.StudyType ?? degreeName,
            Area = degree?.Area,
            StartDate = start,
            EndDate = end,
            DatesAsWritten = written,
            // JSON Resume's education has no free text; notes and activities stay beside it, as LinkedIn wrote them.
            OtherFields = notes.Length == 0 ? null : new() { ["summary"] = System.Text.Json.JsonSerializer.SerializeToElement(notes) },
        };
    }

    private static IReadOnlyList<Skill> Skills(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var keywords = rows.Select(r => Value(r, "Name")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(ResumeLimits.MaxListItems).ToList();
        return keywords.Count == 0 ? [] : [new Skill { Name = "Skills", Keywords = keywords }];
    }

    private static Certificate Certificate(IReadOnlyDictionary<string, string> row) => new()
    {
        Name = Value(row, "Name"),
        Issuer = Value(row, "Authority"),
        Url = Value(row, "Url"),
        Date = Date(Value(row, "Started On")),
        OtherFields = Value(row, "License Number") is { } license
            ? new() { ["licenseNumber"] = System.Text.Json.JsonSerializer.SerializeToElement(license) }
            : null,
    };

    private static Project Project(IReadOnlyDictionary<string, string> row)
    {
        var (summary, highlights) = Description(Value(row, "Description"));
        var (start, end, written) = Dates(Value(row, "Started On"), Value(row, "Finished On"));
        return new Project
        {
            Name = Value(row, "Title"),
            Description = summary,
            Highlights = highlights,
            Url = Value(row, "Url"),
            StartDate = start,
            EndDate = end,
            DatesAsWritten = written,
        };
    }

    private static Publication Publication(IReadOnlyDictionary<string, string> row) => new()
    {
        Name = Value(row, "Name"),
        Publisher = Value(row, "Publisher"),
        Url = Value(row, "Url"),
        ReleaseDate = Date(Value(row, "Published On")),
        Summary = Value(row, "Description"),
    };

    /// <summary>
    /// Bulleted lines ("•", "-", "*", "▪", "–") or several plain lines are highlights; text before the first bullet is
    /// the summary; one paragraph is only the summary. "A • B • C" on one line is three highlights.
    /// </summary>
    internal static (string? Summary, IReadOnlyList<string> Highlights) Description(string? text)
    {
        if (text is null)
        {
            return (null, []);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Count(c => c == '•') >= 2 ? l.Split('•', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => "• " + p) : [l])
            .ToList();
        var firstBullet = lines.FindIndex(l => BulletMark().IsMatch(l));
        if (firstBullet < 0)
        {
            return lines.Count <= 1 ? (lines.FirstOrDefault(), []) : (null, lines.Take(ResumeLimits.MaxListItems).ToList());
        }

        var summary = firstBullet == 0 ? null : string.Join("\n", lines.Take(firstBullet));
        var highlights = lines.Skip(firstBullet).Select(l => BulletMark().Replace(l, string.Empty).Trim()).Where(l => l.Length > 0).Take(ResumeLimits.MaxListItems).ToList();
        return (summary, highlights);
    }

    /// <summary>Start and end as ISO; "Present" or an empty end is ongoing. Dates no ISO form says stay as written.</summary>
    internal static (string? Start, string? End, string? Written) Dates(string? started, string? finished)
    {
        // One column holding the whole range: "Jan 2020 - Present".
        if (finished is null && started is not null && DateParser.Find(started) is { IsRange: true } range)
        {
            return (range.Start, range.End, range.Written);
        }

        var start = Date(started);
        var end = finished is null || Ongoing().IsMatch(finished) ? null : Date(finished);
        // A date no ISO form can say ("Summer 2016" is only 2016 in ISO), or none found at all.
        bool Lost(string? text, string? iso) => text is not null && (iso is null || (DateParser.Find(text)?.Written is not null));
        var lost = Lost(started, start) || (finished is not null && !Ongoing().IsMatch(finished) && Lost(finished, end));
        return (start, end, lost ? string.Join(" – ", new[] { started, finished ?? "Present" }.OfType<string>()) : null);
    }

    /// <summary>"Jan 2020", "January 2020", "2019", "2019-06", "2023-01-15", "1/2020" → ISO; null when none.</summary>
    internal static string? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (IsoDate().IsMatch(trimmed))
        {
            return trimmed;
        }

        return DateParser.Find(trimmed) is { } found ? found.Start ?? found.End : null;
    }

    private static string? Value(IReadOnlyDictionary<string, string>? row, string column) =>
        row is not null && row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    [GeneratedRegex(@"^\s*[•\-*▪‣◦–·]\s*")]
    private static partial Regex BulletMark();

    [GeneratedRegex(@"^(?:[1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:present|current|now|today|ongoing)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    // "[PORTFOLIO:https://…]" labels a link; the "https:" of "[https://…]" is no label.
    [GeneratedRegex(@"\[(?:(?<label>[A-Za-z_]+):(?!//))?(?<value>[^\]]+)\]")]
    private static partial Regex BracketedItem();
}
