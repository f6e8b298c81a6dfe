using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export;

internal enum BlockKind
{
    Name,
    Headline,
    Contact,
    SectionHeading,

    /// <summary>
    /// "Company — Position": the line an ATS reads as the entry's who and what. Organisation first because parsers
    /// that cannot tell the two apart by vocabulary fall back to the conventional organisation-first order.
    /// </summary>
    EntryTitle,

    /// <summary>Dates and place of an entry, on their own line so no parser mistakes them for part of the title.</summary>
    EntryDetail,
    Bullet,
    Paragraph,

    /// <summary>The first line of a cover letter's paragraph: a paragraph with a gap above it, as letters are set.</summary>
    LetterParagraph,

    /// <summary>"Label: text", e.g. a skill group with its keywords.</summary>
    Labelled,
}

/// <summary>One line-level piece of the exported resume, in reading order.</summary>
internal sealed record OutlineBlock(BlockKind Kind, string Text, string? Label = null)
{
    /// <summary>Headings and entry titles must stay on the page of the first line that follows them.</summary>
    public bool KeepWithNext => Kind is BlockKind.SectionHeading or BlockKind.EntryTitle or BlockKind.EntryDetail
        or BlockKind.Name or BlockKind.Headline;
}

/// <summary>
/// The format-neutral reading order of a resume. Every visual format (PDF, DOCX, Markdown, text) renders these same
/// blocks, so all formats say the same thing in the same order and one layout decision serves every parser.
/// </summary>
/// <param name="Subject">What the document is, for its title and metadata: "Resume" or "Cover letter".</param>
internal sealed record ResumeOutline(string? Name, IReadOnlyList<OutlineBlock> Blocks, string Subject = "Resume")
{
    public const string Dash = " — ";
    public const string Separator = " | ";

