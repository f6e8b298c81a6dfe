using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Fields;

/// <summary>Words that tell a job title from an organisation, and degree names from institutions.</summary>
internal static partial class EntryVocabulary
{
    /// <summary>Curated title words, plus the head nouns of every ESCO and O*NET job title (Data/title-words.txt).</summary>
    private static readonly HashSet<string> TitleWords = new(TitleWordsData(), StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "engineering", "developer", "manager", "intern", "internship", "analyst", "assistant", "director",
        "consultant", "scientist", "accountant", "coordinator", "lead", "specialist", "designer", "officer", "researcher",
        "associate", "administrator", "architect", "president", "founder", "co-founder", "cofounder", "cto", "ceo", "cfo",
        "coo", "vp", "head", "chief", "programmer", "technician", "representative", "clerk", "teacher", "instructor",
        "professor", "lecturer", "fellow", "editor", "writer", "nurse", "advisor", "adviser", "supervisor", "executive",
        "partner", "owner", "volunteer", "member", "tutor", "trainee", "apprentice", "student", "mentor", "agent", "auditor",
        "bookkeeper", "receptionist", "secretary", "cashier", "principal", "staff", "sde", "swe", "devops", "sre",
        "contractor", "freelance", "freelancer", "expert", "strategist", "planner", "producer", "therapist", "pharmacist",
        "physician", "attorney", "paralegal", "operator", "mechanic", "electrician", "chef", "cook", "driver", "counselor",
        "coach", "translator", "postdoc", "postdoctoral", "investigator", "scholar", "chair", "captain", "organizer",
        "organiser", "ambassador", "leader", "treasurer", "hacker", "maintainer", "contributor", "tester", "qa",
        "administrative", "senior", "junior", "sr", "jr", "trainer", "marketer", "recruiter", "buyer", "controller",
        "inspector", "surveyor", "pilot", "technologist", "artist", "photographer", "journalist", "reporter", "author",
        "attendant", "worker", "helper", "handler", "secretary-general", "dean", "registrar", "librarian", "curator",
        "moderator", "founding", "scrum", "master", "owner", "steward", "ta", "ra", "assistantship", "resident", "rn", "lpn",
        "cna",
    };

