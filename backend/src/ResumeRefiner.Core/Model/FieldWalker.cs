namespace ResumeRefiner.Core.Model;

/// <summary>What a text field holds, which decides the fixes that apply to it.</summary>
internal enum FieldKind
{
    /// <summary>Names, URLs, e-mail: whitespace only.</summary>
    Plain,

    /// <summary>Sentences a person wrote (summaries, positions, descriptions): whitespace and technology names.</summary>
    Prose,
    Highlight,
    Keyword,
    Date,
    Phone,
}

/// <summary>
/// Visits every text field of a resume with its JSON path and rebuilds the resume with each field mapped. One walk
/// serves both finding fixes (identity map that records) and applying them (map that rewrites), so the paths the
/// suggestions name are exactly the paths that get changed.
/// </summary>
internal static class FieldWalker
{
    public delegate string? FieldMap(string path, FieldKind kind, string? value);

    public static Resume Map(Resume r, FieldMap f)
    {
        var b = r.Basics;
        return r with
        {
            Basics = b with
            {
                Name = f("basics.name", FieldKind.Plain, b.Name),
                Label = f("basics.label", FieldKind.Prose, b.Label),
                Email = f("basics.email", FieldKind.Plain, b.Email),
                Phone = f("basics.phone", FieldKind.Phone, b.Phone),
                Url = f("basics.url", FieldKind.Plain, b.Url),
                Summary = f("basics.summary", FieldKind.Prose, b.Summary),
                Location = b.Location is null ? null : b.Location with
                {
                    Address = f("basics.location.address", FieldKind.Plain, b.Location.Address),
                    City = f("basics.location.city", FieldKind.Plain, b.Location.City),
                    Region = f("basics.location.region", FieldKind.Plain, b.Location.Region),
                    PostalCode = f("basics.location.postalCode", FieldKind.Plain, b.Location.PostalCode),
                    CountryCode = f("basics.location.countryCode", FieldKind.Plain, b.Location.CountryCode),
                },
                Profiles = Each(b.Profiles, "basics.profiles", (p, at) => p with
                {
                    Network = f($"{at}.network", FieldKind.Plain, p.Network),
                    Username = f($"{at}.username", FieldKind.Plain, p.Username),
                    Url = f($"{at}.url", FieldKind.Plain, p.Url),
                }),
            },
            Work = Each(r.Work, "work", (w, at) => w with
            {
                Name = f($"{at}.name", FieldKind.Plain, w.Name),
                Position = f($"{at}.position", FieldKind.Prose, w.Position),
                Location = f($"{at}.location", FieldKind.Plain, w.Location),
                Description = f($"{at}.description", FieldKind.Prose, w.Description),
                Url = f($"{at}.url", FieldKind.Plain, w.Url),
                StartDate = f($"{at}.startDate", FieldKind.Date, w.StartDate),
                EndDate = f($"{at}.endDate", FieldKind.Date, w.EndDate),
                Summary = f($"{at}.summary", FieldKind.Prose, w.Summary),
                Highlights = Texts(w.Highlights, $"{at}.highlights", FieldKind.Highlight, f),
            }),
            Volunteer = Each(r.Volunteer, "volunteer", (v, at) => v with
            {
                Organization = f($"{at}.organization", FieldKind.Plain, v.Organization),
                Position = f($"{at}.position", FieldKind.Prose, v.Position),
                Url = f($"{at}.url", FieldKind.Plain, v.Url),
                StartDate = f($"{at}.startDate", FieldKind.Date, v.StartDate),
                EndDate = f($"{at}.endDate", FieldKind.Date, v.EndDate),
                Summary = f($"{at}.summary", FieldKind.Prose, v.Summary),
                Highlights = Texts(v.Highlights, $"{at}.highlights", FieldKind.Highlight, f),
            }),
            Education = Each(r.Education, "education", (e, at) => e with
            {
                Institution = f($"{at}.institution", FieldKind.Plain, e.Institution),
                Url = f($"{at}.url", FieldKind.Plain, e.Url),
                Area = f($"{at}.area", FieldKind.Plain, e.Area),
                StudyType = f($"{at}.studyType", FieldKind.Plain, e.StudyType),
                StartDate = f($"{at}.startDate", FieldKind.Date, e.StartDate),
                EndDate = f($"{at}.endDate", FieldKind.Date, e.EndDate),
                Score = f($"{at}.score", FieldKind.Plain, e.Score),
                Courses = Texts(e.Courses, $"{at}.courses", FieldKind.Keyword, f),
            }),
            Awards = Each(r.Awards, "awards", (a, at) => a with
            {
                Title = f($"{at}.title", FieldKind.Plain, a.Title),
                Date = f($"{at}.date", FieldKind.Date, a.Date),
                Awarder = f($"{at}.awarder", FieldKind.Plain, a.Awarder),
                Summary = f($"{at}.summary", FieldKind.Prose, a.Summary),
            }),
            Certificates = Each(r.Certificates, "certificates", (c, at) => c with
            {
                Name = f($"{at}.name", FieldKind.Prose, c.Name),
                Date = f($"{at}.date", FieldKind.Date, c.Date),
                Url = f($"{at}.url", FieldKind.Plain, c.Url),
                Issuer = f($"{at}.issuer", FieldKind.Plain, c.Issuer),
            }),
            Publications = Each(r.Publications, "publications", (p, at) => p with
            {
                Name = f($"{at}.name", FieldKind.Plain, p.Name),
                Publisher = f($"{at}.publisher", FieldKind.Plain, p.Publisher),
                ReleaseDate = f($"{at}.releaseDate", FieldKind.Date, p.ReleaseDate),
                Url = f($"{at}.url", FieldKind.Plain, p.Url),
                Summary = f($"{at}.summary", FieldKind.Prose, p.Summary),
            }),
            Skills = Each(r.Skills, "skills", (s, at) => s with
            {
                Name = f($"{at}.name", FieldKind.Keyword, s.Name),
                Level = f($"{at}.level", FieldKind.Plain, s.Level),
                Keywords = Texts(s.Keywords, $"{at}.keywords", FieldKind.Keyword, f),
            }),
            Languages = Each(r.Languages, "languages", (l, at) => l with
            {
                Language = f($"{at}.language", FieldKind.Plain, l.Language),
                Fluency = f($"{at}.fluency", FieldKind.Plain, l.Fluency),
            }),
            Interests = Each(r.Interests, "interests", (i, at) => i with
            {
                Name = f($"{at}.name", FieldKind.Plain, i.Name),
                Keywords = Texts(i.Keywords, $"{at}.keywords", FieldKind.Plain, f),
            }),
            References = Each(r.References, "references", (x, at) => x with
            {
                Name = f($"{at}.name", FieldKind.Plain, x.Name),
                Reference = f($"{at}.reference", FieldKind.Plain, x.Reference),
            }),
            Projects = Each(r.Projects, "projects", (p, at) => p with
            {
                Name = f($"{at}.name", FieldKind.Plain, p.Name),
                Description = f($"{at}.description", FieldKind.Prose, p.Description),
                Highlights = Texts(p.Highlights, $"{at}.highlights", FieldKind.Highlight, f),
                Keywords = Texts(p.Keywords, $"{at}.keywords", FieldKind.Keyword, f),
                StartDate = f($"{at}.startDate", FieldKind.Date, p.StartDate),
                EndDate = f($"{at}.endDate", FieldKind.Date, p.EndDate),
                Url = f($"{at}.url", FieldKind.Plain, p.Url),
                Roles = Texts(p.Roles, $"{at}.roles", FieldKind.Plain, f),
                Entity = f($"{at}.entity", FieldKind.Plain, p.Entity),
                Type = f($"{at}.type", FieldKind.Plain, p.Type),
            }),
        };
    }

    private static List<T> Each<T>(IReadOnlyList<T> items, string path, Func<T, string, T> map) =>
        items.Select((item, i) => map(item, $"{path}[{i}]")).ToList();

    /// <summary>List items keep their positions (an emptied item stays, as an empty string) so paths stay valid.</summary>
    private static List<string> Texts(IReadOnlyList<string> items, string path, FieldKind kind, FieldMap f) =>
        items.Select((item, i) => f($"{path}[{i}]", kind, item) ?? string.Empty).ToList();
}
