using System.Text.RegularExpressions;
using ResumeRefiner.Core.Analysis.Content;
using ResumeRefiner.Core.Analysis.Skills;
using ResumeRefiner.Core.Parsing.Fields;
using LanguageResources = ResumeRefiner.Core.Proofreading.Spelling.LanguageResources;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>A skill name found in a requirement sentence that the taxonomy does not know yet.</summary>
internal readonly record struct DiscoveredPhrase(string Name, int Start);

/// <summary>
/// Finds skills the taxonomy lacks in the duties, requirements and preferred parts of a posting. A phrase is
/// taken when its shape marks it as a name — a CamelCase word ("BlackLine"), an acronym ("FCAW", "I2C"), a
/// capitalised word that is not English ("Zillow", "Sysmex XN"), a standard with its number ("USP &lt;797&gt;"),
/// a name spelled out before its acronym ("functional behavior assessment (FBA)"), an item of a "such as" list —
/// or when it is a noun phrase in the object of a duty or of "experience with / knowledge of ..." whose head noun
/// names a method in the taxonomy ("... analysis", "... compounding", "... inspection"). Generic work words
/// ("team", "schedule", "customers"), places and the employer's own name are never skills.
/// </summary>
internal static partial class PhraseDiscovery
{
    private static readonly HashSet<string> NotSkills = new(StringComparer.OrdinalIgnoreCase)
    {
        "English", "I", "We", "You", "Our", "The", "A", "An", "And", "Or", "In", "On", "For", "With", "At", "To", "Of",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "US", "USA", "U.S", "UK", "EU",
        "LinkedIn", "YouTube", "iPhone", "iPad", "McDonald", "PhD", "MSc", "BSc", "BEng", "MEng", "GmbH", "LLC", "Inc", "Ltd",
        "Director", "Manager", "Engineer", "Team", "Department", "State", "City", "County", "Region", "Company", "Other",
        "Experience", "Knowledge", "Strong", "Excellent", "Working", "Familiarity", "Proficiency", "Ability", "Bachelor",
        "Master", "Degree", "Certification", "Certificate", "License", "Tools", "Software", "Platform", "Systems", "Others",
    };

    /// <summary>Acronyms of roles, organisations, time and pay rather than of skills.</summary>
    private static readonly HashSet<string> NotSkillAcronyms = new(StringComparer.Ordinal)
    {
        "US", "USA", "UK", "EU", "ID", "OK", "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "VP", "SVP", "EVP", "GM", "AGM", "PTO", "EEO", "EOE",
        "LLC", "LLP", "INC", "AM", "PM", "ET", "PT", "CT", "MT", "FAQ", "ASAP", "TBD", "FTE", "YOY", "DIY", "HQ", "OTR", "NA", "TV", "OR", "ETA",
        "II", "III", "IV", "MD", "RN", "NP", "PA", "DO", "MBA", "BS", "BA", "MS", "MA", "PHD", "JD", "GED", "AA", "AS", "HR", "IT", "UX",
        "UI", "PR",
    };

