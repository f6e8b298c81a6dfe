using System.Globalization;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Analysis.Report;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Analysis.Content;

/// <summary>One bullet and where it sits, e.g. <c>work[1].highlights[2]</c>.</summary>
internal sealed record Bullet(string Location, string Text, int Entry, bool Current, string Section);

/// <summary>What every check reads: the resume, its text, its bullets and the date "today" means.</summary>
internal sealed class CheckContext
{
    public CheckContext(Resume resume, string? text, DateOnly today, int? pageCount)
    {
        Resume = resume;
        Text = text;
        Today = today;
        PageCount = pageCount;
        var bullets = new List<Bullet>();
        for (var i = 0; i < resume.Work.Count; i++)
        {
            var w = resume.Work[i];
            for (var j = 0; j < w.Highlights.Count; j++)
            {
                bullets.Add(new Bullet($"work[{i}].highlights[{j}]", w.Highlights[j], i, w.EndDate is null, "work"));
            }
        }

        for (var i = 0; i < resume.Volunteer.Count; i++)
        {
            var v = resume.Volunteer[i];
            for (var j = 0; j < v.Highlights.Count; j++)
            {
                bullets.Add(new Bullet($"volunteer[{i}].highlights[{j}]", v.Highlights[j], i, v.EndDate is null, "volunteer"));
            }
        }

        for (var i = 0; i < resume.Projects.Count; i++)
        {
            var p = resume.Projects[i];
            for (var j = 0; j < p.Highlights.Count; j++)
            {
                bullets.Add(new Bullet($"projects[{i}].highlights[{j}]", p.Highlights[j], i, p.EndDate is null, "projects"));
            }
        }

        Bullets = bullets;
    }

    public Resume Resume { get; }

    public string? Text { get; }

    public DateOnly Today { get; }

    public int? PageCount { get; }

    public IReadOnlyList<Bullet> Bullets { get; }
}

