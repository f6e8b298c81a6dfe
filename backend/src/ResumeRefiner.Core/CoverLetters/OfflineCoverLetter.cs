using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.CoverLetters;

/// <summary>A skill the posting asks for and the resume shows, with the bullet that shows it (null when only a skills list does).</summary>
public sealed record CoverLetterStrength(string Skill, string? Evidence, string? Where);

/// <summary>
/// The cover letter drafted without AI, from the offline keyword match: the role, the company, up to three matched
/// strengths each quoting the resume bullet that shows it, and bracketed placeholders for everything the resume and the
/// user did not say. Deterministic, and it states nothing the resume does not: every claim is a quotation.
/// </summary>
public static class OfflineCoverLetter
{
    public const string HiringManager = "[Hiring manager]";
    public const string CompanyPlaceholder = "[Company]";
    public const string RolePlaceholder = "[Role]";
    public const string NamePlaceholder = "[Your name]";

    /// <summary>Quoted evidence is cut here, so three bullets never crowd out the rest of the letter.</summary>
    private const int MaxEvidence = 300;

    /// <param name="company">The employer as the user gave it; <see cref="CompanyPlaceholder"/> when empty.</param>
    /// <param name="role">The role as the user gave it; else the posting's title; else <see cref="RolePlaceholder"/>.</param>
    public static string Draft(Resume resume, string jobDescription, string? company = null, string? role = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(jobDescription);
        var job = JobDescriptionAnalyzer.Instance.Analyze(jobDescription);
        var match = ResumeMatcher.Instance.Match(ResumeText.From(resume), job);
        var strengths = Strengths(resume, match);
        var theCompany = Clean(company) ?? CompanyPlaceholder;
        var theRole = Clean(role) ?? Title(job.JobTitle) ?? RolePlaceholder;

        var paragraphs = new List<string> { $"Dear {HiringManager}," };
        var opening = $"I am writing to apply for the {theRole} position at {theCompany}.";
        if (Clean(resume.Basics.Label) is { } label)
        {
            opening += $" I am {("AEIOUaeiou".Contains(label[0], StringComparison.Ordinal) ? "an" : "a")} {label}.";
        }
        else if (resume.Work.FirstOrDefault(w => Clean(w.Position) is not null) is { } recent)
        {
            opening += $" My experience includes the role of {Where(recent.Position, recent.Name)}.";
        }

        paragraphs.Add(opening);
        if (strengths.Count == 0)
        {
            paragraphs.Add("[Two or three strengths the posting asks for, each with an example from your experience.]");
        }
        else
        {
            var lines = strengths.Select(s => s.Evidence is null
                ? $"• {s.Skill}: listed among my skills. [An example of your work with {s.Skill}.]"
                : $"• {s.Skill}: {(s.Where is null ? string.Empty : s.Where + ", ")}“{s.Evidence}”").ToList();
            if (strengths.Count < 3)
            {
                lines.Add("• [Another strength the posting asks for, with an example from your experience.]");
            }

            paragraphs.Add($"The posting asks for {List(strengths.Select(s => s.Skill).ToList())}, and my resume shows {(strengths.Count == 1 ? "it" : "each of them")}:\n{string.Join('\n', lines)}");
        }

        paragraphs.Add($"I would welcome the chance to discuss how my experience can contribute to {theCompany}. Thank you for your time and consideration.");
        paragraphs.Add($"Sincerely,\n{Clean(resume.Basics.Name) ?? NamePlaceholder}");
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The posting's skills the resume shows, by the offline match: what the AI draft is told to build on.</summary>
    public static IReadOnlyList<string> MatchedSkills(Resume resume, string jobDescription)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(jobDescription);
        var job = JobDescriptionAnalyzer.Instance.Analyze(jobDescription);
        return ResumeMatcher.Instance.Match(ResumeText.From(resume), job).Matched.Select(s => s.Name).ToList();
    }

    /// <summary>
    /// Up to three matched skills, required ones first, in the posting's order, each with the first bullet that shows it
    /// and that no earlier strength quotes; skills shown only in a skills list come after those with a bullet.
    /// </summary>
    public static IReadOnlyList<CoverLetterStrength> Strengths(Resume resume, MatchReport match)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(match);
        var bullets = Bullets(resume).ToList();
        var used = new HashSet<int>();
        var withEvidence = new List<CoverLetterStrength>();
        var listedOnly = new List<CoverLetterStrength>();
        foreach (var skill in match.Matched.OrderBy(s => s.Required ? 0 : 1))
        {
            var found = Enumerable.Range(0, bullets.Count).FirstOrDefault(i => !used.Contains(i) && ResumeMatcher.Instance.Shows(bullets[i].Text, skill), -1);
            if (found >= 0)
            {
                used.Add(found);
                withEvidence.Add(new CoverLetterStrength(skill.Name, Quote(bullets[found].Text), bullets[found].Where));
            }
            else
            {
                listedOnly.Add(new CoverLetterStrength(skill.Name, null, null));
            }
        }

        return withEvidence.Concat(listedOnly).Take(3).ToList();
    }

    private sealed record Bullet(string Text, string? Where);

    /// <summary>Every bullet in document order, with the role it belongs to ("as Data Engineer at Acme").</summary>
    private static IEnumerable<Bullet> Bullets(Resume resume)
    {
        foreach (var work in resume.Work)
        {
            var where = Where(work.Position, work.Name) is { } w ? "as " + w : null;
            foreach (var text in work.Highlights.Append(work.Summary ?? string.Empty).Select(Clean).OfType<string>())
            {
                yield return new Bullet(text, where);
            }
        }

        foreach (var project in resume.Projects)
        {
            var where = Clean(project.Name) is { } name ? "in the project " + name : null;
            foreach (var text in project.Highlights.Append(project.Description ?? string.Empty).Select(Clean).OfType<string>())
            {
                yield return new Bullet(text, where);
            }
        }

        foreach (var volunteer in resume.Volunteer)
        {
            var where = Where(volunteer.Position, volunteer.Organization) is { } w ? "as " + w : null;
            foreach (var text in volunteer.Highlights.Select(Clean).OfType<string>())
            {
                yield return new Bullet(text, where);
            }
        }
    }

    private static string? Where(string? position, string? organisation) => (Clean(position), Clean(organisation)) switch
    {
        ({ } p, { } o) => $"{p} at {o}",
        ({ } p, null) => p,
        (null, { } o) => $"a member of {o}",
        _ => null,
    };

    /// <summary>The bullet as written, without its closing full stop (the quotation marks close it), cut at a word when long.</summary>
    private static string Quote(string bullet)
    {
        var text = bullet.TrimEnd('.', ';', ' ');
        if (text.Length <= MaxEvidence)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxEvidence);
        return text[..(cut > 0 ? cut : MaxEvidence)] + "…";
    }

    /// <summary>The posting's title, unless what the analyser took for one reads like a sentence.</summary>
    private static string? Title(string? title) =>
        Clean(title) is { } t && !t.EndsWith('.') && !t.EndsWith('!') && !t.EndsWith('?') && t.Split(' ').Length <= 8 ? t : null;

    private static string List(List<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
