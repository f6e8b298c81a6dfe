using System.Globalization;
using System.Text.RegularExpressions;
using ResumeRefiner.Core.Analysis.Skills;
using LanguageResources = ResumeRefiner.Core.Proofreading.Spelling.LanguageResources;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>
/// Reads a job posting section by section. Skills come only from the role, duties, requirements and
/// preferred parts, never from the company blurb, benefits or legal text, so "HIPAA" in a privacy
/// notice or "immunizations" in a hiring policy are not asked of the candidate.
/// </summary>
public sealed partial class JobDescriptionAnalyzer : IJobAnalyzer
{
    private readonly SkillTaxonomy _taxonomy;

    public JobDescriptionAnalyzer()
        : this(SkillTaxonomy.Default)
    {
    }

    internal JobDescriptionAnalyzer(SkillTaxonomy taxonomy) => _taxonomy = taxonomy;

    public static JobDescriptionAnalyzer Instance { get; } = new();

    public JobProfile Analyze(string jobDescription)
    {
        ArgumentNullException.ThrowIfNull(jobDescription);
        var sentences = PostingSections.Split(jobDescription);
        var found = new Dictionary<string, (JobSkill Skill, int Order)>(StringComparer.Ordinal);
        var soft = new List<string>();
        var years = new List<int>();
        var anyYears = new List<int>();
        var education = new List<int>();
        var otherEducation = new List<int>();
        var employerWords = EmployerWords(sentences);
        var title = ReadTitle(sentences);

        foreach (var sentence in sentences)
        {
            if (sentence.Part is not (PostingPart.Role or PostingPart.Duties or PostingPart.Requirements or PostingPart.Preferred))
            {
                continue;
            }

            var tokens = SkillText.Tokenize(sentence.Text);
            var isEducation = EducationLevelsText.IsEducationSentence(sentence.Text);
            var forms = PhraseDiscovery.LetteredForms(sentence.Text, tokens, employerWords).ToList();
            var hits = _taxonomy.Matcher.Find(tokens, soft: false).Where(h => !PhraseDiscovery.InForm(forms, h)).ToList();
            var covered = new bool[tokens.Count];
            foreach (var h in hits.Concat(_taxonomy.Matcher.Find(tokens, soft: true)))
            {
                covered.AsSpan(h.FirstToken, h.LastToken - h.FirstToken + 1).Fill(true);
            }

            foreach (var hit in hits)
            {
                var definition = _taxonomy.Skills[hit.SkillId];
                if (NamesATeam(tokens, hit) || LabelsALetter(tokens, hit) || PhraseDiscovery.SpelledOutAsAnother(sentence.Text, tokens, hit, definition) || InTitle(sentence, tokens[hit.FirstToken].Start, tokens[hit.LastToken].End, title))
                {
                    continue;
                }

                var at = tokens[hit.FirstToken].Start;
                var required = sentence.Part != PostingPart.Preferred && !IsPreferredAt(sentence.Text, at, clauseOnly: definition.Category == "degree");
                if (!Admits(definition, sentence.Part, isEducation, required))
                {
                    continue;
                }

                // "ArcGIS Pro", "Epic Resolute": a product line the taxonomy knows only by its maker's name is that product.
                // Only a one-word brand widens: a longer known name ("EPA Section 608") is already the whole name.
                var lineEnd = isEducation || hit.LastToken > hit.FirstToken ? hit.LastToken : PhraseDiscovery.ProductLineEnd(sentence.Text, tokens, hit.FirstToken, hit.LastToken, covered, employerWords);
                if (lineEnd > hit.LastToken)
                {
                    Add(found, new JobSkill(sentence.Text[tokens[hit.FirstToken].Start..tokens[lineEnd].End], required, "discovered"));
                    continue;
                }

                var written = sentence.Text[tokens[hit.FirstToken].Start..tokens[hit.LastToken].End];
                Add(found, new JobSkill(definition.Name, required, definition.Category)
                {
                    TaxonomyId = definition.Id,
                    AsWritten = SkillText.Key(written) == SkillText.Key(definition.Name) ? null : written,
                });

                // "Drain Cleaning" written as "hydro jetting": a named member of the umbrella is a skill of its own. A
                // credential written another way ("CPA license", "board certification") is still the one credential.
                if (!definition.IsCredential && NamesAMember(written, definition.Name))
                {
                    Add(found, new JobSkill(written, required, "discovered"));
                }
            }

            foreach (var phrase in PhraseDiscovery.Find(sentence, tokens, _taxonomy, employerWords).Where(p => !InTitle(sentence, p.Start, p.Start + p.Name.Length, title)))
            {
                var required = sentence.Part != PostingPart.Preferred && !IsPreferredAt(sentence.Text, phrase.Start);
                Add(found, new JobSkill(phrase.Name, required, "discovered"));
            }

            // "Negotiate contracts": the method the taxonomy names, or the named member of its umbrella ("rent collection").
            foreach (var (name, skillId, start) in DutyNominals.Find(sentence, tokens, covered, _taxonomy))
            {
                var definition = _taxonomy.Skills[skillId];
                var required = sentence.Part != PostingPart.Preferred && !IsPreferredAt(sentence.Text, start);
                Add(found, NamesAMember(name, definition.Name)
                    ? new JobSkill(name, required, "discovered")
                    : new JobSkill(definition.Name, required, definition.Category) { TaxonomyId = definition.Id, AsWritten = name });
            }

            foreach (var hit in _taxonomy.Matcher.Find(tokens, soft: true))
            {
                var name = _taxonomy.Skills[hit.SkillId].Name;
                if (!soft.Contains(name))
                {
                    soft.Add(name);
                }
            }

            if (ReadYears(sentence.Text) is { } y)
            {
                (sentence.Part is PostingPart.Requirements ? years : anyYears).Add(y);
            }

            if (isEducation)
            {
                // "You'll teach high school algebra" in the duties is not a degree requirement; the
                // requirements section decides, and other parts count only when it says nothing.
                (sentence.Part is PostingPart.Requirements or PostingPart.Preferred ? education : otherEducation)
                    .AddRange(EducationLevelsText.RequiredLevels(sentence.Text));
            }
        }

        var minYears = years.Count > 0 ? years.Max() : anyYears.Count > 0 ? anyYears.Max() : (int?)null;
        var levels = education.Count > 0 ? education : otherEducation;
        var level = levels.Count > 0 ? EducationLevels.Names[levels.Min()] : null;
        return new JobProfile(title, WithoutHeads(found.Values.OrderBy(v => v.Order).Select(v => v.Skill).ToList()), soft, minYears, level);
    }

