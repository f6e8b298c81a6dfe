using ResumeRefiner.Core.Analysis.Content;
using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Ats;
using ResumeRefiner.Core.Export.Standardisation;

namespace ResumeRefiner.Core.Analysis;

/// <summary>
/// The analysis entry point: ATS readiness, content, language and (with a posting) job match, scored
/// and explained. Every category starts at 100 and loses points per finding by severity, with a cap
/// per rule so one habit repeated in twenty bullets does not outweigh everything else.
/// </summary>
public sealed class ResumeAnalyzer : IResumeAnalyzer
{
    private const int RuleCap = 20;
    private readonly IJobAnalyzer _jobs;
    private readonly IResumeMatcher _matcher;
    private readonly ILanguageChecker? _language;
    private readonly Func<DateOnly> _today;

    /// <param name="language">The proofreader, when available; without it the language score covers only the style checks here.</param>
    public ResumeAnalyzer(ILanguageChecker? language = null)
        : this(JobDescriptionAnalyzer.Instance, ResumeMatcher.Instance, language, () => DateOnly.FromDateTime(DateTime.UtcNow))
    {
    }

    internal ResumeAnalyzer(IJobAnalyzer jobs, IResumeMatcher matcher, ILanguageChecker? language, Func<DateOnly> today)
    {
        _jobs = jobs;
        _matcher = matcher;
        _language = language;
        _today = today;
    }

    public AnalysisReport Analyze(ResumeDocument document, string? jobDescription = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var today = _today();
        var context = new CheckContext(document.Resume, document.Text, today, document.Facts.PageCount);
        var findings = new List<Finding>();
        findings.AddRange(AtsReadinessCheck.Check(document.Facts, document.Text));
        // With a proofreader, tense is judged per bullet with a fix (RoleTense) instead of once per role.
        findings.AddRange(ContentChecks.All(context).Where(f => _language is null || f.Rule != "tense"));
        if (_language is not null)
        {
            findings.AddRange(LanguageFindings(document));
            findings.AddRange(RoleFindings(document.Resume));
        }

        MatchReport? match = null;
        if (!string.IsNullOrWhiteSpace(jobDescription))
        {
            var job = _jobs.Analyze(jobDescription);
            match = _matcher.Match(ResumeText.From(document.Resume, document.Text, today), job);
            findings.AddRange(MatchFindings(match, job));
        }

        var categories = new List<CategoryScore>
        {
            Score(FindingCategory.AtsReadiness, findings, "Can an applicant tracking system read the file and find your details?"),
            Score(FindingCategory.Content, findings, "Do the bullets show achievements, at the right length, with sound dates?"),
            Score(FindingCategory.Language, findings, _language is null
                ? "Pronouns, clichés and tense (spelling and grammar were not checked)."
                : "Spelling, grammar, pronouns, clichés and tense."),
            match is null
                ? new CategoryScore(FindingCategory.JobMatch, null, "Paste a job description to see how well the resume matches it.")
                : new CategoryScore(FindingCategory.JobMatch, match.Score, "How much of what the job asks for the resume shows."),
        };

        var ordered = findings
            .Select((f, i) => (f, i))
            .OrderBy(x => x.f.Severity)
            .ThenBy(x => CategoryOrder(x.f.Category))
            .ThenBy(x => x.i)
            .Select(x => x.f)
            .ToList();
        var work = context.Bullets.Where(b => b.Section == "work").ToList();
        var stats = new ResumeStats(
            document.Text is { Length: > 0 } t ? ContentChecks.WordCount(t) : ContentChecks.WordCount(string.Join(' ', context.Bullets.Select(b => b.Text))),
            context.Bullets.Count,
            work.Count(b => ContentChecks.IsQuantified(b.Text)),
            ContentChecks.ExperienceYears(context) is { } y ? Math.Round(y, 1) : null,
            document.Facts.PageCount);
        return new AnalysisReport(Overall(categories), categories, ordered, match, stats);
    }

    /// <summary>ATS problems block everything else, then what the job asks for, then content, then wording.</summary>
    private static int CategoryOrder(FindingCategory category) => category switch
    {
        FindingCategory.AtsReadiness => 0,
        FindingCategory.JobMatch => 1,
        FindingCategory.Content => 2,
        _ => 3,
    };

    private static CategoryScore Score(FindingCategory category, List<Finding> findings, string summary)
    {
        var penalty = findings
            .Where(f => f.Category == category)
            .GroupBy(f => f.Rule)
            .Sum(g => Math.Min(RuleCap, g.Sum(f => Penalty(f.Severity))));
        return new CategoryScore(category, Math.Max(0, 100 - penalty), summary);
    }

    private static int Penalty(Severity severity) => severity switch
    {
        Severity.Critical => 60,
        Severity.Major => 12,
        Severity.Minor => 4,
        _ => 1,
    };

