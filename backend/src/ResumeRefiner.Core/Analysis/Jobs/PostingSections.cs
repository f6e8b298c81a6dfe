using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>What a part of a posting is for; it decides whether its words can be skills, and required ones.</summary>
internal enum PostingPart
{
    Title,
    Header,
    Company,
    Role,
    Duties,
    Requirements,
    Preferred,
    Benefits,
    Legal,
}

/// <summary>One sentence of a posting with the part it sits in.</summary>
/// <param name="Heading">The sentence is a whole heading line ("Minimum Qualifications", "Preferred: HubSpot").</param>
internal sealed record PostingSentence(string Text, PostingPart Part, int Line, bool Heading = false);

/// <summary>
/// Splits a posting into sentences labelled by section. Headings are recognised by their words
/// ("What we're looking for", "Nice to have", "Benefits"), and whatever sits above the first heading
/// is a company blurb when it speaks as "we"/"our", the role otherwise.
/// </summary>
internal static partial class PostingSections
{
    private static readonly (PostingPart Part, Regex Pattern)[] Headings =
    [
        (PostingPart.Legal, HeadingRegex(@"equal (employment )?opportunit|\beeo\b|legal|disclaimer|accommodation|privacy")),
        // What the job demands of the body and where it happens, and how hiring proceeds: conditions, not skills.
        (PostingPart.Legal, HeadingRegex(@"physical (demands|requirements|abilities|activities)|working conditions|work(ing)? environment|selection (process|procedure)|(application|hiring) process|how to apply|conditions of employment")),
        (PostingPart.Benefits, HeadingRegex(@"benefit|perk|we offer|what we offer|our offer|compensation|salary|\bpay\b|why (join|work)|what'?s in it|rewards|total rewards|what you('ll| will) get")),
        (PostingPart.Preferred, HeadingRegex(@"nice[ -]to[ -]have|preferred|bonus|plus(es)?\b|desired|desirable|extra credit|good to have|would be great|ideal(ly)?|stand out|not required|optional")),
        (PostingPart.Requirements, HeadingRegex(@"requirement|qualification|looking for|you('ll| will) (bring|need)|what you (need|bring|have)|must[ -]have|^you must( have)?$|^you should( have)?$|who you are|about you|you have|you bring|skills|experience|required|need to succeed|what we need|what it takes|competenc|credential|education|licens|certif")),
        (PostingPart.Duties, HeadingRegex(@"responsib|dut(y|ies)|what you('ll| will) do|you will|day[ -]to[ -]day|in this role|your impact|what you('ll| will) work on|the work|key (tasks|accountabilit)|accountabilit|essential functions|tasks|your role")),
        (PostingPart.Company, HeadingRegex(@"who we are|our (company|story|mission|culture|values)|company overview|about (us|the company)|why us")),
        (PostingPart.Role, HeadingRegex(@"the role|the position|about the (role|job|position|opportunity)|position (summary|overview)|job (summary|description|overview)|role (summary|overview)|overview|summary|the opportunity|the job")),
        (PostingPart.Company, HeadingRegex(@"^about (us|the company)$|who we are|our (company|story|mission|culture|values|team)|company overview|about [a-z0-9 .&']+$|^(the )?company$|why us")),
    ];

