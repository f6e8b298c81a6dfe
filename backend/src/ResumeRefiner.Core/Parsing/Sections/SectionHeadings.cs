using System.Text;
using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Sections;

internal enum SectionKind
{
    /// <summary>Text before the first heading: name, title, contact details.</summary>
    Header,
    Summary,
    Experience,
    Education,
    Skills,
    Projects,
    Certifications,
    Languages,
    Awards,
    Publications,
    Volunteer,
    Interests,
    References,
    Contact,
    Courses,
    /// <summary>A heading we recognise as a heading but whose content has no JSON Resume home.</summary>
    Other,
}

/// <summary>The heading vocabulary: the names resumes give their sections, with synonyms.</summary>
internal static partial class SectionHeadings
{
    private static readonly Dictionary<string, SectionKind> Vocabulary = Build();

    /// <summary>Every word of the vocabulary: a heading made only of these recombines known heading words.</summary>
    private static readonly HashSet<string> VocabularyWords = Vocabulary.Keys.SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words that name a section on their own; in a recombined heading the first one decides.</summary>
    private static readonly Dictionary<string, SectionKind> HeadWords = new(StringComparer.Ordinal)
    {
        ["experience"] = SectionKind.Experience,
        ["experiences"] = SectionKind.Experience,
        ["employment"] = SectionKind.Experience,
        ["education"] = SectionKind.Education,
        ["skills"] = SectionKind.Skills,
        ["competencies"] = SectionKind.Skills,
        ["expertise"] = SectionKind.Skills,
        ["proficiencies"] = SectionKind.Skills,
        ["projects"] = SectionKind.Projects,
        ["certifications"] = SectionKind.Certifications,
        ["certificates"] = SectionKind.Certifications,
        ["licenses"] = SectionKind.Certifications,
        ["licences"] = SectionKind.Certifications,
        ["credentials"] = SectionKind.Certifications,
        ["languages"] = SectionKind.Languages,
        ["awards"] = SectionKind.Awards,
        ["honors"] = SectionKind.Awards,
        ["honours"] = SectionKind.Awards,
        ["achievements"] = SectionKind.Awards,
        ["publications"] = SectionKind.Publications,
        ["volunteering"] = SectionKind.Volunteer,
        ["volunteer"] = SectionKind.Volunteer,
        ["summary"] = SectionKind.Summary,
        ["profile"] = SectionKind.Summary,
        ["objective"] = SectionKind.Summary,
        ["interests"] = SectionKind.Interests,
        ["hobbies"] = SectionKind.Interests,
        ["references"] = SectionKind.References,
        ["referees"] = SectionKind.References,
        ["coursework"] = SectionKind.Courses,
        ["certification"] = SectionKind.Certifications,
        ["licensure"] = SectionKind.Certifications,
    };

