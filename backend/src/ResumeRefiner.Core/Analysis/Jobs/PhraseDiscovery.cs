using System.Text.RegularExpressions;
using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>A skill name found in a requirement sentence that the taxonomy does not know yet.</summary>
internal readonly record struct DiscoveredPhrase(string Name, int Start);

/// <summary>
/// Finds tool names the taxonomy lacks, keeping precision high: only shapes that are almost always a
/// product or method name — a CamelCase word ("BlackLine", "PowerSchool"), a capitalised item in a
/// "such as ..." list ("research tools such as Maze"), or a capitalised name with its acronym
/// ("Certified Customs Specialist (CCS)"). Common capitalised words, places and the employer's own
/// name are never skills.
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

    public static IEnumerable<DiscoveredPhrase> Find(PostingSentence sentence, List<SkillToken> tokens, SkillTaxonomy taxonomy, ISet<string> employerWords)
    {
        if (sentence.Part is not (PostingPart.Requirements or PostingPart.Preferred or PostingPart.Duties))
        {
            yield break;
        }

        var covered = new bool[tokens.Count];
        foreach (var hit in taxonomy.Matcher.Find(tokens, soft: false).Concat(taxonomy.Matcher.Find(tokens, soft: true)))
        {
            for (var k = hit.FirstToken; k <= hit.LastToken; k++)
            {
                covered[k] = true;
            }
        }

        var emitted = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!covered[i] && IsCamelCase(t.Surface) && !NotSkills.Contains(t.Surface) && !employerWords.Contains(t.Norm) && emitted.Add(i))
            {
                yield return new DiscoveredPhrase(t.Surface, t.Start);
            }
        }

        foreach (Match list in SuchAs().Matches(sentence.Text))
        {
            foreach (Match item in ListItem().Matches(list.Groups["items"].Value))
            {
                var name = item.Value.Trim();
                var at = list.Groups["items"].Index + item.Index;
                var index = tokens.FindIndex(x => x.Start == at);
                if (index < 0 || covered[index] || emitted.Contains(index) || NotSkills.Contains(name) || employerWords.Contains(SkillText.Normalize(name)))
                {
                    continue;
                }

                emitted.Add(index);
                yield return new DiscoveredPhrase(name, at);
            }
        }

        foreach (Match named in NameWithAcronym().Matches(sentence.Text))
        {
            var index = tokens.FindIndex(x => x.Start == named.Index);
            if (index >= 0 && !covered[index] && emitted.Add(index))
            {
                yield return new DiscoveredPhrase(named.Groups["name"].Value, named.Index);
            }
        }
    }

    private static bool IsCamelCase(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length - 1; k++)
        {
            if (char.IsLower(word[k]) && char.IsUpper(word[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(such as|e\.g\.,?|including|like)\s+(?<items>[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2}(?:,\s*(?:or\s+|and\s+)?[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2})*(?:,?\s+(?:or|and)\s+[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2})?)")]
    private static partial Regex SuchAs();

    [GeneratedRegex(@"[A-Z][\w.+#]*(?:\s[A-Z][\w.+#]*){0,2}")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<name>(?:[A-Z][a-z]+\s){1,4}[A-Z][a-z]+)\s\((?<acronym>[A-Z]{2,6})\)")]
    private static partial Regex NameWithAcronym();
}
