using System.Globalization;
using System.Text;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Analysis.Matching;

/// <summary>
/// The searchable text of a resume: every field of the structured resume, plus the original text when
/// the parser had it, so a skill named anywhere (a bullet, a summary, a skills line) counts.
/// </summary>
public sealed class ResumeText
{
    private ResumeText(Resume resume, string text, DateOnly today)
    {
        Resume = resume;
        Text = text;
        Today = today;
    }

    public Resume Resume { get; }

    public string Text { get; }

    /// <summary>The date "Present" means, fixed for reproducible reports and tests.</summary>
    public DateOnly Today { get; }

    public static ResumeText From(Resume resume, string? originalText = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var sb = new StringBuilder();
        void Add(string? s)
        {
            if (!string.IsNullOrWhiteSpace(s))
            {
                sb.Append(s).Append('\n');
            }
        }

        var b = resume.Basics;
        Add(b.Name);
        Add(b.Label);
        Add(b.Summary);
        foreach (var w in resume.Work)
        {
            Add(w.Position);
            Add(w.Name);
            Add(w.Summary);
            Add(w.Description);
            w.Highlights.ToList().ForEach(Add);
        }

        foreach (var v in resume.Volunteer)
        {
            Add(v.Position);
            Add(v.Summary);
            v.Highlights.ToList().ForEach(Add);
        }

        foreach (var e in resume.Education)
        {
            Add(string.Join(' ', new[] { e.StudyType, e.Area, e.Institution }.Where(x => x is not null)));
            e.Courses.ToList().ForEach(Add);
        }

        foreach (var c in resume.Certificates)
        {
            Add(c.Name);
        }

        foreach (var a in resume.Awards)
        {
            Add(a.Title);
            Add(a.Summary);
        }

        foreach (var p in resume.Projects)
        {
            Add(p.Name);
            Add(p.Description);
            p.Highlights.ToList().ForEach(Add);
            Add(string.Join(", ", p.Keywords));
        }

        foreach (var s in resume.Skills)
        {
            Add(s.Name);
            Add(string.Join(", ", s.Keywords));
        }

        foreach (var l in resume.Languages)
        {
            Add(l.Language);
        }

        foreach (var p in resume.Publications)
        {
            Add(p.Name);
        }

        Add(originalText);
        return new ResumeText(resume, sb.ToString(), today ?? DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>Parses an ISO 8601 resume date (YYYY, YYYY-MM or YYYY-MM-DD) to its first day.</summary>
    internal static DateOnly? ParseDate(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(iso.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