    private static readonly Dictionary<string, SectionKind> Squashed = Vocabulary
        .GroupBy(p => p.Key.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static Dictionary<string, SectionKind> Build()
    {
        var map = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        void Add(SectionKind kind, params string[] names)
        {
            foreach (var n in names)
            {
                map[Normalize(n)] = kind;
            }
        }

        Add(SectionKind.Experience, "experience", "academic appointments", "appointments", "academic positions", "academic experience", "professional appointments", "academic employment", "postdoctoral experience", "employment record", "career experience", "work record", "experiences", "work experience", "professional experience", "work history",
            "employment", "employment history", "career history", "relevant experience", "research experience",
            "industry experience", "professional background", "work", "career", "positions", "positions held",
            "internships", "internship experience", "professional history", "job history", "working experience",
            "relevant work experience", "experience and internships", "teaching experience", "research", "military experience",
            "research and work experience", "work and research experience", "professional employment");
        Add(SectionKind.Education, "education", "academic background", "education and training", "academic qualifications",
            "educational background", "academics", "degrees", "academic degrees", "academic history", "education history", "qualifications and education",
            "education and certifications", "academic credentials", "training and education", "trade training", "technical training",
            "apprenticeship", "apprenticeships", "apprenticeship and training", "vocational training", "trade school");
        Add(SectionKind.Skills, "skills", "top skills", "tools and equipment", "equipment and tools", "equipment", "tools and machinery", "machinery and equipment", "trade skills", "areas of strength", "key strengths", "core strengths", "capabilities", "technical capabilities", "specialties", "specialities", "knowledge", "skill highlights", "skill", "technical skills", "core competencies", "competencies", "key skills", "skills and expertise",
            "areas of expertise", "expertise", "skill set", "skillset", "technical proficiencies", "technologies", "tools",
            "technical expertise", "professional skills", "skills and abilities", "skills summary", "core skills",
            "relevant skills", "tech stack", "technical summary", "computer skills", "software", "programming",
            "programming skills", "skills and tools", "tools and technologies", "technical competencies", "strengths",
            "abilities", "skills and interests", "skills and competencies", "hard skills", "soft skills", "it skills",
            "digital skills", "qualifications", "toolbox", "toolkit");
        Add(SectionKind.Projects, "projects", "personal projects", "selected projects", "academic projects", "side projects",
            "key projects", "open source", "open source projects", "project experience", "technical projects", "relevant projects",
            "notable projects", "project", "portfolio", "research projects", "projects and research", "project history",
            "client projects", "selected engagements", "client engagements", "consulting engagements", "engagements", "assignments",
            "client assignments");
        Add(SectionKind.Certifications, "certifications", "tickets", "licenses and tickets", "tickets and licenses", "safety training", "safety certifications", "certifications and safety training", "licenses and permits", "certificates", "certification", "licenses", "licences",
            "licenses and certifications", "certifications and licenses", "licences and certifications",
            "courses and certifications", "certifications and training", "professional certifications", "training",
            "credentials", "accreditations", "professional development", "licensure", "certification and licensure", "training and certificates",
            "professional qualifications");
        Add(SectionKind.Languages, "languages", "spoken languages", "language skills", "language", "foreign languages",
            "language proficiency");
        Add(SectionKind.Awards, "awards", "grants and fellowships", "fellowships and grants", "research funding", "funding", "grants and awards", "awards and grants", "honors", "honours", "honors and awards", "awards and honors", "honours and awards",
            "awards and honours", "achievements", "accomplishments", "scholarships", "awards and achievements",
            "achievements and awards", "recognition", "recognitions", "distinctions", "prizes", "honors and achievements",
            "key achievements", "selected achievements", "fellowships", "grants", "scholarships and awards", "awards and scholarships");
        Add(SectionKind.Publications, "publications", "presentations", "invited talks", "talks", "conference presentations", "peer reviewed publications", "refereed publications", "book chapters", "publications and presentations", "papers", "research papers", "selected publications", "publication",
            "conference papers", "journal articles", "articles");
        Add(SectionKind.Volunteer, "volunteer", "volunteering", "volunteer experience", "volunteer work", "community involvement",
            "community service", "extracurricular activities", "extracurricular activity", "extracurriculars", "activities",
            "leadership", "leadership and activities", "leadership experience", "volunteer activities", "social engagement",
            "extra curricular activities", "leadership and volunteering", "volunteering and leadership", "board service", "boards",
            "board memberships", "board positions", "board experience", "board and community leadership", "community leadership",
            "boards and affiliations", "board and civic leadership", "civic leadership", "civic engagement");
        Add(SectionKind.Summary, "summary", "profile", "objective", "professional summary", "career objective", "about me", "about",
            "career summary", "executive summary", "personal profile", "summary of qualifications", "professional profile",
            "overview", "personal statement", "career profile", "introduction", "bio", "professional overview", "career goal", "hello");
        Add(SectionKind.Interests, "interests", "research interests", "teaching interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies",
            "other interests");
        Add(SectionKind.References, "references", "referees", "reference");
        Add(SectionKind.Contact, "contact", "contact information", "contact info", "personal information", "personal details",
            "contact details", "contact me", "get in touch", "details", "personal info", "personal data", "links", "social");
        Add(SectionKind.Other, "additional information", "other information", "miscellaneous", "annexes", "professional service",
            "memberships", "professional memberships", "affiliations", "professional affiliations", "service", "university service",
            "courses taught", "teaching activities", "teaching and supervision", "teaching", "supervision", "student supervision",
            "mentoring and supervision", "clinical rotations", "editorial service", "peer review", "reviewing",
            "equipment operated", "equipment used", "machinery operated", "vehicles operated", "plant operated", "vehicles and equipment");
        Add(SectionKind.Courses, "coursework", "relevant coursework", "courses", "selected coursework", "related coursework");
        return map;
    }

    /// <summary>Lower case, "&amp;" as "and", letters and spaces only.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal).Replace("+", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '-' or ',')
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The section a heading text names, or null when it is not a known heading.</summary>
    public static SectionKind? Match(string text)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > 48 || trimmed.Any(char.IsDigit))
        {
            return null;
        }

