using System.Text.RegularExpressions;
using ResumeRefiner.Core.Parsing.Fields;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>
/// Degree words in postings and resumes, mapped to the levels of <see cref="EducationLevels"/>. Degree names themselves
/// are the parser's <see cref="Degrees"/> (one recogniser for "M.S.", "B.Sc.", "PharmD", "Licenciatura" ...); this adds
/// how postings phrase them in sentences ("a four-year degree", "BSN preferred", "degree not required").
/// </summary>
internal static partial class EducationLevelsText
{
    public static bool IsEducationSentence(string sentence) =>
        DegreeWords().IsMatch(sentence) || Degrees.FindAbbreviated(sentence).Any();

    /// <summary>The level of a degree the parser recognised; null for certificates, which have no level here.</summary>
    public static int? LevelOf(DegreeLevel level) => level switch
    {
        DegreeLevel.Secondary => 0,
        DegreeLevel.Associate => 1,
        DegreeLevel.Bachelor => 2,
        DegreeLevel.Master => 3,
        DegreeLevel.Doctorate => 4,
        _ => null,
    };

    /// <summary>Every level a text names (indices into <see cref="EducationLevels.Names"/>).</summary>
    public static IEnumerable<int> Levels(string text)
    {
        foreach (var level in Degrees.FindAbbreviated(text).Select(d => LevelOf(d.Level)).OfType<int>().Distinct())
        {
            yield return level;
        }

        if (Doctorate().IsMatch(text))
        {
            yield return 4;
        }

        if (Master().IsMatch(text))
        {
            yield return 3;
        }

        if (Bachelor().IsMatch(text))
        {
            yield return 2;
        }

        if (Associate().IsMatch(text))
        {
            yield return 1;
        }

        if (HighSchool().IsMatch(text))
        {
            yield return 0;
        }
    }

    /// <summary>
    /// Levels a posting sentence asks for, leaving out clauses that only prefer one ("BSN preferred",
    /// "some college is a plus") and degrees that are "welcome but not required".
    /// </summary>
    public static IEnumerable<int> RequiredLevels(string sentence)
    {
        if (NotRequired().IsMatch(sentence))
        {
            yield break;
        }

        var any = false;
        foreach (var clause in sentence.Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Preferred().IsMatch(clause))
            {
                continue;
            }

            foreach (var level in Levels(clause))
            {
                any = true;
                yield return level;
            }
        }

        // "A degree in a related field" without a level is, in practice, a four-year degree.
        if (!any && GenericDegree().IsMatch(sentence) && !Preferred().IsMatch(sentence))
        {
            yield return 2;
        }
    }

    [GeneratedRegex(@"\b(degree|diploma|bachelor|master'?s|ph\.?d|doctorate|doctoral|GED|graduate of|high school|undergraduate|college|university|law school|doctor of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeWords();


    [GeneratedRegex(@"\b(ph\.?\s?d|doctorate|doctoral degree|doctor of|juris doctor|\bJ\.D\.|\bJD\b|Pharm\.?D|\bDNP\b|\bDPT\b|Psy\.?D|\bEd\.?D\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Doctorate();

    [GeneratedRegex(@"(?i:\bmaster'?s?\b(?! (plumber|electrician|carpenter|technician|data|schedule|scheduling|class|black belt|degree in progress)))|(?i:graduate degree)|\b(MS|MA|MSc|MBA|MSN|MEng|MPH|MSW|MFA|MEd|M\.S\.|M\.A\.|M\.Ed\.)\b(?!\s+(Excel|Office|Word|Project|Access|Teams|Dynamics|SQL|PowerPoint|Outlook|Visio))")]
    private static partial Regex Master();

    [GeneratedRegex(@"(?i:bachelor|undergraduate degree|four-year degree|4-year degree|college degree|university degree)|\b(BS|BA|BSc|BSN|BEng|BBA|BFA|B\.S\.|B\.A\.|B\.Sc\.)\b")]
    private static partial Regex Bachelor();

    [GeneratedRegex(@"(?i:associate'?s? (degree|of)|associate degree|two-year degree|2-year degree)|\b(ADN|AAS|AS|A\.A\.S?\.?|AA)\b(?= degree| in\b)|\bADN\b|\bAAS\b")]
    private static partial Regex Associate();

    [GeneratedRegex(@"\bhigh school\b|\bGED\b|secondary school", RegexOptions.IgnoreCase)]
    private static partial Regex HighSchool();

    [GeneratedRegex(@"not required|but not required|no degree required|degree not necessary", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequired();

    [GeneratedRegex(@"\b(a plus|preferred|preferably|nice[ -]to[ -]have|bonus|desired|desirable|welcome|advantage|helpful|in progress|pursuing|working toward)", RegexOptions.IgnoreCase)]
    private static partial Regex Preferred();

    [GeneratedRegex(@"\bdegree\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericDegree();
}