    /// <summary>
    /// A word found on its own that only heads a longer skill the posting names ("our public API" beside "REST APIs") is
    /// that skill said short, not another one.
    /// </summary>
    private static List<JobSkill> WithoutHeads(List<JobSkill> skills)
    {
        // "APIs" keeps its "s" in the matcher's form (it ends like "analysis"), so plurals are folded here too.
        static string Head(SkillToken t) => t.Norm.TrimEnd('s');
        var heads = skills.Select(s => SkillText.Tokenize(s.Name)).Where(t => t.Count > 1).Select(t => Head(t[^1])).ToHashSet(StringComparer.Ordinal);
        return skills.Where(s => !(s.Category == "discovered" && SkillText.Tokenize(s.Name) is [var only] && heads.Contains(Head(only)))).ToList();
    }

    /// <summary>
    /// Fields of knowledge count only where the posting asks for them (not "our supply chain team"); an
    /// education sentence names the degree's field, not a skill, so it yields only licences,
    /// certifications and a degree the posting prefers beyond its minimum ("BSN preferred").
    /// </summary>
    private static bool Admits(SkillDefinition skill, PostingPart part, bool isEducation, bool required)
    {
        if (skill.IsDomain && part is not (PostingPart.Requirements or PostingPart.Preferred))
        {
            return false;
        }

        if (skill.Category == "degree")
        {
            return !required;
        }

        return !isEducation || skill.IsCredential;
    }

    /// <summary>
    /// Whether the posting's words name something narrower than the taxonomy entry they matched rather than another
    /// spelling of it: no word of one begins like a word of the other ("PEX" under Pipe Installation, "hydro jetting"
    /// under Drain Cleaning), and neither is the other's initials ("SOC" for Security Operations Center). A product
    /// name in CamelCase is its own word however it begins ("HydroCAD" under Hydrology).
    /// </summary>
    /// <summary>How often a word is used in everyday English (a subtitle corpus) before it is too common to name a member.</summary>
    private const int EverydayWordCount = 40;