        var key = Normalize(trimmed);
        if (key.Length == 0)
        {
            return null;
        }

        if (Vocabulary.TryGetValue(key, out var kind))
        {
            return kind;
        }

        // Letter-spaced or kerned headings ("E X P E R I E N C E", "exp erience") lose or gain spaces.
        var squashed = key.Replace(" ", string.Empty, StringComparison.Ordinal);
        var words = key.Split(' ');
        if (words.Length <= 12 && Squashed.TryGetValue(squashed, out kind))
        {
            return kind;
        }

        // Known heading words recombined ("Education and Qualifications", "Awards & Certifications").
        if (words.Length <= 5 && words.All(VocabularyWords.Contains))
        {
            foreach (var word in words)
            {
                if (HeadWords.TryGetValue(word, out kind))
                {
                    return kind;
                }
            }
        }

        // "Clinical Experience", "Teaching & Related Experience", "Classroom Skills & Technology", "Executive Profile": a
        // trade's word before the heading's head word names the same section in that trade's words.
        if (words.Length is >= 2 and <= 4 && TradeHeadRegex().Match(key) is { Success: true } head)
        {
            return head.Groups["experience"].Success ? SectionKind.Experience
                : head.Groups["skills"].Success ? SectionKind.Skills : SectionKind.Summary;
        }

        return null;
    }

    [GeneratedRegex(@"^(?!linkedin |github |online |social )[a-z]+(?: and [a-z]+)? (?:(?<experience>experience)|(?<skills>skills|competencies)(?: and [a-z]+)?|(?<profile>profile))$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeHeadRegex();

    /// <summary>
    /// A heading that qualifies "Experience" or "Skills" with a word of the trade or setting ("Nursing Experience",
    /// "Professional Nursing Experience", "Clinical Skills"): known heading words and one word of its own before the last. Such a line may as well be an entry's or a group's name, so it is a heading
    /// only where it is styled like the document's other headings.
    /// </summary>
    public static SectionKind? MatchQualified(string text)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > 48 || trimmed.Any(char.IsDigit) || Match(trimmed) is not null)
        {
            return null;
        }

        var words = Normalize(trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = words.Where(w => !VocabularyWords.Contains(w)).ToList();
        if (words.Length is < 2 or > 5 || own.Count != 1 || own[0].Length < 4 || Array.IndexOf(words, own[0]) == words.Length - 1)
        {
            return null;
        }

        return words[^1] switch
        {
            "experience" => SectionKind.Experience,
            "skills" => SectionKind.Skills,
            _ => null,
        };
    }

    /// <summary>
    /// The vocabulary heading an OCR line is a misreading of ("EpucaTion", "Work ExPeERIENCE": small capitals and
    /// thin type come back with a letter or two wrong), or null. One edit is allowed from 5 letters, two from 12;
    /// shorter words, and a vocabulary word with only its ending changed ("Experienced", "Careers"), are ordinary words, not misreadings. Only for text that came from OCR and stands alone like a
    /// heading: a text layer spells its headings right.
    /// </summary>
    public static string? NearestOcrHeading(string text)
    {
        var trimmed = text.Trim().TrimEnd(':').Trim();
        if (trimmed.Length is 0 or > 48 || trimmed.Any(char.IsDigit))
        {
            return null;
        }

        var key = Normalize(trimmed);
        var squashed = key.Replace(" ", string.Empty, StringComparison.Ordinal);
        var allowed = squashed.Length >= 12 ? 2 : squashed.Length >= 5 ? 1 : 0;
        if (allowed == 0 || key.Split(' ').Length > 4)
        {
            return null;
        }

        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var (candidate, _) in Squashed)
        {
            if (Math.Abs(candidate.Length - squashed.Length) > allowed || DiffersOnlyInEnding(candidate, squashed, allowed))
            {
                continue;
            }

            var distance = EditDistance(candidate, squashed, bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is null ? null : Vocabulary.Keys.First(k => k.Replace(" ", string.Empty, StringComparison.Ordinal) == best);
    }

    /// <summary>Whether two words share all but their last few letters: another form of the word, not a misreading.</summary>
    private static bool DiffersOnlyInEnding(string a, string b, int letters)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= Math.Min(a.Length, b.Length) - letters;
    }

    /// <summary>Levenshtein distance, or any value ≥ <paramref name="limit"/> once it is known to reach it.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= limit)
            {
                return limit;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