    public static ResumeOutline From(Resume resume)
    {
        var blocks = new List<OutlineBlock>();
        var basics = resume.Basics;
        var name = Clean(basics.Name);
        Add(blocks, BlockKind.Name, name);
        Add(blocks, BlockKind.Headline, Clean(basics.Label));
        Add(blocks, BlockKind.Contact, Join(Separator, ContactParts(basics)));

        if (Clean(basics.Summary) is not null)
        {
            Section(blocks, "Summary");
            Paragraphs(blocks, basics.Summary!);
        }

        if (resume.Work.Count > 0)
        {
            Section(blocks, "Experience");
            foreach (var work in resume.Work)
            {
                Entry(blocks, Title(Clean(work.Name), Clean(work.Position)),
                    Join(Separator, DisplayDates.Range(work.StartDate, work.EndDate, work.DatesAsWritten), Clean(work.Location)),
                    work.Summary, work.Highlights);
            }
        }

        if (resume.Projects.Count > 0)
        {
            Section(blocks, "Projects");
            foreach (var project in resume.Projects)
            {
                Entry(blocks, Title(Clean(project.Name), null), Join(Separator, DisplayDates.Range(project.StartDate, project.EndDate, project.DatesAsWritten, false), Clean(project.Url)),
                    project.Description, project.Highlights);
                if (Join(", ", project.Keywords.Select(Clean).ToArray()) is { } keywords)
                {
                    blocks.Add(new OutlineBlock(BlockKind.Labelled, keywords, "Technologies"));
                }
            }
        }

        if (resume.Education.Count > 0)
        {
            Section(blocks, "Education");
            foreach (var education in resume.Education)
            {
                // "Master of Science, Computer Science": a comma, not "in", ends the degree name unambiguously.
                var degree = Join(", ", Clean(education.StudyType), Clean(education.Area));
                var score = Clean(education.Score) is { } s ? $"GPA: {s}" : null;
                Entry(blocks, Title(Clean(education.Institution), degree),
                    Join(Separator, DisplayDates.Range(education.StartDate, education.EndDate, education.DatesAsWritten), score),
                    null, education.Courses.Count > 0 ? [$"Courses: {string.Join(", ", education.Courses.Select(Clean).OfType<string>())}"] : []);
            }
        }

        if (resume.Skills.Count > 0)
        {
            Section(blocks, "Skills");
            foreach (var skill in resume.Skills)
            {
                NamedList(blocks, skill.Name, skill.Keywords, BlockKind.Paragraph, "Skills");
            }
        }

        if (resume.Certificates.Count > 0)
        {
            Section(blocks, "Certifications");
            foreach (var c in resume.Certificates)
            {
                Add(blocks, BlockKind.Bullet, Join(Separator, Clean(c.Name), Clean(c.Issuer), DisplayDates.Format(c.Date)));
            }
        }

        if (resume.Awards.Count > 0)
        {
            Section(blocks, "Awards");
            foreach (var a in resume.Awards)
            {
                Add(blocks, BlockKind.Bullet, Join(Separator, Clean(a.Title), Clean(a.Awarder), DisplayDates.Format(a.Date)));
            }
        }

        if (resume.Publications.Count > 0)
        {
            Section(blocks, "Publications");
            foreach (var p in resume.Publications)
            {
                Add(blocks, BlockKind.Bullet, Join(Separator, Clean(p.Name), Clean(p.Publisher), DisplayDates.Format(p.ReleaseDate)));
            }
        }

        if (resume.Volunteer.Count > 0)
        {
            Section(blocks, "Volunteer Experience");
            foreach (var v in resume.Volunteer)
            {
                Entry(blocks, Title(Clean(v.Organization), Clean(v.Position)), DisplayDates.Range(v.StartDate, v.EndDate, v.DatesAsWritten), v.Summary, v.Highlights);
            }
        }

        if (resume.Languages.Count > 0)
        {
            Section(blocks, "Languages");
            var languages = resume.Languages
                .Select(l => Clean(l.Language) is { } language ? Clean(l.Fluency) is { } fluency ? $"{language} ({fluency})" : language : null)
                .ToArray();
            Add(blocks, BlockKind.Paragraph, Join(", ", languages));
        }

        if (resume.Interests.Count > 0)
        {
            Section(blocks, "Interests");
            foreach (var interest in resume.Interests)
            {
                NamedList(blocks, interest.Name, interest.Keywords, BlockKind.Bullet, "Interests");
            }
        }

        if (resume.References.Count > 0)
        {
            Section(blocks, "References");
            foreach (var r in resume.References)
            {
                Add(blocks, BlockKind.Paragraph, Join(Dash, Clean(r.Reference), Clean(r.Name)));
            }
        }

        // A heading with nothing under it (every entry empty) would read as a broken section.
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i].Kind == BlockKind.SectionHeading && (i == blocks.Count - 1 || blocks[i + 1].Kind == BlockKind.SectionHeading))
            {
                blocks.RemoveAt(i);
            }
        }

        return new ResumeOutline(name, blocks);
    }

    /// <summary>
    /// A cover letter under the resume's own header (name, headline, contact line), so the two read as a pair. Blank
    /// lines separate paragraphs; a line break inside one ("Sincerely,", name) stays a line break; a line that starts
    /// with "•" is a list item.
    /// </summary>
    public static ResumeOutline Letter(Resume resume, string letter)
    {
        var blocks = new List<OutlineBlock>();
        var basics = resume.Basics;
        var name = Clean(basics.Name);
        Add(blocks, BlockKind.Name, name);
        Add(blocks, BlockKind.Headline, Clean(basics.Label));
        Add(blocks, BlockKind.Contact, Join(Separator, ContactParts(basics)));
        var starts = true;
        foreach (var line in letter.ReplaceLineEndings("\n").Split('\n'))
        {
            var text = Clean(line);
            if (text is null)
            {
                // A blank line ends a paragraph.
                starts = true;
                continue;
            }

            Add(blocks, text.StartsWith('•') ? BlockKind.Bullet : starts ? BlockKind.LetterParagraph : BlockKind.Paragraph, text.TrimStart('•', ' '));
            starts = false;
        }

        return new ResumeOutline(name, blocks, "Cover letter");
    }

    private static IEnumerable<string?> ContactParts(Basics basics)
    {
        yield return Clean(basics.Email);
        yield return Clean(basics.Phone);
        var location = basics.Location;
        yield return location is null ? null : Join(", ", Clean(location.City), Clean(location.Region) ?? CountryName(location.CountryCode));
        yield return Clean(basics.Url);
        foreach (var profile in basics.Profiles)
        {
            yield return Clean(profile.Url) ?? Join(": ", Clean(profile.Network), Clean(profile.Username));
        }
    }

    /// <summary>"KR" → "South Korea": readers (and parsers) know country names better than ISO codes.</summary>
    private static string? CountryName(string? code)
    {
        if (Clean(code) is not { Length: 2 } iso)
        {
            return Clean(code);
        }

        try
        {
            return new System.Globalization.RegionInfo(iso).EnglishName;
        }
        catch (ArgumentException)
        {
            return iso;
        }
    }

    private static void Section(List<OutlineBlock> blocks, string heading) => blocks.Add(new OutlineBlock(BlockKind.SectionHeading, heading));

    /// <summary>
    /// The entry's title lines: "Organisation — Role" on one line when that stays short and does not read like a
    /// sentence; otherwise organisation and role on lines of their own, because a long or full-stopped header line
    /// is taken for prose by ATS parsers.
    /// </summary>
    private static string?[] Title(string? organisation, string? role)
    {
        var joined = Join(Dash, organisation, role);
        if (joined is null || organisation is null || role is null)
        {
            return [joined];
        }

        var words = joined.Split(' ').Length;
        return words >= 11 || (words >= 6 && joined.EndsWith('.')) ? [organisation, role] : [joined];
    }

    private static void Entry(List<OutlineBlock> blocks, string?[] title, string? detail, string? summary, IReadOnlyList<string> highlights)
    {
        foreach (var line in title)
        {
            Add(blocks, BlockKind.EntryTitle, line);
        }

        Add(blocks, BlockKind.EntryDetail, detail);
        if (summary is not null)
        {
            Paragraphs(blocks, summary);
        }

        foreach (var highlight in highlights)
        {
            Add(blocks, BlockKind.Bullet, Clean(highlight));
        }
    }

    // A named group of keywords ("Languages: C#, Go") is one labelled line; a bare name stands on its own as `bareKind`.
    private static void NamedList(List<OutlineBlock> blocks, string? name, IEnumerable<string> keywords, BlockKind bareKind, string fallbackLabel)
    {
        var joined = Join(", ", keywords.Select(Clean).ToArray());
        if (joined is null)
        {
            Add(blocks, bareKind, Clean(name));
        }
        else
        {
            blocks.Add(new OutlineBlock(BlockKind.Labelled, joined, Clean(name) ?? fallbackLabel));
        }
    }

    private static void Paragraphs(List<OutlineBlock> blocks, string text)
    {
        // Line breaks the user typed separate paragraphs; other whitespace is collapsed.
        foreach (var paragraph in text.Split('\n'))
        {
            Add(blocks, BlockKind.Paragraph, Clean(paragraph));
        }
    }

    private static void Add(List<OutlineBlock> blocks, BlockKind kind, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(new OutlineBlock(kind, text));
        }
    }

    /// <summary>Collapses runs of whitespace (including line breaks inside a field) to one space.</summary>
    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }

    private static string? Join(string separator, IEnumerable<string?> parts) => Join(separator, parts.ToArray());
}