    internal static bool NamesAMember(string written, string canonical)
    {
        var writtenTokens = SkillText.Tokenize(written).Where(t => t.Norm.Length > 1).ToList();
        var a = writtenTokens.Select(t => t.Norm).ToList();
        var b = SkillText.Tokenize(canonical).Select(t => t.Norm).Where(w => w.Length > 1).ToList();
        if (a.Count == 0 || b.Count == 0 || written.Length < 3 || written.Any(char.IsDigit) && written.Any(char.IsLetter) && a.Count == 1 && !written.Any(char.IsUpper))
        {
            return false;
        }

        // An everyday word ("dashboards" under Data Visualization) is another word for the umbrella, and words joined by a
        // preposition ("words per minute" under Typing) describe it; a member is named ("firmware", "hydro jetting").
        if (writtenTokens.Any(t => t.Norm is "per" or "of" or "in" or "for" or "with" or "on" or "at" or "to")
            || a.Count == 1 && !written.Any(char.IsUpper) && LanguageResources.WordFrequency.Count(a[0]) >= EverydayWordCount)
        {
            return false;
        }

        static string Initials(List<string> words) => string.Concat(words.Select(w => w[0]));
        static bool Shares(string x, string y) => x[..Math.Min(4, x.Length)] == y[..Math.Min(4, y.Length)] || x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
        return !writtenTokens.Any(x => b.Any(y => IsCamelCase(x.Surface) ? x.Norm == y : Shares(x.Norm, y)))
            && !(a.Count == 1 && Initials(b).StartsWith(a[0], StringComparison.Ordinal)) && !(b.Count == 1 && Initials(a).StartsWith(b[0], StringComparison.Ordinal));
    }

    private static bool IsCamelCase(string word) => word.Length > 3 && word.Skip(1).Any(char.IsLower) && word.Skip(1).Any(char.IsUpper) && char.IsUpper(word[0]);