    private static List<string> TitleWordsData()
    {
        using var stream = typeof(EntryVocabulary).Assembly.GetManifestResourceStream("ResumeRefiner.Core.Parsing.Data.title-words.txt")
            ?? throw new InvalidOperationException("The title-word list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }

    private static readonly HashSet<string> OrgWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "llc", "ltd", "limited", "corp", "corporation", "company", "co", "technologies", "technology", "labs", "lab",
        "laboratory", "group", "university", "college", "institute", "school", "bank", "capital", "partners", "solutions",
        "systems", "software", "consulting", "services", "studio", "studios", "agency", "foundation", "hospital", "center",
        "centre", "gmbh", "ag", "sa", "plc", "ventures", "networks", "media", "games", "health", "financial", "management",
        "association", "society", "council", "department", "ministry", "government", "bureau", "office", "club",
        "academy", "clinic", "restaurant", "hotel", "store", "shop", "industries", "holdings", "enterprises", "international",
        "global", "research", "ai", "google", "microsoft", "amazon", "apple", "meta", "facebook", "nvidia", "ibm", "intel",
        "oracle", "netflix", "uber", "deepmind", "openai", "pvt", "bv", "nv", "oy", "ab", "srl", "spa", "kk", "pty",
        "committee", "project", "team", "community", "org", "organization", "organisation", "nonprofit", "church",
        "museum", "library", "firm", "llp", "pc", "press", "magazine", "news", "times", "insurance", "energy", "motors",
        "pharmaceuticals", "therapeutics", "biosciences", "analytics", "digital", "interactive", "entertainment", "works",
        "factory", "cloud", "data", "dynamics", "robotics", "security", "platforms", "associates",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "university", "universität", "universidad", "université", "universidade", "università", "universiteit", "college",
        "institute", "school", "academy", "polytechnic", "politecnico", "conservatory", "seminary", "iit", "mit", "epfl", "eth",
        "ucla", "nyu", "cmu", "kaist", "hochschule", "gymnasium", "lycée", "lyceum", "faculty", "campus", "univ", "tech",
        "instituto", "escuela", "école", "ecole", "universitat", "uni",

        // The words other countries use for their schools and universities.
        "hogeschool", "universitet", "universitetet", "üniversitesi", "universiti", "universitas", "politechnika", "lisesi",
        "liceo", "lycee", "gimnazjum", "gymnázium", "gimnazija", "škola", "szkoła", "skola", "escola", "colegio", "colégio",
        "facultad", "faculdade", "instituut", "conservatoire", "tafe", "cégep", "cegep", "kolej", "fachhochschule",
        "coláiste", "colaiste", "scoil", "ihk", "handwerkskammer", "akademie", "akademia", "academia", "universitatea", "egyetem",
        "yliopisto", "högskola", "högskolan", "høgskole", "institut", "institutt", "istituto", "instytut", "sekolah", "daigaku",
        "vidyalaya", "mahavidyalaya", "vidyapeeth", "okulu", "liceum", "technikum", "polytechnique", "politécnica", "politécnico",
        "tecnológico", "tecnologico", "iut", "insa", "berufsschule", "berufskolleg", "gesamtschule", "realschule",
    };

    [GeneratedRegex(@"\b(?:c?gpa|grade|score|gpa/cgpa|average|percentage|(?-i:CAP)|(?:note|nota|voto|moyenne)(?=\s*:))\b\s*[:=]?\s*(?<score>\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?(?:\s*\([^)]*\))?%?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreRegex();

    [GeneratedRegex(@"[\p{L}][\p{L}'’.&-]*")]
    private static partial Regex WordRegex();

    // One array for every word: Trim's params array would otherwise be allocated for each of them.
    private static readonly char[] WordEdges = ['.', '\'', '’', '-'];

    private static IEnumerable<string> Words(string text) =>
        WordRegex().Matches(text).Select(m => m.Value.Trim(WordEdges));

    /// <summary>How title-like a text is; a title word at the end ("... Engineer") counts double, as titles end in their head noun.</summary>
    public static int TitleScore(string text)
    {
        var words = Words(text).ToList();
        var score = words.Count(IsTitleWord);
        if (words.Count > 0 && IsTitleWord(words[^1]))
        {
            score++;
        }

        return score;
    }

    private static bool IsTitleWord(string w) =>
        TitleWords.Contains(w) || w.EndsWith("-founder", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ist", StringComparison.OrdinalIgnoreCase) && w.Length > 6;

    public static int OrgScore(string text) => Words(text).Count(OrgWords.Contains);

    public static bool IsInstitution(string text) => Words(text).Any(InstitutionWords.Contains);

    /// <summary>"High school" or "High School Diploma" is a level of study, although "school" is an institution word.</summary>
    public static bool IsSchoolLevel(string studyType) => SchoolLevelRegex().IsMatch(studyType);

    [GeneratedRegex(@"^(?:high|secondary)\s+school(?:\s+(?:diploma|certificate|graduate))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolLevelRegex();

    /// <summary>"Master of Science in Computer Science" → ("Master of Science", "Computer Science"); scores are not the field.</summary>
    public static (string StudyType, string? Area)? ParseDegree(string text)
    {
        if (Degrees.Parse(text) is not { } degree)
        {
            return null;
        }

        var area = degree.Area is null ? string.Empty
            : Text.TextCleaner.TrimUnbalanced(ScoreRegex().Replace(degree.Area, string.Empty).Trim().Trim(',', ';', '-', '–').Trim());
        area = CleanArea(area);

        // "Bachelor of Engineering (Mechanical)": the field in brackets.
        if (area.Length > 2 && area[0] == '(' && area[^1] == ')' && area.IndexOf(')', StringComparison.Ordinal) == area.Length - 1)
        {
            area = area[1..^1].Trim();
        }

        return (degree.StudyType, area.Length > 0 ? area : null);
    }

    [GeneratedRegex(@"(?<=\S)(?:(?:\s*[,;(]\s*|\s+[-–—]\s+|\s+(?=with\s))(?:with\s+)?(?:an?\s+)?(?:minor\b|first[- ]class|upper\s+second|lower\s+second"
        + @"|second[- ]class|distinction|merit|high\s+distinction|honou?rs|(?:summa\s+|magna\s+)?cum\s+laude|dean['’]?s\s+(?:honou?rs?\s+)?list|honou?r\s+roll"
        + @"|(?:c?gpa|grade|score)\b\s*:?)[^(),;]*\)?"
        + @"|\s*[,;(]\s*(?:2[:.][12]|1st|2nd|3rd)(?:\s+class)?(?:\s+honou?rs)?\)?"
        + @"|\s*\(\d+(?:[.,]\d+)?\s*(?:/\s*\d+(?:[.,]\d+)?|%)\)"
        + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreaTailRegex();

    // "First Class Honours", "2:1", "Magna Cum Laude" alone: the class of a degree, never its field.
    [GeneratedRegex(@"^\(?(?:with\s+)?(?:first[- ]class|upper\s+second|lower\s+second|second[- ]class|third[- ]class|high\s+distinction|distinction|merit|honou?rs|(?:summa\s+|magna\s+)?cum\s+laude|2[:.][12]|1st|2nd|3rd)(?:\s+(?:class|honou?rs|degree|division|\(hons\)))*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HonoursOnlyRegex();

    /// <summary>
    /// A field of study without what is printed around it: "Major in Biology, Minor in Chemistry" → "Biology"; "Data
    /// Science (Distinction)", "Nursing (MSN)", "Physics, GPA: 3.8": a minor, a class of degree, a score or the degree's
    /// own abbreviation after the field are not the field.
    /// </summary>
    public static string CleanArea(string area)
    {
        area = Degrees.TrimAreaLead(area);
        if (HonoursOnlyRegex().IsMatch(area))
        {
            return string.Empty;
        }

        for (var previous = string.Empty; previous != area;)
        {
            previous = area;
            area = AreaTailRegex().Replace(area, string.Empty).Trim().TrimEnd(',', ';', '-', '–').Trim();

            // "Nursing (MSN)": the degree's abbreviation, but not the field's own ("Electronics Engineering (EE)").
            var open = area.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && area.EndsWith(')') && Degrees.Parse(area[(open + 2)..^1]) is { Area: null })
            {
                area = area[..open].Trim();
            }
        }

        return area;
    }

    // "University of Wisconsin–Madison Summa Cum Laude": a class of degree printed after the school's name.
    [GeneratedRegex(@"(?:\s*[,;(–—-]\s*|\s+)(?:with\s+)?(?:(?:summa\s+|magna\s+)?cum\s+laude|first[- ]class\s+honou?rs|(?:high\s+)?distinction|honou?rs)\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolHonoursTailRegex();

    /// <summary>A school's name without a class of degree printed after it ("… Summa Cum Laude", "…, with Distinction").</summary>
    public static string CleanInstitution(string institution) =>
        SchoolHonoursTailRegex().Replace(institution, string.Empty).Trim() is { Length: > 0 } clean ? clean : institution;

    public static string? FindScore(string text)
    {
        var m = ScoreRegex().Match(text);
        return m.Success ? m.Groups["score"].Value.Trim() : null;
    }

    public static string RemoveScore(string text) => ScoreRegex().Replace(text, string.Empty).Trim().Trim(',', ';', '-', '–', '|').Trim();
}