    public static List<PostingSentence> Split(string posting)
    {
        var lines = posting.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new List<PostingSentence>();
        var part = PostingPart.Role;
        var seenTitle = false;
        var seenHeading = false;
        string? employer = null;
        for (var n = 0; n < lines.Length; n++)
        {
            // Markdown and rich-text exports wrap headings in "##" or "**"; the words are what matter.
            var line = MarkdownDecoration().Replace(lines[n].Trim(), "").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!seenTitle)
            {
                // A page label such as "Job Description" above the real title is not the title.
                if (PageLabel().IsMatch(line))
                {
                    continue;
                }

                seenTitle = true;
                result.Add(new PostingSentence(line, PostingPart.Title, n));
                continue;
            }

            var isHeading = IsHeading(line, out var headingPart);
            if (isHeading)
            {
                part = headingPart;
                seenHeading = true;
                // A heading is read as content too: "Preferred: HubSpot" and an unbulleted
                // "Experience with Figma" both carry skills, while "Benefits" yields none.
            }

            var lineBody = StripBullet(line);
            // Bullets under an unrecognised heading ("Your day") inside the role description list what the job does.
            var linePart = part == PostingPart.Role && seenHeading && lineBody.Length < line.Length ? PostingPart.Duties : part;
            // A paragraph is never the header line, whatever commas it holds.
            var isHeader = !seenHeading && result.Count == 1 && lineBody.Length <= 100 && IsCompanyLine(lineBody);
            if (isHeader)
            {
                // The line right under the title is usually "Company — City, ST".
                linePart = PostingPart.Header;
                employer = EmployerName(lineBody);
            }

            foreach (var sentence in Sentences(lineBody))
            {
                var sentencePart = isHeader ? PostingPart.Header : linePart == PostingPart.Role ? RoleVoice(sentence, seenHeading, employer) : linePart;
                if (LegalText().IsMatch(sentence))
                {
                    sentencePart = PostingPart.Legal;
                }
                else if (linePart is not (PostingPart.Requirements or PostingPart.Preferred) ? BenefitText().IsMatch(sentence) : PlainBenefitText().IsMatch(sentence))
                {
                    sentencePart = PostingPart.Benefits;
                }

                result.Add(new PostingSentence(sentence, sentencePart, n, isHeading));
            }
        }

