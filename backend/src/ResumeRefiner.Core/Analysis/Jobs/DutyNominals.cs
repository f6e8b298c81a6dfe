using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Core.Analysis.Jobs;

/// <summary>
/// Methods a duty writes as a verb and its object: "Manage inventory" is Inventory Management, "collect rent" is Rent
/// Collection, "schedule a team of 30" is Staff Scheduling. The verb and the head of a method name meet through their word
/// family (<see cref="SkillText.Stem"/>), and the object must be the rest of that name, so only methods the taxonomy names
/// are read: "Run weekly inventory" or "handle calls" name none.
/// </summary>
internal static class DutyNominals
{
    /// <summary>People a duty schedules, hires or trains: the method is named after the staff.</summary>
    private static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "team", "staff", "employee", "crew", "associate", "agent", "worker", "shift",
    };

    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "our", "your", "their", "its", "all", "any", "each", "every", "daily", "weekly", "monthly", "new",
    };

    private static readonly Lazy<Dictionary<string, (string Name, int SkillId)>> Index = new(() => Build(SkillTaxonomy.Default));

    /// <summary>
    /// Method names read from verb and object: each with the first token of its verb, and the taxonomy's own spelling of
    /// the name ("rent collection"), reported as the entry itself or, when it names a member of an umbrella, on its own.
    /// </summary>
    public static IEnumerable<(string Name, int SkillId, int Start)> Find(PostingSentence sentence, List<SkillToken> tokens, bool[] covered, SkillTaxonomy taxonomy)
    {
        if (sentence.Part is not (PostingPart.Duties or PostingPart.Requirements or PostingPart.Preferred) || tokens.Count < 2)
        {
            return [];
        }

        var index = taxonomy == SkillTaxonomy.Default ? Index.Value : Build(taxonomy);
        var found = new List<(string, int, int)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var verb = tokens[i];
            // A word a known name uses ("account management") is not a verb here.
            if (covered[i] || !verb.Surface.All(char.IsLetter) || i > 0 && char.IsUpper(verb.Surface[0]))
            {
                continue;
            }

            // A verb opens the duty or a clause of it ("Collect rent, manage delinquency and ..."); "inventory management" is a name.
            var stem = SkillText.Stem(verb.Norm);
            var opens = i == 0 || verb.BreakBefore || tokens[i - 1].Norm is "and" or "or" or "to" or "will" or "you'll" or "experience" || PhraseDiscovery.IsVerb(verb);
            if (!opens || !index.ContainsKey(stem + "|"))
            {
                continue;
            }

            // "schedule and coach a team": the object is shared by the verbs listed after it.
            var j = i + 1;
            while (j + 1 < tokens.Count && tokens[j].Norm is "and" or "or" && PhraseDiscovery.IsVerb(tokens[j + 1]))
            {
                j += 2;
            }

            while (j < tokens.Count && Skip.Contains(tokens[j].Norm) && !tokens[j].BreakBefore)
            {
                j++;
            }

            if (j >= tokens.Count || tokens[j].BreakBefore)
            {
                continue;
            }

            foreach (var width in (int[])[2, 1])
            {
                if (j + width > tokens.Count || width == 2 && tokens[j + 1].BreakBefore)
                {
                    continue;
                }

                // The object is the whole noun phrase: "manage document review" is not document management.
                var after = j + width;
                if (after < tokens.Count && !tokens[after].BreakBefore && tokens[after].Surface.All(char.IsLower) && !PhraseDiscovery.IsLinkWord(tokens[after].Norm))
                {
                    continue;
                }

                var words = tokens.Skip(j).Take(width).Select(t => width == 1 && Staff.Contains(t.Norm) ? "staff" : t.Norm);
                if (index.TryGetValue(stem + "|" + string.Join(' ', words), out var name))
                {
                    found.Add((name.Name, name.SkillId, verb.Start));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The taxonomy's method names of two or three words whose last word is a nominal ("... negotiation", "... scheduling"),
    /// keyed by that word's family and the words before it; "stem|" marks a family that heads some name.
    /// </summary>
    internal static Dictionary<string, (string Name, int SkillId)> Build(SkillTaxonomy taxonomy)
    {
        var index = new Dictionary<string, (string Name, int SkillId)>(StringComparer.Ordinal);
        foreach (var skill in taxonomy.Skills.Where(s => !s.IsSoft && !s.IsCredential && !s.IsDomain))
        {
            foreach (var name in skill.Aliases.Prepend(skill.Name))
            {
                var words = SkillText.Tokenize(name);
                if (words.Count is < 2 or > 3 || !words.All(w => w.Surface.All(c => char.IsLetter(c) || c == '-')))
                {
                    continue;
                }

                var head = words[^1].Norm;
                var stem = SkillText.Stem(head);
                // Only a nominal ("negotiation", "scheduling", "management") names an act a verb can say.
                if (stem == head && !head.EndsWith("ing", StringComparison.Ordinal))
                {
                    continue;
                }

                var key = stem + "|" + string.Join(' ', words.Take(words.Count - 1).Select(w => w.Norm));
                index.TryAdd(key, (string.Join(' ', words.Select(w => w.Surface.ToLowerInvariant())), skill.Id));
                index.TryAdd(stem + "|", ("", -1));
            }
        }

        return index;
    }
}
