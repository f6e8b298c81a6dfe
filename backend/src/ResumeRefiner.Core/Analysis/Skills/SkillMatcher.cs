namespace ResumeRefiner.Core.Analysis.Skills;

/// <summary>Where a skill was named in a text.</summary>
internal readonly record struct SkillHit(int SkillId, int FirstToken, int LastToken);

/// <summary>
/// Finds every known skill name in a text in one pass: a trie over normalised words, walked from each
/// word for the longest name that starts there (leftmost-longest, so "AP Calculus" beats "AP" and
/// "Salesforce Service Cloud" beats "Salesforce"). Linear in the text for the short names skills have.
/// </summary>
internal sealed class SkillMatcher
{
    private readonly Node _root = new();
    private readonly List<string> _collisions = [];

    public IReadOnlyList<string> Collisions => _collisions;

    public void Add(string phrase, int skillId, bool exactCase, bool soft)
    {
        var tokens = SkillText.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t.Norm, out var child))
            {
                child = new Node();
                node.Children[t.Norm] = child;
            }

            node = child;
        }

        var surfaces = exactCase ? tokens.Select(t => t.Surface).ToArray() : null;
        node.Terminals ??= [];
        if (node.Terminals.Any(e => e.Soft == soft && e.SkillId != skillId && e.ExactSurfaces is null == surfaces is null))
        {
            _collisions.Add(phrase);
            return;
        }

        node.Terminals.Add(new Terminal(skillId, surfaces, soft));
    }

    /// <summary>Whether some skill already uses this exact phrase (in any casing).</summary>
    public bool Knows(string phrase)
    {
        var node = _root;
        foreach (var t in SkillText.Tokenize(phrase))
        {
            if (node.Children is null || !node.Children.TryGetValue(t.Norm, out var next))
            {
                return false;
            }

            node = next;
        }

        return node != _root && node.Terminals is { Count: > 0 };
    }

    /// <summary>Hard or soft skill names in the tokens, leftmost-longest, one hit per place.</summary>
    /// <param name="nested">
    /// Also report the longest name starting inside a longer one, so a resume's "Epic EHR" shows both
    /// Epic and EHR; a prefix ("AP" of "AP Calculus") is still never reported on its own.
    /// </param>
    public List<SkillHit> Find(IReadOnlyList<SkillToken> tokens, bool soft, bool nested = false)
    {
        var hits = new List<SkillHit>();
        var i = 0;
        while (i < tokens.Count)
        {
            var node = _root;
            var bestEnd = -1;
            var bestSkill = -1;
            for (var j = i; j < tokens.Count; j++)
            {
                if (j > i && tokens[j].BreakBefore || node.Children is null || !node.Children.TryGetValue(tokens[j].Norm, out var next))
                {
                    break;
                }

                node = next;
                if (node.Terminals is null)
                {
                    continue;
                }

                foreach (var terminal in node.Terminals)
                {
                    if (terminal.Soft == soft && terminal.Accepts(tokens, i))
                    {
                        bestEnd = j;
                        bestSkill = terminal.SkillId;
                        break;
                    }
                }
            }

            if (bestEnd >= 0)
            {
                hits.Add(new SkillHit(bestSkill, i, bestEnd));
                i = nested ? i + 1 : bestEnd + 1;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<Terminal>? Terminals { get; set; }
    }

    private sealed record Terminal(int SkillId, string[]? ExactSurfaces, bool Soft)
    {
        /// <summary>Exact-case names match as written or with a plural "s" ("IVs", "BOLs").</summary>
        public bool Accepts(IReadOnlyList<SkillToken> tokens, int start)
        {
            if (ExactSurfaces is null)
            {
                return true;
            }

            for (var k = 0; k < ExactSurfaces.Length; k++)
            {
                var surface = tokens[start + k].Surface;
                var want = ExactSurfaces[k];
                if (surface != want && surface != want + "s" && surface != want + "'s")
                {
                    return false;
                }
            }

            return true;
        }
    }
}
