namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>
/// Curated names that are correct in a resume although no English dictionary has them:
/// technologies, products, companies, certifications, degrees and acronyms. A word in it is
/// never a spelling error; a lower-cased technology name gets its proper casing back.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _parts = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _canonical.Count;

    /// <summary>
    /// The curated vocabulary, plus names that are only accepted (never used to re-case a word):
    /// the thousands of product names imported from O*NET collide too often with ordinary words
    /// written in lower case to be trusted for casing.
    /// </summary>
    public static Vocabulary Load(TextReader reader, TextReader? acceptedNames = null)
    {
        var v = new Vocabulary();
        if (acceptedNames is not null)
        {
            string? name;
            while ((name = acceptedNames.ReadLine()) is not null)
            {
                if (name.Length > 0 && !name.StartsWith('#'))
                {
                    v._parts.Add(name.TrimEnd('.'));
                }
            }
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var entry = (line.StartsWith('#') ? "" : hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                v.Add(entry);
            }
        }

        return v;
    }

    private void Add(string entry)
    {
        var key = entry.TrimEnd('.');
        _canonical.TryAdd(key, entry);

        // Multi-word names ("Ruby on Rails", "Google Cloud Platform") and slashed or dotted
        // ones ("CI/CD", "B.Sc.") are checked a token at a time.
        foreach (var part in entry.Split([' ', '/', '&', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            _parts.Add(part.TrimEnd('.'));
        }
    }

    public bool Contains(string word)
    {
        var key = word.TrimEnd('.');
        if (_canonical.ContainsKey(key) || _parts.Contains(key))
        {
            return true;
        }

        // Possessives and plurals of names: "Salesforce's", "APIs", "SDKs".
        if (key.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || key.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return Contains(key[..^2]);
        }

        return key.Length > 2 && key.EndsWith('s') && (_canonical.ContainsKey(key[..^1]) || _parts.Contains(key[..^1]));
    }

    /// <summary>The vocabulary's own spelling of a single-word entry ("javascript" → "JavaScript").</summary>
    public string? Canonical(string word) => _canonical.TryGetValue(word, out var c) && !c.Contains(' ', StringComparison.Ordinal) ? c : null;
}
