using ResumeRefiner.Core.Analysis.Ats;
using ResumeRefiner.Core.Analysis.Content;
using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Matching;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;

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

    public AnalysisReport Analyze(ResumeDocument document, string? jobDescription = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var today = _today();
        var context = new CheckContext(document.Resume, document.Text, today, document.Facts.PageCount);
        var findings = new List<Finding>();
        findings.AddRange(AtsReadinessCheck.Check(document.Facts, document.Text));
        // With a proofreader, tense is judged per bullet with a fix (RoleTense) instead of once per role.
        findings.AddRange(ContentChecks.All(context).Where(f => _language is null || f.Rule != "tense"));
        if (_language is not null)
        {
            findings.AddRange(LanguageFindings(document, cancellationToken));
            findings.AddRange(RoleFindings(document.Resume, cancellationToken));
        }

        cancellationToken.ThrowIfCancellationRequested();

        MatchReport? match = null;
        if (!string.IsNullOrWhiteSpace(jobDescription))
        {
            var job = _jobs.Analyze(jobDescription);
            cancellationToken.ThrowIfCancellationRequested();
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

        // Scores count every occurrence (capped per rule); the list shows repeated findings as one card.
        var ordered = FindingCards.Group(findings)
            .Select((f, i) => (f, i))
            .OrderBy(x => x.f.Severity)
            .ThenBy(x => CategoryOrder(x.f.Category))
            .ThenByDescending(x => x.f.Places.Count)
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
    /// bullet (<c>work[1].highlights[2]</c>). Only a fix that is safe to apply blindly becomes a one-click fix; the
    /// rest are suggestions. Names the resume itself uses (its skills, employers, projects, the person's own name)
    /// and the workspace's personal dictionary are taken as correct.
    /// </summary>
    private IEnumerable<Finding> LanguageFindings(ResumeDocument document, CancellationToken cancellationToken)
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

        var accepted = ResumeNames.Words(document.Resume);
        accepted.UnionWith(document.PersonalDictionary);
        foreach (var (path, text) in fields)
        {
            // Proofreading is most of an analysis' time; one field at a time, so a cancelled request stops here.
            cancellationToken.ThrowIfCancellationRequested();
            // First-person pronouns and clichés are reported once by the content checks.
            foreach (var issue in _language!.Check(text, accepted).Where(i => i.Rule is not ("STYLE_BUZZWORD" or "STYLE_FIRST_PERSON")))
            {
                var excerpt = Excerpt(text, issue);
                yield return new Finding($"language-{issue.Category}", FindingCategory.Language,
                    issue.Category is "spelling" or "grammar" ? Severity.Major : Severity.Minor,
                    path, issue.Message, LanguageExplanations.WhyItMatters(issue.Rule, issue.Category), WhatToDo(excerpt, issue))
                {
                    Fix = issue.OneClick ? new FindingFix(path, issue.Offset, issue.Length, issue.Replacements[0]) : null,
                    Suggestions = issue.OneClick ? [] : [.. issue.Replacements.Where(r => !string.IsNullOrWhiteSpace(r)).Take(3)],
                    Word = issue.Category == "spelling" ? excerpt : null,
                };
            }
        }
    }

    private static string WhatToDo(string excerpt, LanguageIssue issue)
    {
        if (issue.OneClick)
        {
            return $"Change \"{excerpt}\" to \"{issue.Replacements[0]}\".";
        }

        if (issue.Category == "spelling")
        {
            return issue.Replacements.Count > 0
                ? $"If \"{excerpt}\" is a typo, change it (perhaps to \"{issue.Replacements[0]}\"); if it is a name or a term of your trade, add it to your dictionary."
                : $"If \"{excerpt}\" is a name or a term of your trade, add it to your dictionary; otherwise correct it.";
        }

        return issue.Replacements.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) is { } suggestion
            ? $"Consider \"{suggestion}\" in place of \"{excerpt}\", and check that the sentence still says what you mean."
            : "Reword this passage.";
    }

    /// <summary>Tense consistency within each role (work, volunteering, projects), which needs the role's end date.</summary>
    private IEnumerable<Finding> RoleFindings(Model.Resume resume, CancellationToken cancellationToken)
    {
        var roles = resume.Work.Select((w, i) => ($"work[{i}]", w.Highlights, w.EndDate))
            .Concat(resume.Volunteer.Select((v, i) => ($"volunteer[{i}]", v.Highlights, v.EndDate)))
            .Concat(resume.Projects.Select((p, i) => ($"projects[{i}]", p.Highlights, p.EndDate)));
        foreach (var (at, highlights, endDate) in roles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (highlights.Count == 0)
            {
                continue;
            }

            foreach (var (bullet, issue) in _language!.CheckRole(highlights, roleHasEnded: HasEnded(endDate)))
            {
                var path = $"{at}.highlights[{bullet}]";
                var text = highlights[bullet];
                yield return new Finding("tense", FindingCategory.Language, Severity.Minor, path, issue.Message,
                    LanguageExplanations.WhyItMatters(issue.Rule, issue.Category), WhatToDo(Excerpt(text, issue), issue))
                {
                    Fix = issue.OneClick ? new FindingFix(path, issue.Offset, issue.Length, issue.Replacements[0]) : null,
                    Suggestions = issue.OneClick ? [] : [.. issue.Replacements.Take(3)],
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