/// <summary>
/// Content and language checks on the structured resume. Each is a small function from the resume to
/// findings, so each can be tested with one passing and one failing example.
/// </summary>
internal static partial class ContentChecks
{
    // One pattern for every cliché: building a regex per phrase per bullet cost more than all other checks together.
    private static readonly Regex ClichePattern = new(
        @"\b(" + string.Join('|', Vocabulary.Cliches.Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IEnumerable<Finding> All(CheckContext c) =>
        ActionVerbs(c).Concat(QuantifiedResults(c)).Concat(BulletLength(c)).Concat(Length(c)).Concat(FirstPerson(c))
            .Concat(Cliches(c)).Concat(RepeatedVerbs(c)).Concat(TenseConsistency(c)).Concat(SummaryPresent(c))
            .Concat(ContactDetails(c)).Concat(StandardHeadings(c)).Concat(DateFormats(c)).Concat(DateSanity(c));

    public static string FirstWord(string bullet)
    {
        var m = FirstWordPattern().Match(bullet);
        return m.Success ? m.Value.ToLowerInvariant() : "";
    }

    public static IEnumerable<Finding> ActionVerbs(CheckContext c)
    {
        foreach (var b in c.Bullets)
        {
            var lower = b.Text.TrimStart().ToLowerInvariant();
            var weak = Vocabulary.WeakOpeners.FirstOrDefault(o => lower.StartsWith(o + " ", StringComparison.Ordinal) || lower == o);
            var first = FirstWord(b.Text);
            if (weak is not null || first.Length > 0 && !Vocabulary.ActionVerbs.Contains(first) && !LooksLikeVerb(first))
            {
                // The word as written ("TensorFlow", not "tensorflow"): the card quotes the resume.
                var written = FirstWordPattern().Match(b.Text).Value;
                yield return new Finding("action-verb", FindingCategory.Content, Severity.Minor, b.Location,
                    weak is not null ? $"The bullet opens with \"{weak}\", which describes a duty, not a result." : "The bullet does not open with an action verb.",
                    "Recruiters skim the first word of each bullet; a strong verb says what you did and reads as an achievement.",
                    "Start with a specific past-tense verb such as Led, Built, Reduced or Negotiated, then the result.")
                {
                    Word = weak is null ? written : null,
                };
            }
        }
    }

    /// <summary>An -ed/-ize/-ate word is a verb often enough that flagging it would be noise.</summary>
    private static bool LooksLikeVerb(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || Vocabulary.IrregularPast.Contains(word);

    public static IEnumerable<Finding> QuantifiedResults(CheckContext c)
    {
        var work = c.Bullets.Where(b => b.Section == "work").ToList();
        if (work.Count == 0)
        {
            yield break;
        }

        var quantified = work.Count(b => IsQuantified(b.Text));
        // One bullet in three with a number is a common bar; below it, point at the bullets without one.
        if (quantified * 3 >= work.Count)
        {
            yield break;
        }

        foreach (var b in work.Where(b => !IsQuantified(b.Text)).Take(5))
        {
            yield return new Finding("quantified-results", FindingCategory.Content, Severity.Minor, b.Location,
                "The bullet has no measurable result (a number, percentage, amount of money or time).",
                $"Only {quantified} of {work.Count} experience bullets show a measurable result; numbers make impact concrete and believable.",
                "Add the scale or outcome: how many, how much, how fast, or by what percentage.");
        }
    }

    public static bool IsQuantified(string text) => Quantity().IsMatch(text);

    public static IEnumerable<Finding> BulletLength(CheckContext c)
    {
        foreach (var b in c.Bullets)
        {
            var words = WordCount(b.Text);
            if (words < 5)
            {
                yield return new Finding("bullet-length", FindingCategory.Content, Severity.Minor, b.Location,
                    $"The bullet is very short ({words} words).",
                    "A bullet this short rarely says what you achieved or at what scale.",
                    "Expand it to one line: action, what you did, and the result.");
            }
            else if (words > 35)
            {
                yield return new Finding("bullet-length", FindingCategory.Content, Severity.Minor, b.Location,
                    $"The bullet is long ({words} words).",
                    "Long bullets are skimmed past; the result gets lost.",
                    "Keep bullets to one or two lines (about 12-30 words); split it or cut detail.");
            }
        }
    }

    public static IEnumerable<Finding> Length(CheckContext c)
    {
        var words = c.Text is { Length: > 0 } ? WordCount(c.Text) : WordCount(string.Join(' ', c.Bullets.Select(b => b.Text)));
        var years = ExperienceYears(c) ?? 0;
        if (words < 200)
        {
            yield return new Finding("word-count", FindingCategory.Content, Severity.Major, "document",
                $"The resume has only about {words} words.",
                "A very short resume gives an ATS and a recruiter too little to match against the job.",
                "Aim for 400-800 words: add achievements, skills and tools for each role.");
        }
        else if (words > (years >= 10 ? 1300 : 900))
        {
            yield return new Finding("word-count", FindingCategory.Content, Severity.Minor, "document",
                $"The resume has about {words} words for roughly {years:0} years of experience.",
                "Recruiters spend seconds on a first read; extra length hides the best points.",
                "Cut older or less relevant bullets; keep it to one page under 5 years of experience, two pages otherwise.");
        }

        if (c.PageCount is { } pages && (pages > 2 && years < 15 || pages > 1 && years < 3))
        {
            yield return new Finding("page-count", FindingCategory.Content, Severity.Minor, "document",
                $"The resume runs to {pages} pages for roughly {years:0} years of experience.",
                "Length should follow experience: one page early in a career, two at most for most people.",
                "Trim to the most recent and relevant roles.");
        }
    }

    public static IEnumerable<Finding> FirstPerson(CheckContext c)
    {
        foreach (var (location, text) in Prose(c))
        {
            var m = FirstPersonPattern().Match(text);
            if (m.Success)
            {
                yield return new Finding("first-person", FindingCategory.Language, Severity.Minor, location,
                    $"Uses the first-person pronoun \"{m.Value}\".",
                    "Resumes are written in implied first person; pronouns take space and read as informal.",
                    $"Drop \"{m.Value}\" and start with the verb: \"Led ...\" rather than \"I led ...\".");
            }
        }
    }

    public static IEnumerable<Finding> Cliches(CheckContext c)
    {
        foreach (var (location, text) in Prose(c))
        {
            var m = ClichePattern.Match(text);
            if (m.Success)
            {
                yield return new Finding("cliche", FindingCategory.Language, Severity.Minor, location,
                    $"\"{m.Value}\" is a cliché.",
                    "Recruiters read these phrases in most resumes; they claim a quality without showing it.",
                    "Replace it with evidence: a result or an example that shows the quality.");
            }
        }
    }

    public static IEnumerable<Finding> RepeatedVerbs(CheckContext c)
    {
        var groups = c.Bullets.GroupBy(b => FirstWord(b.Text)).Where(g => g.Key.Length > 0 && Vocabulary.ActionVerbs.Contains(g.Key) && g.Count() >= 3);
        foreach (var g in groups)
        {
            yield return new Finding("repeated-verb", FindingCategory.Content, Severity.Minor, g.ElementAt(2).Location,
                $"{g.Count()} bullets start with \"{g.Key}\".",
                "Repeating the same opener makes different achievements sound alike.",
                "Vary the verbs: choose the one that says most precisely what you did in each bullet.");
        }
    }

    public static IEnumerable<Finding> TenseConsistency(CheckContext c)
    {
        foreach (var entry in c.Bullets.Where(b => b.Section == "work").GroupBy(b => b.Entry))
        {
            var current = entry.First().Current;
            var past = entry.Where(b => IsPast(FirstWord(b.Text))).ToList();
            var present = entry.Where(b => IsPresent(FirstWord(b.Text))).ToList();
            if (!current && present.Count > 0)
            {
                yield return new Finding("tense", FindingCategory.Language, Severity.Minor, present[0].Location,
                    "A bullet of a past role is in the present tense.",
                    "Mixed tenses read as careless; past roles are described in the past tense.",
                    "Use the past tense for roles that have ended (\"Managed\", not \"Manage\").");
            }
            else if (current && past.Count > 0 && present.Count > 0)
            {
                yield return new Finding("tense", FindingCategory.Language, Severity.Minor, (past.Count < present.Count ? past[0] : present[0]).Location,
                    "Bullets of the current role mix past and present tense.",
                    "Consistent tense within a role reads as careful writing.",
                    "Pick one tense for the current role (present for ongoing duties) and use it throughout.");
            }
        }
    }

    private static bool IsPast(string word) => word.EndsWith("ed", StringComparison.Ordinal) || Vocabulary.IrregularPast.Contains(word);

    private static bool IsPresent(string word) => word.Length > 0 && !IsPast(word) && Vocabulary.ActionVerbs.Contains(word);

    public static IEnumerable<Finding> SummaryPresent(CheckContext c)
    {
        if (string.IsNullOrWhiteSpace(c.Resume.Basics.Summary))
        {
            yield return new Finding("summary", FindingCategory.Content, Severity.Minor, "basics.summary",
                "The resume has no summary.",
                "A two- or three-line summary tells the reader who you are and what you are aiming for before they read the details, and is a natural place for the job's key terms.",
                "Add a short summary: your role, years of experience, two or three strengths and the kind of job you want.");
        }
    }

    public static IEnumerable<Finding> ContactDetails(CheckContext c)
    {
        var b = c.Resume.Basics;
        if (string.IsNullOrWhiteSpace(b.Email))
        {
            yield return new Finding("contact-email", FindingCategory.AtsReadiness, Severity.Major, "basics.email",
                "No email address was found.", "Recruiters and ATSs need an email to contact you.", "Add a professional email address at the top of the resume, in the body (not in a page header).");
        }

        if (string.IsNullOrWhiteSpace(b.Phone))
        {
            yield return new Finding("contact-phone", FindingCategory.AtsReadiness, Severity.Major, "basics.phone",
                "No phone number was found.", "Many recruiters call first; an ATS record without a phone number is harder to act on.", "Add a phone number next to your email.");
        }

        if (b.Location is null || string.IsNullOrWhiteSpace(b.Location.City) && string.IsNullOrWhiteSpace(b.Location.Region) && string.IsNullOrWhiteSpace(b.Location.Address))
        {
            yield return new Finding("contact-location", FindingCategory.AtsReadiness, Severity.Minor, "basics.location",
                "No location was found.", "Recruiters and ATS filters often search by location.", "Add your city and state or region (a full street address is not needed).");
        }

        var linkedIn = b.Profiles.Any(p => (p.Network ?? "").Contains("linkedin", StringComparison.OrdinalIgnoreCase) || (p.Url ?? "").Contains("linkedin", StringComparison.OrdinalIgnoreCase))
            || (b.Url ?? "").Contains("linkedin", StringComparison.OrdinalIgnoreCase)
            || (c.Text ?? "").Contains("linkedin", StringComparison.OrdinalIgnoreCase);
        if (!linkedIn)
        {
            yield return new Finding("contact-linkedin", FindingCategory.AtsReadiness, Severity.Info, "basics.profiles",
                "No LinkedIn profile was found.", "Most recruiters look up a candidate's LinkedIn profile.", "Add your LinkedIn URL with your contact details.");
        }
    }

    public static IEnumerable<Finding> StandardHeadings(CheckContext c)
    {
        if (c.Text is null)
        {
            yield break;
        }

        foreach (var line in c.Text.Split('\n').Select(l => l.Trim().TrimEnd(':')))
        {
            // Section headings are short lines in capitals; anything else is content.
            if (line.Length is < 4 or > 40 || !HeadingShape().IsMatch(line) || line.Any(char.IsDigit) || line.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var key = line.ToLowerInvariant().Replace("&", "and", StringComparison.Ordinal);
            if (!Vocabulary.StandardHeadings.Contains(key) && key.Split(' ').Length <= 4 && !LooksLikeName(c, line))
            {
                yield return new Finding("standard-heading", FindingCategory.AtsReadiness, Severity.Minor, "document",
                    $"The heading \"{line}\" is not one an ATS expects.",
                    "ATSs find sections by their usual names; an unusual heading can leave a section unread.",
                    "Use standard headings: Summary, Experience, Education, Skills, Certifications, Projects.");
            }
        }
    }

    private static bool LooksLikeName(CheckContext c, string line) =>
        c.Resume.Basics.Name is { } name && line.Contains(name.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<Finding> DateFormats(CheckContext c)
    {
        if (c.Text is null)
        {
            return [];
        }

        var styles = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in DateStyle().Matches(c.Text))
        {
            if (!m.Groups["month"].Success)
            {
                styles.Add(m.Groups["numeric"].Success ? "MM/YYYY" : "YYYY-MM");
                continue;
            }

            // "May" reads the same both ways, so it says nothing about the style.
            var month = m.Groups["month"].Value.TrimEnd('.');
            if (month != "May")
            {
                styles.Add(month.Length <= 4 && month is not ("June" or "July") ? "Mon YYYY" : "Month YYYY");
            }
        }

        return styles.Count > 1
            ? [new Finding("date-format", FindingCategory.AtsReadiness, Severity.Minor, "document",
                $"Dates are written in {styles.Count} styles ({string.Join(", ", styles.Order(StringComparer.Ordinal))}).",
                "Consistent dates read as careful work and let an ATS compute your years of experience correctly.",
                "Pick one style, for example \"Jan 2021 - Mar 2023\", and use it everywhere.")]
            : [];
    }

    public static IEnumerable<Finding> DateSanity(CheckContext c)
    {
        for (var i = 0; i < c.Resume.Work.Count; i++)
        {
            var w = c.Resume.Work[i];
            var start = Matching.ResumeText.ParseDate(w.StartDate);
            var end = Matching.ResumeText.ParseDate(w.EndDate);
            if (start is { } s && end is { } e && e < s)
            {
                yield return new Finding("date-order", FindingCategory.Content, Severity.Major, $"work[{i}].endDate",
                    "The role ends before it starts.", "An impossible date range looks like an error and confuses ATS date parsing.", "Check the start and end dates of this role.");
            }

            if (start is { } fs && fs > c.Today)
            {
                yield return new Finding("date-future", FindingCategory.Content, Severity.Major, $"work[{i}].startDate",
                    "The role starts in the future.", "A future start date looks like a typo.", "Correct the start date, or leave a future role off until it begins.");
            }

            if (end is { } fe && fe > c.Today.AddMonths(1))
            {
                yield return new Finding("date-future", FindingCategory.Content, Severity.Major, $"work[{i}].endDate",
                    "The role ends in the future.", "A future end date looks like a typo; an ongoing role has no end date.", "Write \"Present\" for a current role, or correct the date.");
            }
        }
    }

    internal static double? ExperienceYears(CheckContext c) =>
        Matching.ResumeMatcher.ExperienceYears(Matching.ResumeText.From(c.Resume, null, c.Today));

    private static IEnumerable<(string Location, string Text)> Prose(CheckContext c)
    {
        if (!string.IsNullOrWhiteSpace(c.Resume.Basics.Summary))
        {
            yield return ("basics.summary", c.Resume.Basics.Summary);
        }

        foreach (var b in c.Bullets)
        {
            yield return (b.Location, b.Text);
        }
    }

    public static int WordCount(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*")]
    private static partial Regex FirstWordPattern();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d|%|\$|€|£|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion|double[ds]?|tripled?|halved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(I|me|my|mine|myself|I'm|I've|I'd)\b")]
    private static partial Regex FirstPersonPattern();

    [GeneratedRegex(@"^[A-Z][A-Z &/']+$")]
    private static partial Regex HeadingShape();

    [GeneratedRegex(@"\b(?<month>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(19|20)\d\d\b|\b(?<numeric>(0?[1-9]|1[0-2])/(19|20)\d\d)\b|\b(?<iso>(19|20)\d\d-(0[1-9]|1[0-2]))\b")]
    private static partial Regex DateStyle();
}