    /// <summary>Head nouns of generic work words: what every job has, not something a candidate can have or lack.</summary>
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "team", "environment", "experience", "skill", "ability", "role", "work", "job", "duty", "task", "customer", "client", "patient",
        "people", "staff", "employee", "member", "manager", "supervisor", "project", "field", "industry", "business", "company", "product",
        "part", "result", "need", "issue", "problem", "question", "information", "time", "day", "week", "shift", "weekend", "holiday",
        "hour", "year", "month", "opportunity", "goal", "level", "detail", "attention", "way", "area", "office", "department", "group",
        "unit", "floor", "family", "guest", "resident", "student", "child", "adult", "partner", "stakeholder", "owner", "person", "other",
        "everyone", "home", "store", "location", "state", "city", "hand", "eye", "pressure", "pace", "deadline", "priority", "request",
        "feedback", "idea", "culture", "mission", "value", "growth", "career", "training", "meeting", "service", "support", "program",
        "plan", "change", "update", "note", "record", "file", "email", "call", "phone", "lead", "crew", "site", "line", "order", "item",
        "thing", "type", "kind", "range", "variety", "number", "set", "lot", "list", "step", "basis", "practice", "principle", "concept",
        "standard", "process", "procedure", "system", "tool", "equipment", "material", "resource", "quality", "safety", "care", "sense",
        "attitude", "communication", "leadership", "collaboration", "judgment", "knowledge", "proficiency", "familiarity", "understanding",
        "background", "degree", "diploma", "education", "certificate", "requirement", "qualification", "candidate", "applicant", "position",
        "driver", "vehicle", "license", "schedule", "scheduling", "setting", "building", "thinking", "learning", "working", "writing",
        "reading", "listening", "speaking", "doing", "making", "using", "getting", "having", "being", "everything", "anything", "something",
        "design", "development", "management", "operation", "report", "data", "document", "drawing", "decision", "relationship", "visit",
        "consultant", "designation", "peripheral", "vendor", "supplier", "contractor", "agent", "agency", "provider", "physician", "nurse",
        "doctor", "engineer", "technician", "accredited", "requirement", "guideline", "rule", "law", "regulation", "act", "policy",
        "review", "language", "feature", "finding", "response", "looking", "flow", "instruction", "protocol", "target", "teammate",
        "colleague", "peer", "integrator", "court", "municipality", "side", "aspect",
    };

    /// <summary>Words that number a rank, a stage or a place rather than a form or standard: "Tier 2", "Phase 3", "Room 12".</summary>
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "tier", "level", "phase", "step", "grade", "stage", "day", "week", "year", "room", "floor", "suite", "unit", "local", "shift", "page",
        "group", "team", "zone", "area", "district", "station", "building", "store", "region", "route", "gate", "door", "bay", "lane",
    };

    /// <summary>Words that open a noun phrase without belonging to the skill: "our", "daily", "strong", "new".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "our", "your", "their", "its", "his", "her", "all", "any", "each", "every", "new", "daily", "weekly", "monthly",
        "annual", "quarterly", "other", "various", "multiple", "basic", "strong", "solid", "excellent", "proven", "working", "hands",
        "on", "relevant", "related", "similar", "current", "active", "valid", "own", "both", "more", "most", "key", "critical", "complex",
        "large", "small", "high", "general", "good", "great", "deep", "demonstrated", "prior", "previous", "some", "many", "several",
        "accurate", "timely", "effective", "efficient", "safe", "clear", "detailed", "appropriate", "required", "necessary", "existing",
        "professional", "practical", "thorough", "expert", "advanced", "best", "routine", "regular", "ongoing", "full", "overall",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "few", "next",
    };

    /// <summary>What a duty leaves its object as ("keep the floor clean"): adjectives, not the thing worked on.</summary>
    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "clean", "tidy", "ready", "neat", "secure", "safe", "open", "running", "smooth" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "our", "your", "their", "its", "his", "her", "each", "every" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "them", "they", "this", "these", "those", "he", "she", "i", "me", "us", "him", "one", "what", "how", "why",
    };

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "and", "or", "with", "using", "in", "for", "to", "from", "on", "at", "per", "under", "through", "before", "after", "within", "across",
        "into", "by", "as", "that", "which", "when", "where", "while", "including", "like", "such", "via", "against", "between", "about",
        "among", "during", "if", "so", "than", "is", "are", "be", "will", "can", "must", "should", "may", "you", "we", "who", "plus", "of",
        "toward", "towards", "around", "over", "up", "out", "down", "off", "without", "throughout", "upon", "behind", "together", "along", "ahead", "back", "it", "them", "they", "this", "these", "those",
    };

    /// <summary>Head nouns of method and domain names ("analysis", "compounding", "inspection"), read from the taxonomy.</summary>
    private static readonly Lazy<HashSet<string>> SkillHeads = new(() => HeadsOf(SkillTaxonomy.Default));

    public static IEnumerable<DiscoveredPhrase> Find(PostingSentence sentence, List<SkillToken> tokens, SkillTaxonomy taxonomy, ISet<string> employerWords)
    {
        // An education sentence names the degree's field ("mechanical engineering"), not a skill.
        if (sentence.Part is not (PostingPart.Requirements or PostingPart.Preferred or PostingPart.Duties) || EducationLevelsText.IsEducationSentence(sentence.Text))
        {
            return [];
        }

        // A heading alone ("Minimum Qualifications", "Selection Process") names a section, not a skill; "Preferred: HubSpot" carries one.
        if (sentence.Heading && !sentence.Text.TrimEnd(':', ' ').Contains(':', StringComparison.Ordinal))
        {
            return [];
        }

        var forms = LetteredForms(sentence.Text, tokens, employerWords).ToList();
        var covered = new bool[tokens.Count];
        foreach (var hit in taxonomy.Matcher.Find(tokens, soft: false).Concat(taxonomy.Matcher.Find(tokens, soft: true))
            .Where(h => !SpelledOutAsAnother(sentence.Text, tokens, h, taxonomy.Skills[h.SkillId]) && !InForm(forms, h)))
        {
            for (var k = hit.FirstToken; k <= hit.LastToken; k++)
            {
                covered[k] = true;
            }
        }

        var found = new List<DiscoveredPhrase>();
        var taken = new bool[tokens.Count];
        void Take(int first, int last, string? name = null, bool endsBeforeKnown = false, bool widensKnown = false)
        {
            // "JTAG debugging" where the taxonomy knows "debugging": the name ends before the known skill.
            while (endsBeforeKnown && last > first && covered[last])
            {
                last--;
            }

            var end = tokens[last].End < sentence.Text.Length && sentence.Text[tokens[last].End] == ')' && sentence.Text[tokens[first].Start..tokens[last].End].Contains('(', StringComparison.Ordinal)
                ? tokens[last].End + 1
                : tokens[last].End;
            // A listed name may widen a known one ("Zephyr RTOS", "Bluebeam Revu"), never repeat it.
            for (var k = first; k <= last; k++)
            {
                if (covered[k] && !widensKnown || taken[k] || widensKnown && covered.AsSpan(first, last - first + 1).IndexOf(false) < 0)
                {
                    return;
                }
            }

            for (var k = first; k <= last; k++)
            {
                taken[k] = true;
            }

            found.Add(new DiscoveredPhrase(name ?? sentence.Text[tokens[first].Start..end], tokens[first].Start));
        }

        var heads = taxonomy == SkillTaxonomy.Default ? SkillHeads.Value : HeadsOf(taxonomy);
        foreach (var (first, last) in NamesWithAcronyms(sentence.Text, tokens))
        {
            Take(first, last);
        }

        foreach (var (first, last) in ListedNames(sentence, tokens, covered, employerWords))
        {
            Take(first, last, widensKnown: true);
        }

        foreach (var (first, last, name) in forms)
        {
            Take(first, last, name);
        }

        foreach (var (first, last) in Names(sentence.Text, tokens, employerWords))
        {
            Take(first, last, endsBeforeKnown: true);
        }

        foreach (var (first, last) in TitleCaseNames(tokens, employerWords))
        {
            Take(first, last, endsBeforeKnown: true);
        }

        foreach (var (first, last, name) in SuchAsItems(sentence.Text, tokens, employerWords))
        {
            Take(first, last, name);
        }

        foreach (var (first, last, objectOnly) in PostingSections.IsHeading(sentence.Text, out _) ? [] : NounPhrases(sentence, tokens, heads))
        {
            // "payroll tax filings" where the taxonomy knows "payroll": a narrower skill than the known one. A phrase
            // taken only for being what a duty acts on is not: "our Django monolith" is a thing built with the known skill.
            if (!covered[last] && !taken.AsSpan(first, last - first + 1).Contains(true) && !(objectOnly && QualifiedByKnown(sentence.Text, tokens, covered, first, last)))
            {
                for (var k = first; k <= last; k++)
                {
                    taken[k] = true;
                }

                found.Add(new DiscoveredPhrase(sentence.Text[tokens[first].Start..tokens[last].End], tokens[first].Start));
            }
        }

        return found.OrderBy(p => p.Start);
    }

    /// <summary>
    /// How far a known product's name runs on in the posting's words: "ArcGIS Pro", "Epic Resolute", "AWS Lambda" —
    /// capitalised words (then a model number or letters: "HCPCS Level II") right after it that no other skill claims. Returns the
    /// last token of the longer name, or the hit's own last token.
    /// </summary>
    public static int ProductLineEnd(string text, List<SkillToken> tokens, int first, int last, bool[] covered, ISet<string> employerWords)
    {
        if (!char.IsUpper(tokens[first].Surface[0]))
        {
            return last;
        }

        var end = last;
        while (end + 1 < tokens.Count && end - last < 2 && !covered[end + 1] && !tokens[end + 1].BreakBefore)
        {
            var next = tokens[end + 1];
            var word = next.Surface;
            var named = word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && !NotSkills.Contains(word) && !NotSkillWords.Contains(word)
                && !NotSkillWords.Contains(word.TrimEnd('s')) && !LinkWords.Contains(next.Norm) && !employerWords.Contains(next.Norm) && !IsPlace(word)
                || end > last && (word.All(char.IsDigit) || IsAcronym(word))
                || IsModelNumber(word) || IsCamelCase(word);
            if (!named || text[tokens[end].End..next.Start].Trim().Length > 0)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>A model or version written as letters and digits together: "FX3", "XN10", "E175".</summary>
    private static bool IsModelNumber(string word) => word.Length >= 2 && word.Any(char.IsDigit) && word.Any(char.IsLetter) && word.All(char.IsLetterOrDigit);

    /// <summary>Capitalised words that follow a product without naming a part of it: roles, kinds of thing, credentials.</summary>
    private static readonly HashSet<string> NotSkillWords = new(StringComparer.Ordinal)
    {
        "Developer", "Developers", "Administrator", "Administration", "Analyst", "Specialist", "Consultant", "Architect", "Expert",
        "Skills", "Suite", "Certification", "Certified", "License", "Licensure", "Experience", "Knowledge", "Environment",
        "Environments", "Development", "Programming", "Users", "User", "Integration", "Integrations", "Support", "Reporting", "Reports",
        "Team", "Teams", "Projects", "Project", "Stack", "Ecosystem", "Products", "Product", "Services", "Service", "Training", "Is", "Are",
    };

    /// <summary>Whether a word before the head is a known skill standing on its own ("Django monolith"), not the start of a hyphenated name ("R-410A").</summary>
    private static bool QualifiedByKnown(string text, List<SkillToken> tokens, bool[] covered, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (covered[k] && !(tokens[k].End < text.Length && text[tokens[k].End] == '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"functional behavior assessments (FBA)", "Hours of Service (HOS)": words whose initials spell the acronym after them.</summary>
    private static IEnumerable<(int First, int Last)> NamesWithAcronyms(string text, List<SkillToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (SpelledOutBefore(text, tokens, i) is var first and >= 0)
            {
                yield return (first, i);
            }
        }
    }

    /// <summary>
    /// "comparative market analyses (CMAs)": the posting spells the acronym out as something other than the taxonomy
    /// entry it names (Certified Medical Assistant), so the acronym is that other thing.
    /// </summary>
    internal static bool SpelledOutAsAnother(string text, List<SkillToken> tokens, SkillHit hit, SkillDefinition definition)
    {
        if (hit.FirstToken != hit.LastToken || SpelledOutBefore(text, tokens, hit.FirstToken) is not (var first and >= 0))
        {
            return false;
        }

        var spelled = SkillText.Key(text[tokens[first].Start..tokens[hit.FirstToken - 1].End]);
        return !definition.Aliases.Prepend(definition.Name).Any(n => SkillText.Key(n) == spelled);
    }

    /// <summary>Where the words whose initials spell the parenthesised acronym at token <paramref name="i"/> start; -1 when none do.</summary>
    internal static int SpelledOutBefore(string text, List<SkillToken> tokens, int i)
    {
        var acronym = tokens[i].Surface;
        if (i == 0 || !IsAcronym(acronym) || tokens[i].Start == 0 || text[tokens[i].Start - 1] != '(')
        {
            return -1;
        }

        var letters = acronym.Where(char.IsUpper).Select(char.ToLowerInvariant).ToArray();
        var k = letters.Length - 1;
        var j = i - 1;
        while (j >= 0 && k >= 0)
        {
            var word = tokens[j].Norm;
            if (word is "of" or "and" or "for" or "the" or "in" && k < letters.Length - 1)
            {
                j--;
                continue;
            }

            if (word[0] != letters[k])
            {
                break;
            }

            k--;
            if (k >= 0)
            {
                j--;
            }
        }

        return k < 0 && j >= 0 && j < i ? j : -1;
    }

    /// <summary>Names by their shape: CamelCase, acronyms, capitalised non-English words, a name with its number ("Form 941").</summary>
    private static IEnumerable<(int First, int Last)> Names(string text, List<SkillToken> tokens, ISet<string> employerWords)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];

            // A capitalised word with its number is a form, standard or part: "Form 941", "Section 504".
            if (i > 0 && char.IsUpper(t.Surface[0]) && t.Surface.Length > 1 && i + 1 < tokens.Count && !tokens[i + 1].BreakBefore
                && tokens[i + 1].Surface.All(char.IsDigit) && !employerWords.Contains(t.Norm) && !NotSkills.Contains(t.Surface) && !RankWords.Contains(t.Norm))
            {
                yield return (i, i + 1);
                i++;
                continue;
            }

            if (!IsNameWord(t, i) || employerWords.Contains(t.Norm) || NotSkills.Contains(t.Surface) || IsPlace(t.Surface))
            {
                continue;
            }

            // A maker's name written before a product's own shape is part of it: "Canon imageRUNNER", "Sony FX3".
            var start = i;
            if (i > 1 && !t.BreakBefore && (IsCamelCase(t.Surface) || IsModelNumber(t.Surface) || IsDottedName(t.Surface)) && IsTitleWord(tokens[i - 1], employerWords)
                && !LinkWords.Contains(tokens[i - 1].Norm) && !Openers.Contains(tokens[i - 1].Norm))
            {
                start = i - 1;
            }

            // The name runs on over capitalised words and numbers: "Sysmex XN", "Follow Up Boss", "USP <797>".
            var last = i;
            while (last + 1 < tokens.Count && last - i < 3 && ContinuesName(tokens[last + 1], text))
            {
                last++;
            }

            // A name pulls in the lower-case word it qualifies: "Roche cobas", "ISO forms", "CPM schedules"; not a word that only
            // opens a longer noun phrase ("Honeywell smart thermostats", "Link-Belt rough-terrain cranes"), which names a kind of thing.
            if (start == i && i + 1 < tokens.Count && last == i && !tokens[i + 1].BreakBefore && tokens[i + 1].Surface.All(char.IsLower)
                && !LinkWords.Contains(tokens[i + 1].Norm) && !Openers.Contains(tokens[i + 1].Norm) && !GenericHeads.Contains(tokens[i + 1].Norm)
                && EndsNounPhrase(tokens, i + 1) && !ModifierEnding().IsMatch(tokens[i + 1].Norm))
            {
                last++;
            }

            yield return (start, last);
            i = last;
        }
    }

    /// <summary>Whether a known skill is only a letter of a form list ("C" in "Schedules A, C and E").</summary>
    internal static bool InForm(List<(int First, int Last, string Name)> forms, SkillHit hit) =>
        forms.Any(f => hit.FirstToken >= f.First && hit.LastToken <= f.Last);

    /// <summary>
    /// "Schedules A, C and E", "Forms 941 and 940", "Parts 91 and 135": a capitalised form word with a list of letters or
    /// numbers names one form per item ("Schedule A", "Schedule C", "Schedule E").
    /// </summary>
    internal static IEnumerable<(int First, int Last, string Name)> LetteredForms(string text, List<SkillToken> tokens, ISet<string> employerWords)
    {
        static bool IsItem(SkillToken t) => t.Surface.Length <= 4 && (t.Surface.All(char.IsDigit) || t.Surface.Length == 1 && char.IsUpper(t.Surface[0]) || t.Surface.All(c => c is 'I' or 'V' or 'X'));
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            var word = tokens[i].Surface;
            if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || NotSkills.Contains(word) || employerWords.Contains(tokens[i].Norm)
                || tokens[i + 1].BreakBefore || !IsItem(tokens[i + 1]))
            {
                continue;
            }

            // The items: joined by commas, "and", "or" or "&", with nothing else between them.
            var items = new List<int> { i + 1 };
            for (var k = i + 2; k < tokens.Count; k++)
            {
                var gap = text[tokens[k - 1].End..tokens[k].Start].Trim();
                if (IsItem(tokens[k]) && gap is "," or "" && (gap == "," || tokens[k - 1].Norm is "and" or "or"))
                {
                    items.Add(k);
                }
                else if (!(tokens[k].Norm is "and" or "or" && gap is "," or "" && k + 1 < tokens.Count && IsItem(tokens[k + 1])))
                {
                    break;
                }
            }

            // "Class A or B CDL": letters that qualify the word after them name grades of that, not forms.
            var after = items[^1] + 1;
            if (items.Count < 2 || after < tokens.Count && !tokens[after].BreakBefore && !LinkWords.Contains(tokens[after].Norm))
            {
                continue;
            }

            var singular = word.EndsWith("es", StringComparison.Ordinal) && word[..^2] is var stem && (stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal))
                ? stem
                : word.TrimEnd('s');
            foreach (var k in items)
            {
                yield return (k == items[0] ? i : k, k, $"{singular} {tokens[k].Surface}");
            }

            i = items[^1];
        }
    }

    /// <summary>A noun phrase at <paramref name="k"/> with no determiner: "net capacity", "toner", not "the reasoning".</summary>
    private static bool Object(List<SkillToken> tokens, int k) =>
        k < tokens.Count && !tokens[k].BreakBefore && !Determiners.Contains(tokens[k].Norm) && !LinkWords.Contains(tokens[k].Norm);

    /// <summary>Whether the noun phrase ends at token <paramref name="k"/>: the line, a comma or a link word follows, not another word of it.</summary>
    private static bool EndsNounPhrase(List<SkillToken> tokens, int k) =>
        k + 1 >= tokens.Count || tokens[k + 1].BreakBefore || LinkWords.Contains(tokens[k + 1].Norm) || tokens[k + 1].Norm == "/";

    /// <summary>
    /// Whether a word opening a clause of a duty ("... and calculate net capacity", "swap toner") is its verb: English uses
    /// its past form ("calculated", "swapped"). Only read where a new clause may start, so "load charts" after "read" is a name.
    /// </summary>
    private static bool OpensClause(SkillToken token)
    {
        var w = token.Surface;
        if (!w.All(char.IsLower) || w.Length < 3)
        {
            return false;
        }

        if (w is "have" or "has" or "be" or "get" or "make" or "keep" or "take" or "give")
        {
            return true;
        }

        // "performs", "tunes": the third person of the same verb.
        var root = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
        var past = root.EndsWith('e') ? root + "d" : root.EndsWith('y') && root.Length > 3 && !"aeiou".Contains(root[^2], StringComparison.Ordinal) ? root[..^1] + "ied" : root + "ed";
        // A noun that is rarely a verb ("credit card", "root planing", "pressure test") is used far more often than its past form.
        var pastCount = Math.Max(LanguageResources.WordFrequency.Count(past), LanguageResources.WordFrequency.Count(root + root[^1] + "ed"));
        return pastCount >= 5 && pastCount * 8 >= LanguageResources.WordFrequency.Count(root);
    }

    private static bool IsNameWord(SkillToken t, int index)
    {
        var word = t.Surface;
        // A degree ("PharmD", "MSW") is education, which the posting's education sentence reports.
        if (Degrees.Parse(word) is not null)
        {
            return false;
        }

        // An acronym, unless it is a common word in capitals ("ONE", "NOT").
        if (IsAcronym(word))
        {
            return !NotSkillAcronyms.Contains(word.TrimEnd('s')) && !Gazetteer.IsRegionAbbreviation(word) && LanguageResources.WordFrequency.Count(word) < 20_000;
        }

        // A word with its model number or version run together: "Survey123", "nRF52"; a dotted name: "Frame.io", "H.264".
        if (IsCamelCase(word) || IsDottedName(word) || word.Length >= 4 && char.IsLetter(word[0]) && word.Any(char.IsDigit) && word.Count(char.IsLetter) >= 2 && word.All(char.IsLetterOrDigit))
        {
            return true;
        }

        // A capitalised word that is not English, away from the start of the sentence: a product or a maker.
        return word.Length >= 4 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && index > 0
            && LanguageResources.WordFrequency.Count(word) < 3;
    }

    /// <summary>
    /// A name with a dot inside: "Frame.io", "H.264", "Socket.io" — not an abbreviation of single letters ("e.g", "U.S"),
    /// and not a web address ("example.com").
    /// </summary>
    private static bool IsDottedName(string word)
    {
        var parts = word.Split('.');
        return parts.Length > 1 && char.IsLetter(word[0]) && parts.All(p => p.Length > 0) && parts.Any(p => p.Length > 1)
            && (parts[^1].All(char.IsDigit) || parts[^1].Length <= 3 && parts[^1].All(char.IsLower) && parts[^1] is not ("com" or "org" or "net" or "gov" or "edu"))
            && Degrees.Parse(word) is null;
    }

    private static bool ContinuesName(SkillToken next, string text)
    {
        var word = next.Surface;
        if (next.BreakBefore && !(next.Start > 0 && text[next.Start - 1] == '<'))
        {
            return false;
        }

        return word.All(char.IsDigit) || IsAcronym(word) || IsCamelCase(word) || word.Any(char.IsDigit) && word.Any(char.IsLetter)
            || (word.Length > 1 && char.IsUpper(word[0]) && !NotSkills.Contains(word));
    }

    /// <summary>
    /// Two or more capitalised words inside a sentence otherwise written in lower case, right after "in", "with", "using"
    /// or "on": a product or a named method ("apps in Field Maps", "leads in Follow Up Boss", "tests with Great
    /// Expectations"), even when each word is English. Places, the employer and words such as "Software" are not.
    /// </summary>
    private static IEnumerable<(int First, int Last)> TitleCaseNames(List<SkillToken> tokens, ISet<string> employerWords)
    {
        var words = tokens.Skip(1).Where(t => t.Surface.Length > 3 && char.IsLetter(t.Surface[0])).ToList();
        if (words.Count < 3 || words.Count(t => char.IsUpper(t.Surface[0])) * 2 > words.Count)
        {
            yield break;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Norm is not ("in" or "with" or "using" or "on" or "via") || !IsTitleWord(tokens[i], employerWords))
            {
                continue;
            }

            // "Drake Tax" at "Ruiz Tax Service": a later word may be one of the employer's, the name's first may not.
            var last = i;
            while (last + 1 < tokens.Count && last - i < 3 && !tokens[last + 1].BreakBefore && IsTitleWord(tokens[last + 1], EmptyWords))
            {
                last++;
            }

            if (last > i && !IsPlace(string.Join(' ', tokens.Skip(i).Take(last - i + 1).Select(t => t.Surface))))
            {
                yield return (i, last);
            }

            i = last;
        }
    }

    private static readonly HashSet<string> EmptyWords = [];

    private static bool IsTitleWord(SkillToken t, ISet<string> employerWords) =>
        t.Surface.Length > 1 && char.IsUpper(t.Surface[0]) && t.Surface.Skip(1).All(char.IsLower) && !NotSkills.Contains(t.Surface) && !NotSkillWords.Contains(t.Surface)
        && !employerWords.Contains(t.Norm) && !IsPlace(t.Surface) && !Gazetteer.IsRegionAbbreviation(t.Surface);

    /// <summary>
    /// A short requirement line written only in names is a list of products or credentials: "Zephyr RTOS", "Rhino and
    /// Grasshopper", "Relativity Certified Administrator". Each run of capitalised words between "and", "or" and commas
    /// is one; a lone word must still look like a name (a rare word, an acronym, CamelCase) or be listed with a known
    /// skill ("Grasshopper" beside Rhino), so "Bilingual" is not.
    /// </summary>
    private static IEnumerable<(int First, int Last)> ListedNames(PostingSentence sentence, List<SkillToken> tokens, bool[] covered, ISet<string> employerWords)
    {
        if (sentence.Part is not (PostingPart.Requirements or PostingPart.Preferred) || tokens.Count is 0 or > 6 || sentence.Text.TrimEnd().EndsWith('.')
            || !tokens.All(t => t.Norm is "and" or "or" or "/" || char.IsUpper(t.Surface[0]) || char.IsDigit(t.Surface[0])))
        {
            yield break;
        }

        var first = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !(i > first && tokens[i].BreakBefore) && tokens[i].Norm is not ("and" or "or" or "/"))
            {
                continue;
            }

            var start = first;
            while (start < i && Openers.Contains(tokens[start].Norm))
            {
                start++;
            }

            var words = tokens.Skip(start).Take(i - start).ToList();
            var besideKnown = covered.Contains(true) && !covered[start];
            if (words.Count > 1 || words.Count == 1 && (IsNameWord(words[0], 1) || besideKnown && !Vocabulary.ActionVerbs.Contains(words[0].Surface)))
            {
                if (!words.Any(w => NotSkills.Contains(w.Surface) || employerWords.Contains(w.Norm) || IsPlace(w.Surface)))
                {
                    yield return (start, i - 1);
                }
            }

            first = i < tokens.Count && tokens[i].Norm is not ("and" or "or" or "/") ? i : i + 1;
        }
    }

    /// <summary>Capitalised items of a "such as / including / e.g." list: "research tools such as Maze or Dovetail".</summary>
    private static IEnumerable<(int First, int Last, string Name)> SuchAsItems(string text, List<SkillToken> tokens, ISet<string> employerWords)
    {
        foreach (Match list in SuchAs().Matches(text))
        {
            foreach (Match item in ListItem().Matches(list.Groups["items"].Value))
            {
                var name = item.Value.Trim();
                var at = list.Groups["items"].Index + item.Index;
                var first = tokens.FindIndex(x => x.Start == at);
                var last = tokens.FindLastIndex(x => x.End <= at + name.Length);
                if (first < 0 || last < first || NotSkills.Contains(name) || employerWords.Contains(SkillText.Normalize(name)))
                {
                    continue;
                }

                yield return (first, last, name);
            }
        }
    }

    /// <summary>
    /// Noun phrases in what a duty acts on ("Perform sterile compounding of IV admixtures") and in what a requirement
    /// asks experience or knowledge of, kept when the head noun names a method the taxonomy knows or the phrase is a
    /// science by its ending ("hematology", "urinalysis").
    /// </summary>
    private static IEnumerable<(int First, int Last, bool ObjectOnly)> NounPhrases(PostingSentence sentence, List<SkillToken> tokens, HashSet<string> heads)
    {
        var (start, governed, prose) = ObjectStart(sentence, tokens);
        if (start < 0)
        {
            yield break;
        }

        var chunkStart = start;
        for (var i = start; i <= tokens.Count; i++)
        {
            // "read load charts and calculate net capacity": a verb after "and" or a comma opens a new duty, its object follows.
            if (i == chunkStart && i > start && i < tokens.Count && (tokens[i].BreakBefore || tokens[i - 1].Norm is "and" or "or")
                && !IsVerb(tokens[i]) && OpensClause(tokens[i]) && Object(tokens, i + 1))
            {
                chunkStart = i + 1;
                continue;
            }

            var ends = i == tokens.Count || (i > chunkStart && tokens[i].BreakBefore) || LinkWords.Contains(tokens[i].Norm) || tokens[i].Norm == "/";
            if (!ends)
            {
                continue;
            }

            // A lone word after a preposition ("for inpatients") is who or where, not what the duty works with; in prose
            // ("you will lead ... for our next generation of ...") neither is a longer phrase.
            var afterPreposition = chunkStart > start && tokens[chunkStart - 1].Norm is not ("and" or "or") && LinkWords.Contains(tokens[chunkStart - 1].Norm);
            if (Chunk(sentence.Text, tokens, chunkStart, i - 1, heads, afterPreposition, governed && !(prose && afterPreposition)) is { } chunk)
            {
                yield return chunk;
            }

            chunkStart = i < tokens.Count && tokens[i].BreakBefore && !LinkWords.Contains(tokens[i].Norm) && tokens[i].Norm != "/" ? i : i + 1;
        }
    }

    /// <summary>
    /// Where the object of a duty or of "experience with ..." starts (-1 when the sentence has none), and whether a
    /// verb or a cue governs it: what a duty acts on is what the job works with, so any noun phrase there counts.
    /// </summary>
    private static (int Start, bool Governed, bool Prose) ObjectStart(PostingSentence sentence, List<SkillToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (Cues.Contains(tokens[i].Norm) && tokens[i + 1].Norm is "with" or "in" or "of" or "using" or "on")
            {
                return (i + 2, true, false);
            }
        }

        // "You will read blueprints and ...", "As our analyst you'll keep ...": prose says the duty after its subject.
        // "We are hiring a machinist to set up and run ...": so does a hiring sentence, after "to".
        var opening = sentence.Part == PostingPart.Duties && !IsVerb(tokens[0]) ? tokens.FindIndex(t => t.Norm is "you'll" or "will" or "to") : -1;
        if (opening >= 0 && opening + 2 < tokens.Count && (tokens[opening].Norm == "you'll" || opening > 0 && tokens[opening - 1].Norm == "you" || tokens[opening].Norm == "to" && IsVerb(tokens[opening + 1]))
            && OpensWithVerb(tokens.GetRange(opening + 1, tokens.Count - opening - 1)) && tokens[opening + 1].Norm is not ("be" or "have" or "work" or "join" or "report" or "help"))
        {
            var i = opening + 2;
            while (i + 1 < tokens.Count && tokens[i].Norm is "and" or "or" && IsVerb(tokens[i + 1]))
            {
                i += 2;
            }

            return (i, true, true);
        }

        // "Perform ...", "Build and update ...": a duty opens with its verb.
        if (tokens.Count > 1 && (IsVerb(tokens[0]) || sentence.Part == PostingPart.Duties && OpensWithVerb(tokens)))
        {
            var i = 1;
            while (i + 1 < tokens.Count && tokens[i].Norm is "and" or "or" && IsVerb(tokens[i + 1]))
            {
                i += 2;
            }

            // A requirement line that opens with a verb is as often a trait ("Organized, discreet ...") as a duty.
            return (i, sentence.Part == PostingPart.Duties, false);
        }

        // A short requirement line without a verb is a list item: "BLS certification", "PGY1 residency".
        return (sentence.Part is PostingPart.Requirements or PostingPart.Preferred && tokens.Count <= 6 ? 0 : -1, false, false);
    }

    /// <summary>
    /// A duty line opens with its verb in the imperative ("Tune", "Reconcile", "Triage"): a common English word in
    /// lower case or capitalised, not a determiner, pronoun or preposition, and followed by a word rather than punctuation.
    /// </summary>
    private static bool OpensWithVerb(List<SkillToken> tokens)
    {
        var first = tokens[0];
        return first.Surface.Skip(1).All(char.IsLower) && !Openers.Contains(first.Norm) && !LinkWords.Contains(first.Norm) && !Pronouns.Contains(first.Norm)
            && !first.Surface.EndsWith("ing", StringComparison.Ordinal) && !tokens[1].BreakBefore
            && LanguageResources.WordFrequency.Count(first.Norm) >= 20;
    }

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "experience", "experienced", "expertise", "proficiency", "proficient", "knowledge", "familiarity", "familiar", "skilled", "skill",
        "background", "trained", "training", "certification", "certified", "understanding", "competence", "competency", "fluency", "fluent",
        "comfortable", "exposure", "versed", "grounding",
    };

    /// <summary>Verbs that open duties in postings besides the resume action verbs.</summary>
    private static readonly HashSet<string> DutyVerbs = new(StringComparer.Ordinal)
    {
        "use", "apply", "read", "take", "keep", "check", "assign", "verify", "weld", "inspect", "repair", "clear", "collect", "draft",
        "place", "handle", "follow", "help", "work", "assist", "complete", "give", "make", "set", "show", "enter", "file", "fill",
        "cut", "count", "load", "prepare", "update", "rig", "bevel", "lay", "braze", "recover", "evacuate", "charge", "diagnose", "order",
        "interpret", "prescribe", "screen", "connect", "counsel", "calendar", "price", "underwrite", "analyze", "analyse", "evaluate",
    };

    internal static bool IsLinkWord(string norm) => LinkWords.Contains(norm);

    internal static bool IsVerb(SkillToken token) => Vocabulary.ActionVerbs.Contains(token.Surface) || DutyVerbs.Contains(token.Norm);

    private static (int First, int Last, bool ObjectOnly)? Chunk(string text, List<SkillToken> tokens, int first, int last, HashSet<string> heads, bool afterPreposition, bool governed)
    {
        // "to finish assemblies", "and support the annual audit": a verb opens a new duty, not a name.
        while (first <= last && (Openers.Contains(tokens[first].Norm) || tokens[first].Norm.All(c => char.IsDigit(c) || c == '+') || IsVerb(tokens[first])))
        {
            first++;
        }

        // "hardware-in-the-loop testing": the tail of a hyphenated compound is not a phrase of its own.
        if (first <= last && tokens[first].Start > 0 && text[tokens[first].Start - 1] == '-')
        {
            return null;
        }

        if (first > last || last - first > 3)
        {
            return null;
        }

        var head = tokens[last].Norm;
        // "the Phase 3 rollout", "Room 12 handovers": a numbered instance of a thing, not a kind of work.
        if (GenericHeads.Contains(head) || tokens[last].Surface.Any(char.IsDigit) && last == first || Enumerable.Range(first + 1, Math.Max(0, last - first - 1)).Any(k => tokens[k].Surface.All(char.IsDigit) && RankWords.Contains(tokens[k - 1].Norm)))
        {
            return null;
        }

        // Every word lower-case or capitalised: a phrase of shape names stays with the shape rules above.
        if (tokens.Skip(first).Take(last - first + 1).Any(t => IsAcronym(t.Surface) || IsCamelCase(t.Surface)))
        {
            return null;
        }

        // A determiner inside ("explain the reasoning", "following the five rights") makes it a clause, not a name.
        if (tokens.Skip(first + 1).Take(last - first).Any(t => Determiners.Contains(t.Norm)))
        {
            return null;
        }

        // "sterile compounding", "tolerance analysis": a qualified method noun.
        if (last > first && (heads.Contains(head) || head.Length >= 6 && head.EndsWith("ing", StringComparison.Ordinal)))
        {
            return (first, last, false);
        }

        // One word that everyday English does not use is a term of the trade: "urinalysis", "prophylaxis", "overbooking".
        var count = LanguageResources.WordFrequency.Count(tokens[first].Surface);
        if (last == first && !afterPreposition && head.Length > 5 && (ScienceEnding().IsMatch(head) && count < 200 || count < 2))
        {
            return (first, last, false);
        }

        // What a duty acts on or a requirement asks experience of, named by a qualified noun ("prepare privilege logs",
        // "sign digital radiographs") or an activity ("perform sampling"); a bare everyday noun ("queue", "grades") is
        // too general and a phrase ending in a modifier ("keep the kitchen compliant") names no thing.
        var activity = head.Length >= 7 && head.EndsWith("ing", StringComparison.Ordinal);
        return governed && !afterPreposition && (last > first || activity) && !ModifierEnding().IsMatch(head) && !Openers.Contains(head) && !Complements.Contains(head)
            ? (first, last, true)
            : null;
    }

    internal static HashSet<string> HeadsOf(SkillTaxonomy taxonomy)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var skill in taxonomy.Skills.Where(s => !s.IsSoft))
        {
            foreach (var name in skill.Aliases.Prepend(skill.Name))
            {
                var words = SkillText.Tokenize(name);
                if (words.Count >= 2 && words[^1].Surface.All(char.IsLower))
                {
                    counts[words[^1].Norm] = counts.GetValueOrDefault(words[^1].Norm) + 1;
                }
            }
        }

        // A head shared by several skills names a kind of method ("... analysis", "... testing").
        return counts.Where(kv => kv.Value >= 3 && kv.Key.Length > 3 && !GenericHeads.Contains(kv.Key)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 8 && char.IsUpper(word[0]) && word.Count(char.IsUpper) >= 2
        && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '+' || c == 's' && word[^1] == 's');

    private static bool IsCamelCase(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0]))
        {
            return false;
        }

        // "iZotope", "eClinicalWorks", "imageRUNNER": a maker's lower-case prefix counts too.
        for (var k = 0; k < word.Length - 1; k++)
        {
            if (char.IsLower(word[k]) && char.IsUpper(word[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(string word) => Gazetteer.Regions(word).Count > 0 || Gazetteer.Cities(word).Any(c => c.City.Population > 50_000);

    /// <summary>Endings of adjectives, adverbs and participles, which do not head a noun phrase.</summary>
    [GeneratedRegex(@"(ed|ly|ful|ous|ible|able|[^m]ent|ant|ive|ic|al)$")]
    private static partial Regex ModifierEnding();

    [GeneratedRegex(@"(ology|ysis|otomy|ography|oscopy|ometry|iatrics|ectomy)$")]
    private static partial Regex ScienceEnding();

    [GeneratedRegex(@"\b(such as|e\.g\.,?|including|like)\s+(?<items>[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2}(?:,\s*(?:or\s+|and\s+)?[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2})*(?:,?\s+(?:or|and)\s+[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2})?)")]
    private static partial Regex SuchAs();

    [GeneratedRegex(@"[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2}")]
    private static partial Regex ListItem();
}
