namespace ResumeRefiner.Core.Model;

/// <summary>
/// How much one resume may hold, whoever wrote it (an edit, a restore, a fix, an accepted suggestion, a file the CLI
/// reads). Every later step (analysis, proofreading, export) costs time in proportion to the text, so a bound here
/// bounds them all. No real resume comes near any of these numbers.
/// </summary>
public static class ResumeLimits
{
    /// <summary>All text together: about a hundred pages of dense text, the same bound an uploaded document has.</summary>
    public const int MaxTotalCharacters = 300_000;

    /// <summary>One field (a summary, a bullet, a name): some eight pages of text in one paragraph.</summary>
    public const int MaxFieldLength = 20_000;

    /// <summary>Entries in one section (work, education, skills, profiles…): decades of roles fit many times over.</summary>
    public const int MaxEntries = 500;

    /// <summary>Items in one entry's list (highlights, keywords, courses, roles).</summary>
    public const int MaxListItems = 200;

    /// <summary>The first limit the resume exceeds, in document order; null when it keeps them all.</summary>
    public static ResumeLimitViolation? Check(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        if (NullPart(resume) is { } missing)
        {
            return new ResumeLimitViolation(missing, $"{missing} is null; send an empty list or object, or leave it out.") { Malformed = true };
        }

        if (TooManyEntries(resume) is { } entries)
        {
            return entries;
        }

        // Fields the walker leaves out (it visits the text fixes may change) count here too.
        ResumeLimitViolation? found = null;
        long total = 0;
        void Count(string path, string? value)
        {
            if (found is not null || value is null)
            {
                return;
            }

            total += value.Length;
            found = value.Length > MaxFieldLength
                ? new ResumeLimitViolation(path, $"{path} is longer than {MaxFieldLength:N0} characters.")
                : total > MaxTotalCharacters
                    ? new ResumeLimitViolation(null, $"The resume holds more than {MaxTotalCharacters:N0} characters of text.")
                    : null;
        }

        Count("basics.image", resume.Basics.Image);
        Count("meta.canonical", resume.Meta?.Canonical);
        Count("meta.version", resume.Meta?.Version);
        Count("meta.lastModified", resume.Meta?.LastModified);
        FieldWalker.Map(resume, (path, _, value) =>
        {
            Count(path, value);
            return value;
        });
        return found;
    }

    /// <summary>JSON can send null where the model has a list or an object; nothing downstream expects that.</summary>
    private static string? NullPart(Resume r)
    {
        if (r.Basics is null)
        {
            return "basics";
        }

        return Section("basics.profiles", r.Basics.Profiles)
            ?? Section("work", r.Work, w => [("highlights", w.Highlights)])
            ?? Section("volunteer", r.Volunteer, v => [("highlights", v.Highlights)])
            ?? Section("education", r.Education, e => [("courses", e.Courses)])
            ?? Section("awards", r.Awards)
            ?? Section("certificates", r.Certificates)
            ?? Section("publications", r.Publications)
            ?? Section("skills", r.Skills, x => [("keywords", x.Keywords)])
            ?? Section("languages", r.Languages)
            ?? Section("interests", r.Interests, x => [("keywords", x.Keywords)])
            ?? Section("references", r.References)
            ?? Section("projects", r.Projects, p => [("highlights", p.Highlights), ("keywords", p.Keywords), ("roles", p.Roles)]);

        static string? Section<T>(string path, IReadOnlyList<T>? items, Func<T, (string Name, IReadOnlyList<string>? List)[]>? lists = null)
            where T : class
        {
            if (items is null)
            {
                return path;
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not { } item)
                {
                    return $"{path}[{i}]";
                }

                foreach (var (name, list) in lists?.Invoke(item) ?? [])
                {
                    if (list is null)
                    {
                        return $"{path}[{i}].{name}";
                    }
                }
            }

            return null;
        }
    }

    private static ResumeLimitViolation? TooManyEntries(Resume r)
    {
        (string Path, int Count)[] sections =
        [
            ("basics.profiles", r.Basics.Profiles.Count), ("work", r.Work.Count), ("volunteer", r.Volunteer.Count),
            ("education", r.Education.Count), ("awards", r.Awards.Count), ("certificates", r.Certificates.Count),
            ("publications", r.Publications.Count), ("skills", r.Skills.Count), ("languages", r.Languages.Count),
            ("interests", r.Interests.Count), ("references", r.References.Count), ("projects", r.Projects.Count),
        ];
        if (sections.FirstOrDefault(s => s.Count > MaxEntries) is { Path: { } section })
        {
            return new ResumeLimitViolation(section, $"{section} has more than {MaxEntries:N0} entries.");
        }

        var lists = r.Work.Select((w, i) => ($"work[{i}].highlights", w.Highlights.Count))
            .Concat(r.Volunteer.Select((v, i) => ($"volunteer[{i}].highlights", v.Highlights.Count)))
            .Concat(r.Education.Select((e, i) => ($"education[{i}].courses", e.Courses.Count)))
            .Concat(r.Skills.Select((s, i) => ($"skills[{i}].keywords", s.Keywords.Count)))
            .Concat(r.Interests.Select((x, i) => ($"interests[{i}].keywords", x.Keywords.Count)))
            .Concat(r.Projects.SelectMany((p, i) => new[]
            {
                ($"projects[{i}].highlights", p.Highlights.Count), ($"projects[{i}].keywords", p.Keywords.Count), ($"projects[{i}].roles", p.Roles.Count),
            }));
        return lists.FirstOrDefault(l => l.Item2 > MaxListItems) is { Item1: { } list }
            ? new ResumeLimitViolation(list, $"{list} has more than {MaxListItems:N0} items.")
            : null;
    }
}

/// <param name="Path">The field or list over its limit (<c>work[3].highlights[2]</c>); null when the whole text is too long.</param>
/// <param name="Message">What is over which limit, without any of the resume's text.</param>
public sealed record ResumeLimitViolation(string? Path, string Message)
{
    /// <summary>Not too large but not a resume's shape: a null where a list or an object belongs.</summary>
    public bool Malformed { get; init; }
}