    private static int Overall(List<CategoryScore> categories)
    {
        var weights = new Dictionary<FindingCategory, double>
        {
            [FindingCategory.AtsReadiness] = 0.30,
            [FindingCategory.Content] = 0.35,
            [FindingCategory.Language] = 0.15,
            [FindingCategory.JobMatch] = 0.20,
        };
        var scored = categories.Where(c => c.Score is not null).ToList();
        var total = scored.Sum(c => weights[c.Category]);
        return (int)Math.Round(scored.Sum(c => c.Score!.Value * weights[c.Category]) / total, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Proofreads each sentence-like field of the resume on its own, so every issue points at its section, entry and
    /// bullet (<c>work[1].highlights[2]</c>) and carries a fix the editor can apply in place.
    /// </summary>
    private IEnumerable<Finding> LanguageFindings(ResumeDocument document)
    {
        var fields = new List<(string Path, string Text)>();
        FieldWalker.Map(document.Resume, (path, kind, value) =>
        {
            if (kind is FieldKind.Prose or FieldKind.Highlight && !string.IsNullOrWhiteSpace(value))
            {
                fields.Add((path, value));
            }

            return value;
        });

        foreach (var (path, text) in fields)
        {
            foreach (var issue in _language!.Check(text))
            {
                var fix = issue.Replacements.Count > 0 ? $"Change \"{Excerpt(text, issue)}\" to \"{issue.Replacements[0]}\"." : "Reword this passage.";
                yield return new Finding($"language-{issue.Category}", FindingCategory.Language,
                    issue.Category is "spelling" or "grammar" ? Severity.Major : Severity.Minor,
                    path, issue.Message,
                    "Spelling and grammar mistakes are among the first reasons recruiters give for rejecting a resume.", fix)
                {
                    Fix = issue.Replacements.Count > 0 ? new FindingFix(path, issue.Offset, issue.Length, issue.Replacements[0]) : null,
                };
            }
        }
    }

    /// <summary>Tense consistency within each role (work, volunteering, projects), which needs the role's end date.</summary>
    private IEnumerable<Finding> RoleFindings(Model.Resume resume)
    {
        var roles = resume.Work.Select((w, i) => ($"work[{i}]", w.Highlights, w.EndDate))
            .Concat(resume.Volunteer.Select((v, i) => ($"volunteer[{i}]", v.Highlights, v.EndDate)))
            .Concat(resume.Projects.Select((p, i) => ($"projects[{i}]", p.Highlights, p.EndDate)));
        foreach (var (at, highlights, endDate) in roles)
        {
            if (highlights.Count == 0)
            {
                continue;
            }

            foreach (var (bullet, issue) in _language!.CheckRole(highlights, roleHasEnded: HasEnded(endDate)))
            {
                var path = $"{at}.highlights[{bullet}]";
                var text = highlights[bullet];
                var fix = issue.Replacements.Count > 0 ? $"Change \"{Excerpt(text, issue)}\" to \"{issue.Replacements[0]}\"." : "Reword this bullet.";
                yield return new Finding("tense", FindingCategory.Language, Severity.Minor, path, issue.Message,
                    "Mixed tenses read as careless; ended roles are described in the past tense.", fix)
                {
                    Fix = issue.Replacements.Count > 0 ? new FindingFix(path, issue.Offset, issue.Length, issue.Replacements[0]) : null,
                };
            }
        }
    }

    private static bool HasEnded(string? endDate) =>
        !string.IsNullOrWhiteSpace(endDate) && endDate.Trim().ToLowerInvariant() is not ("present" or "current" or "now" or "ongoing");

    private static string Excerpt(string text, LanguageIssue issue) =>
        issue.Offset >= 0 && issue.Offset + issue.Length <= text.Length ? text.Substring(issue.Offset, issue.Length) : string.Empty;

    private static IEnumerable<Finding> MatchFindings(MatchReport match, JobProfile job)
    {
        foreach (var skill in match.Missing)
        {
            yield return new Finding(skill.Required ? "missing-required-skill" : "missing-preferred-skill", FindingCategory.JobMatch,
                skill.Required ? Severity.Major : Severity.Minor, "skills",
                $"The job asks for {skill.Name}{(skill.Required ? "" : " (preferred)")}; the resume does not mention it.",
                "ATS searches and recruiters look for the posting's own terms; a skill you have but do not name is not found.",
                $"If you have it, name {skill.Name} in your skills and in the bullet where you used it.");
        }

        foreach (var part in match.Parts.Where(p => p.Name is "Years of experience" or "Education" && p.Points < p.MaxPoints))
        {
            yield return new Finding(part.Name == "Education" ? "education-level" : "years-of-experience", FindingCategory.JobMatch, Severity.Minor,
                part.Name == "Education" ? "education" : "work", part.Detail,
                "Many ATS filters screen on the minimum years and degree a posting states.",
                part.Name == "Education"
                    ? $"Make sure your highest degree is listed with its level (the posting asks for {job.Education})."
                    : "Make sure every role has start and end dates, and count related experience (internships, freelance).");
        }
    }
}
