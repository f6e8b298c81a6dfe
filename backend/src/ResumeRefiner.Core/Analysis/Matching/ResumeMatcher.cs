using System.Globalization;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Analysis.Jobs;
using ResumeRefiner.Core.Analysis.Skills;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Analysis.Matching;

/// <summary>
/// Scores a resume against a posting. Required skills carry most of the weight, so covering more of
/// them always raises the score; preferred skills, title, years and education fill the rest.
/// </summary>
public sealed partial class ResumeMatcher : IResumeMatcher
{
    internal const double RequiredWeight = 55;
    internal const double PreferredWeight = 15;
    internal const double TitleWeight = 10;
    internal const double YearsWeight = 10;
    internal const double EducationWeight = 10;

    private static readonly HashSet<string> TitleNoise = new(StringComparer.Ordinal)
    {
        "senior", "sr", "junior", "jr", "lead", "principal", "staff", "i", "ii", "iii", "iv", "associate", "entry", "level", "head", "chief", "the", "of", "and", "a", "an", "for",
    };

    /// <summary>Words a phrase's other forms may add between its content words ("review of contracts").</summary>
    private const int SlackWords = 2;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "/" };

    private readonly SkillTaxonomy _taxonomy;

    public ResumeMatcher()
        : this(SkillTaxonomy.Default)
    {
    }

    internal ResumeMatcher(SkillTaxonomy taxonomy) => _taxonomy = taxonomy;

    public static ResumeMatcher Instance { get; } = new();

    public MatchReport Match(ResumeText resume, JobProfile job)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(job);
        var tokens = SkillText.Tokenize(resume.Text);
        var stems = tokens.Select(t => SkillText.Stem(t.Norm)).ToArray();
        var shown = _taxonomy.Matcher.Find(tokens, soft: false, nested: true).Select(h => h.SkillId).ToHashSet();
        var matched = new List<JobSkill>();
        var missing = new List<JobSkill>();
        foreach (var skill in job.HardSkills)
        {
            var has = skill.TaxonomyId is { } id ? shown.Contains(id) : NamesOf(skill.Name).Any(name => ContainsPhrase(tokens, stems, name));
            (has ? matched : missing).Add(skill);
        }

        var softShown = _taxonomy.Matcher.Find(tokens, soft: true).Select(h => _taxonomy.Skills[h.SkillId].Name).ToHashSet(StringComparer.Ordinal);
        var parts = new List<MatchPart>
        {
            SkillPart("Required skills", RequiredWeight, job.RequiredSkills.ToList(), matched),
            SkillPart("Preferred skills", PreferredWeight, job.PreferredSkills.ToList(), matched),
            TitlePart(resume, job.JobTitle),
            YearsPart(resume, job.YearsExperience),
            EducationPart(resume, job.Education),
        };
        var score = (int)Math.Round(Math.Clamp(parts.Sum(p => p.Points), 0, 100), MidpointRounding.AwayFromZero);
        return new MatchReport(
            score,
            matched,
            missing,
            parts,
            job.SoftSkills.Where(softShown.Contains).ToList(),
            job.SoftSkills.Where(s => !softShown.Contains(s)).ToList());
    }

    /// <summary>Whether <paramref name="text"/> alone shows <paramref name="skill"/>, by the rules of <see cref="Match"/>: where a matched skill's evidence is.</summary>
    internal bool Shows(string text, JobSkill skill)
    {
        var tokens = SkillText.Tokenize(text);
        if (skill.TaxonomyId is { } id && _taxonomy.Matcher.Find(tokens, soft: false, nested: true).Exists(h => h.SkillId == id))
        {
            return true;
        }

        // A name inside a longer one the taxonomy knows ("AWS" in "AWS Lambda") still names the skill.
        var stems = tokens.Select(t => SkillText.Stem(t.Norm)).ToArray();
        return NamesOf(skill.Name).Concat(skill.AsWritten is { } written ? [written] : []).Any(name => ContainsPhrase(tokens, stems, name));
    }

    private static MatchPart SkillPart(string name, double weight, List<JobSkill> asked, List<JobSkill> matched)
    {
        if (asked.Count == 0)
        {
            return new MatchPart(name, weight, weight, "The posting lists none.");
        }

        var have = asked.Count(matched.Contains);
        return new MatchPart(name, Math.Round(weight * have / asked.Count, 1), weight, $"{have} of {asked.Count} shown in the resume.");
    }

    private static MatchPart TitlePart(ResumeText resume, string? jobTitle)
    {
        var wanted = TitleWords(jobTitle);
        if (wanted.Count == 0)
        {
            return new MatchPart("Job title", TitleWeight, TitleWeight, "The posting states no title.");
        }

        var titles = resume.Resume.Work.Select(w => w.Position).Append(resume.Resume.Basics.Label)
            .OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var best = titles.Count == 0 ? 0 : titles.Max(t => TitleShare(jobTitle!, t, wanted));
        if (titles.Count == 0 && resume.Text.Length > 0)
        {
            // Without parsed positions, the title counts when the resume says it anywhere.
            var words = SkillText.Tokenize(resume.Text).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
            best = (double)wanted.Count(words.Contains) / wanted.Count;
        }

        var detail = best >= 0.99 ? "The resume shows this title." : best > 0 ? "The resume shows a related title." : "No position in the resume carries this title.";
        return new MatchPart("Job title", Math.Round(TitleWeight * best, 1), TitleWeight, detail);
    }

    /// <summary>
    /// The same title scores full marks; otherwise the occupations decide (ESCO and O*NET titles): another name for
    /// the same occupation 0.8, a neighbouring one 0.5, an unrelated one nothing however many words it shares
    /// ("Sales Associate" is not half a "Sales Manager"). Titles the data does not know fall back to shared words.
    /// </summary>
    private static double TitleShare(string jobTitle, string resumeTitle, HashSet<string> wanted)
    {
        var share = (double)TitleWords(resumeTitle).Intersect(wanted).Count() / wanted.Count;
        return share >= 0.99 ? 1 : OccupationTitles.Default.Kinship(jobTitle, resumeTitle) switch
        {
            TitleKinship.Same => 0.8,
            TitleKinship.Neighbouring => 0.5,
            TitleKinship.Unrelated => 0,
            _ => share,
        };
    }

    private static HashSet<string> TitleWords(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        // "Registered Nurse (RN) - Medical-Surgical Unit, Nights": the head before a qualifier is the title.
        var head = TitleQualifier().Split(title)[0];
        return SkillText.Tokenize(head).Select(t => t.Norm).Where(w => !TitleNoise.Contains(w) && w != "/").ToHashSet(StringComparer.Ordinal);
    }

    private static MatchPart YearsPart(ResumeText resume, int? wanted)
    {
        if (wanted is not > 0)
        {
            return new MatchPart("Years of experience", YearsWeight, YearsWeight, "The posting asks for no minimum.");
        }

        var years = ExperienceYears(resume);
        var share = years is null ? 0 : Math.Min(1, years.Value / wanted.Value);
        var detail = years is null
            ? $"The posting asks for {wanted} years; the resume's dates do not show how many it has."
            : $"The posting asks for {wanted} years; the resume shows about {years.Value.ToString("0.#", CultureInfo.InvariantCulture)}.";
        return new MatchPart("Years of experience", Math.Round(YearsWeight * share, 1), YearsWeight, detail);
    }

    /// <summary>Years covered by work entries, overlaps counted once; else a stated "N years of experience".</summary>
    internal static double? ExperienceYears(ResumeText resume)
    {
        var spans = resume.Resume.Work
            .Select(w => (Start: ResumeText.ParseDate(w.StartDate), End: w.EndDate is null ? resume.Today : ResumeText.ParseDate(w.EndDate)))
            .Where(s => s.Start is not null && s.End is not null && s.End >= s.Start)
            .Select(s => (Start: s.Start!.Value, End: s.End!.Value))
            .OrderBy(s => s.Start)
            .ToList();
        if (spans.Count > 0)
        {
            var days = 0;
            var (curStart, curEnd) = spans[0];
            foreach (var (start, end) in spans.Skip(1))
            {
                if (start > curEnd)
                {
                    days += curEnd.DayNumber - curStart.DayNumber;
                    (curStart, curEnd) = (start, end);
                }
                else if (end > curEnd)
                {
                    curEnd = end;
                }
            }

            days += curEnd.DayNumber - curStart.DayNumber;
            return days / 365.25;
        }

        var stated = StatedYears().Match(resume.Text);
        return stated.Success ? double.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static MatchPart EducationPart(ResumeText resume, string? wanted)
    {
        var need = EducationLevels.Rank(wanted);
        if (need < 0)
        {
            return new MatchPart("Education", EducationWeight, EducationWeight, "The posting asks for no degree.");
        }

        var have = ResumeEducationLevel(resume);
        var share = have >= need ? 1 : have == need - 1 ? 0.5 : 0;
        var detail = have < 0
            ? $"The posting asks for {wanted}; the resume shows no degree."
            : $"The posting asks for {wanted}; the resume shows {EducationLevels.Names[have]}.";
        return new MatchPart("Education", EducationWeight * share, EducationWeight, detail);
    }

    internal static int ResumeEducationLevel(ResumeText resume)
    {
        var levels = resume.Resume.Education
            .Where(e => e.EndDate is null || ResumeText.ParseDate(e.EndDate) is not { } end || end <= resume.Today)
            .SelectMany(e => DegreeLevels($"{e.StudyType} {e.Area}"))
            .ToList();
        if (levels.Count == 0)
        {
            // The parser found no education entries: read degree lines of the text, leaving out unfinished ones.
            levels = resume.Text.Split('\n')
                .Where(l => EducationLevelsText.IsEducationSentence(l) && !Unfinished().IsMatch(l))
                .SelectMany(DegreeLevels)
                .ToList();
        }

        return levels.Count > 0 ? levels.Max() : -1;
    }

    /// <summary>Levels of a resume's degree line: the degree the parser recognises at its start ("M.S. Computer Science", "Licenciatura en Derecho") and any named in it.</summary>
    private static IEnumerable<int> DegreeLevels(string line)
    {
        var parsed = Degrees.Parse(line) is { } degree ? EducationLevelsText.LevelOf(degree.Level) : null;
        return EducationLevelsText.Levels(line).Concat(parsed is { } level ? [level] : []);
    }

    /// <summary>A discovered "Hours of Service (HOS)" is shown by either its words or its acronym.</summary>
    private static IEnumerable<string> NamesOf(string phrase)
    {
        var open = phrase.IndexOf('(', StringComparison.Ordinal);
        var close = phrase.LastIndexOf(')');
        return open > 0 && close > open ? [phrase[..open].Trim(), phrase[(open + 1)..close].Trim()] : [phrase];
    }

    /// <summary>
    /// Whether the resume names a phrase in any of its forms: its content words, as word families, within one
    /// clause and a few words of each other in any order, so "Contract Negotiation" is shown by "negotiated
    /// contracts" and "Cash Handling Audits" by "audit cash handling". Function words do not count. The words in
    /// their own order may also be split by punctuation ("USP &lt;797&gt;").
    /// </summary>
    /// <param name="stems">The word family of each token (<see cref="SkillText.Stem"/>), computed once per resume.</param>
    internal static bool ContainsPhrase(IReadOnlyList<SkillToken> tokens, IReadOnlyList<string> stems, string phrase)
    {
        var words = SkillText.Tokenize(phrase).Select(t => SkillText.Stem(t.Norm)).ToArray();
        var wanted = words.Where(w => !FunctionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return false;
        }

        var span = wanted.Count + SlackWords;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!wanted.Contains(stems[i]))
            {
                continue;
            }

            if (i + words.Length <= stems.Count && words.Select((w, k) => stems[i + k] == w).All(same => same))
            {
                return true;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = i; j < tokens.Count && j < i + span && (j == i || !tokens[j].BreakBefore); j++)
            {
                var stem = stems[j];
                if (wanted.Contains(stem) && seen.Add(stem) && seen.Count == wanted.Count)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"in progress|expected|pursuing|candidate|currently enrolled|anticipated", RegexOptions.IgnoreCase)]
    private static partial Regex Unfinished();

    [GeneratedRegex(@"\s[-\u2013\u2014|]\s|,|\(|:")]
    private static partial Regex TitleQualifier();

    [GeneratedRegex(@"\b([0-9]{1,2})\+?\s+years?\s+(of\s+)?(professional\s+|hands-on\s+|industry\s+)?experience", RegexOptions.IgnoreCase)]
    private static partial Regex StatedYears();
}