        return result;
    }

    /// <summary>
    /// What a sentence of role prose is, read from who speaks and to whom: the employer about itself ("Harbor Tool
    /// machines parts for Boeing", "our clinics run on Epic" before any heading) is the company; a sentence to the
    /// candidate asks for something ("Candidates need three years of ...", "experience with X is a plus") or says what
    /// the job does ("You will read blueprints and ..."), which prose-only postings never put under a heading.
    /// </summary>
    private static PostingPart RoleVoice(string sentence, bool seenHeading, string? employer)
    {
        if (CandidateNeeds().IsMatch(sentence))
        {
            return PostingPart.Requirements;
        }

        if (CandidateDoes().IsMatch(sentence) || Hiring().IsMatch(sentence) && HiringTo().IsMatch(sentence))
        {
            return PostingPart.Duties;
        }

        var aboutEmployer = employer is not null && sentence.StartsWith(employer, StringComparison.Ordinal) && !Hiring().IsMatch(sentence);
        return aboutEmployer || !seenHeading && WeVoice().IsMatch(sentence) && !Hiring().IsMatch(sentence) ? PostingPart.Company : PostingPart.Role;
    }

    /// <summary>The employer's first word in "Brightwater Precision — Kenosha, WI": how the blurb names it.</summary>
    private static string? EmployerName(string header)
    {
        var name = header.Split(['\u2014', '|', ','])[0].Split(" - ")[0].Trim();
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is { Length: >= 3 } && char.IsUpper(first[0]) && first is not ("The" or "Remote") ? first : null;
    }

    /// <summary>A short line that names a section; content lines (bullets, sentences) never are.</summary>
    internal static bool IsHeading(string line, out PostingPart part)
    {
        part = PostingPart.Role;
        if (line.Length > 70 || BulletStart().IsMatch(line))
        {
            return false;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? line[..colon] : line;
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 7 || head.EndsWith('.') || (colon > 0 && words > 5))
        {
            return false;
        }

        foreach (var (candidate, pattern) in Headings)
        {
            if (pattern.IsMatch(head.Trim()))
            {
                part = candidate;
                return true;
            }
        }

        // An unknown short line ending in a colon ("Tools we use:") still opens a section.
        return colon == line.Length - 1;
    }

    private static bool IsCompanyLine(string line) =>
        line.Contains('\u2014', StringComparison.Ordinal) || line.Contains(" | ", StringComparison.Ordinal)
        || line.Contains(" - ", StringComparison.Ordinal) || CityState().IsMatch(line);

    internal static string StripBullet(string line) => BulletStart().Replace(line, "").Trim();

    /// <summary>Sentences of one line: a full stop followed by a capital ends one; "e.g." and "U.S." do not.</summary>
    internal static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 1; i < line.Length - 2; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && (char.IsUpper(line[i + 2]) || char.IsDigit(line[i + 2])) && !IsAbbreviation(line, i))
            {
                yield return line[start..(i + 1)].Trim();
                start = i + 2;
            }
        }

        if (start < line.Length)
        {
            yield return line[start..].Trim();
        }
    }

    private static bool IsAbbreviation(string line, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && line[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        var word = line[wordStart..dot];
        return word.Length <= 1 || word.Contains('.', StringComparison.Ordinal)
            || word is "St" or "Co" or "Inc" or "Dr" or "Mr" or "Ms" or "Mrs" or "Jr" or "Sr" or "vs" or "etc" or "e.g" or "i.e" or "approx" or "Ltd" or "Corp";
    }

    private static Regex HeadingRegex(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"^\s*([-*•·▪‣◦●■□➢➤–—]|\d{1,2}[.)])\s*")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"^#{1,6}\s+|^\*\*(?=\S)|(?<=\S)\*\*:?$|^__|__$")]
    private static partial Regex MarkdownDecoration();

    [GeneratedRegex(@"^(job description|job posting|job opening|job details|position description|careers?|now hiring|we're hiring|open position)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"\b(we|we're|we've|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeVoice();

    [GeneratedRegex(@"\b(we('re| are)( now)? (hiring|looking for|seeking|searching for|recruiting)|join (us|our)|this (role|position|job) (is|will|requires|involves)|you('ll| will| would) (join|be joining))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hiring();

    [GeneratedRegex(@"\bto (help )?[a-z]+ (and [a-z]+ )?[a-zA-Z]")]
    private static partial Regex HiringTo();

    [GeneratedRegex(@"\b((the )?(ideal |successful |qualified )?(candidates?|applicants?|you) (need|needs|must|should|will need|have|has|bring|brings)|(is|are) (required|a must|preferred|a plus|a bonus)|would be a plus|we('d| would) (like|love|want) (you|candidates|applicants) to (have|bring|hold|know)|we (want|expect|need|require) (you|candidates|applicants) to (have|bring|hold|know)|(experience|knowledge|proficiency|familiarity) (with|in|of) .*\b(required|preferred|plus|needed|essential|must)|(at least|minimum of) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateNeeds();

    [GeneratedRegex(@"\b(you('ll| will)|you would|you'd|in this role,? you|the (role|position|job) (involves|includes))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CandidateDoes();

    [GeneratedRegex(@",\s*[A-Z]{2}\b|\bremote\b", RegexOptions.IgnoreCase)]
    private static partial Regex CityState();

    [GeneratedRegex(@"equal (employment )?opportunit|affirmative action|discriminat|without regard to|protected (veteran|status|characteristic|class)|race, colou?r|sexual orientation|gender identity|reasonable accommodation|background check|drug (screen|test)|immunization|vaccinat|e-verify|\bITAR\b|U\.S\. person|contingent (up)?on|visa sponsorship|privacy (notice|policy)|personal data|tobacco-free|smoke-free|at-will|all qualified applicants|we celebrate diversity|inclusive (environment|workplace)|diverse team|fair chance|fingerprint|polygraph|\bTitle IX\b|condition of (employment|hire)|pre-employment|post-offer|\b(all|every) (staff|employees?|team members|new hires)\b|influenza|flu (shot|vaccine)|\b(pass|passing|undergo|clear|complete) (a |an )?[\w-]*\s?[\w-]*\s?(background|criminal|security) (check|investigation|screening)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalText();

    [GeneratedRegex(@"\$\s?\d|\b401\s?\(k\)|\b403\s?\(b\)|\bPTO\b|paid time off|(medical|health),? (and )?dental|dental (insurance|coverage|plan|benefits?)|dental and vision|vision (insurance|coverage)|pension|retirement (plan|system)|paid holidays|parental leave|stipend|tuition|reimbursement|employee discount|stock options|\bequity\b|sign-on bonus|signing bonus|sabbatical|per hour|salary|compensation|health insurance|life insurance|disability insurance|wellness|commuter|free (parking|lunch|snacks)|child ?care", RegexOptions.IgnoreCase)]
    private static partial Regex BenefitText();

    /// <summary>Benefit words that never describe a requirement, for offers written inside a requirements list.</summary>
    [GeneratedRegex(@"\bwe offer\b|\b401\s?\(k\)|\b403\s?\(b\)|\bPTO\b|paid time off|dental (insurance|coverage|plan|benefits?)|health insurance|tuition|employee discount|company (truck|car|vehicle)|competitive (pay|salary|wages)", RegexOptions.IgnoreCase)]
    private static partial Regex PlainBenefitText();
}