    /// <summary>
    /// "We are looking for a Registered Dental Hygienist to join ...": the job's own title in its description names the
    /// person hired, not a licence asked of them (the requirements say that in their own words).
    /// </summary>
    private static bool InTitle(PostingSentence sentence, int start, int end, string? title)
    {
        if (title is null || sentence.Part is not (PostingPart.Role or PostingPart.Duties))
        {
            return false;
        }

        // "Sommelier — Larkspur Table, Charleston, SC": a title line that also names the employer.
        title = title.Split(['\u2014', '|'])[0].Trim();
        if (title.Length == 0)
        {
            return false;
        }

        for (var at = sentence.Text.IndexOf(title, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.Text.IndexOf(title, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (start >= at && end <= at + title.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Schedule C", "Plan B", "Vitamin C": a one-letter name right after a capitalised word is that word's label, not a language.</summary>
    private static bool LabelsALetter(List<SkillToken> tokens, SkillHit hit) =>
        hit.FirstToken == hit.LastToken && tokens[hit.FirstToken].Surface.Length == 1 && hit.FirstToken > 0 && !tokens[hit.FirstToken].BreakBefore
        && tokens[hit.FirstToken - 1].Surface is [var c, _, ..] && char.IsUpper(c) && tokens[hit.FirstToken - 1].Surface.Skip(1).All(char.IsLower);

    /// <summary>"our special education team", "the Platform group": a department's name, not something asked of the candidate.</summary>
    private static bool NamesATeam(List<SkillToken> tokens, SkillHit hit)
    {
        var next = hit.LastToken + 1;
        return next < tokens.Count && !tokens[next].BreakBefore
            && tokens[next].Norm is "team" or "department" or "group" or "org" or "organization" or "division" or "colleague" or "partner" or "leader" or "manager";
    }

    private static void Add(Dictionary<string, (JobSkill Skill, int Order)> found, JobSkill skill)
    {
        var key = SkillText.Key(skill.Name);
        if (found.TryGetValue(key, out var existing))
        {
            if (skill.Required && !existing.Skill.Required)
            {
                found[key] = (existing.Skill with { Required = true }, existing.Order);
            }

            return;
        }

        found[key] = (skill, found.Count);
    }

    /// <summary>
    /// A skill is preferred when its own clause says so ("NetSuite strongly preferred", "(CSWP a plus)")
    /// or its sentence ends by saying so ("Looker, BigQuery or dbt is a plus").
    /// </summary>
    private static bool IsPreferredAt(string sentence, int offset, bool clauseOnly = false)
    {
        var start = sentence.LastIndexOfAny([';', '(', ')', ','], Math.Max(0, offset - 1));
        var end = sentence.IndexOfAny([';', '(', ')', ','], Math.Min(sentence.Length - 1, offset));
        var clause = sentence[(start + 1)..(end < 0 ? sentence.Length : end)];
        if (PreferredCue().IsMatch(clause))
        {
            return true;
        }

        if (clauseOnly)
        {
            return false;
        }

        var segmentEnd = sentence.IndexOfAny([';', '(', ')'], Math.Min(sentence.Length - 1, offset));
        var segment = sentence[(start + 1)..(segmentEnd < 0 ? sentence.Length : segmentEnd)];
        return PreferredEnding().IsMatch(segment) || PreferredOpening().IsMatch(sentence);
    }

    /// <summary>Capitalised words of the header line and company blurb: the employer's name is not a skill.</summary>
    private static HashSet<string> EmployerWords(List<PostingSentence> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences.Where(s => s.Part is PostingPart.Header or PostingPart.Company))
        {
            foreach (var t in SkillText.Tokenize(s.Text).Where(t => char.IsUpper(t.Surface[0])))
            {
                words.Add(t.Norm);
            }
        }

        return words;
    }

    private static string? ReadTitle(List<PostingSentence> sentences)
    {
        var first = sentences.FirstOrDefault(s => s.Part == PostingPart.Title)?.Text;
        if (first is null)
        {
            return null;
        }

        var title = TitleLabel().Replace(first, "");
        title = DatedParenthetical().Replace(title, "").Trim();
        return title.Length is > 0 and <= 100 ? title : null;
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

    /// <summary>The minimum years in "5+ years", "3-6 years", "two (2) years", "a year or more", "two filing seasons of" when about experience.</summary>
    internal static int? ReadYears(string sentence)
    {
        var m = YearsPattern().Match(sentence);
        if (!m.Success || !(sentence.Contains("experience", StringComparison.OrdinalIgnoreCase) || m.Groups["plus"].Success || m.Groups["least"].Success || ExperienceVerbs().IsMatch(sentence)))
        {
            return null;
        }

        var raw = m.Groups["n"].Value.ToLowerInvariant();
        // "at least a year", "a year or more": the article stands for one.
        var n = char.IsAsciiDigit(raw[0]) ? int.Parse(raw, CultureInfo.InvariantCulture) : raw is "a" or "an" ? 1 : Array.IndexOf(NumberWords, raw);
        return n is >= 0 and <= 40 ? n : null;
    }

    [GeneratedRegex(@"(?<least>at least|minimum( of)?|min\.|more than|over)?\s*\b(?<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|(?<=(?:at least|minimum of|more than|over)\s+)an?|an?(?=\s+years?\s+(?:or more|or longer|\+|plus)))(?:\s*\([0-9]{1,2}\))?\s*(?<plus>\+|plus)?\s*(?:(?:-|–|to)\s*[0-9]{1,2}\s*\+?\s*)?(?:years?|yrs?|(?:[a-z]+\s+)?seasons?(?=\s+of\b))\b(?!\s+old)", RegexOptions.IgnoreCase)]
    private static partial Regex YearsPattern();

    [GeneratedRegex(@"\bseasons?\s+of\b|\b(years?|yrs?)\s+(of|in|as|with|working|managing|leading|teaching|doing|designing|building|in a)\b|\byears?'", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceVerbs();

    [GeneratedRegex(@"\b(a plus|plus\b|preferred|preferably|nice[ -]to[ -]have|bonus|desir(ed|able)|advantage(ous)?|helpful|not required|welcome)", RegexOptions.IgnoreCase)]
    private static partial Regex PreferredCue();

    [GeneratedRegex(@"\b(is|are|would be|a)?\s*(a (big |huge |strong )?plus|preferred|desirable|a bonus|nice[ -]to[ -]have|helpful|an advantage)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PreferredEnding();

    [GeneratedRegex(@"^\s*(bonus( points)?|nice[ -]to[ -]have|preferred|plus|desired|optional)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreferredOpening();

    [GeneratedRegex(@"^\s*(job title|position|title|role)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"\s*\([^()]*[0-9][^()]*\)")]
    private static partial Regex DatedParenthetical();
}
