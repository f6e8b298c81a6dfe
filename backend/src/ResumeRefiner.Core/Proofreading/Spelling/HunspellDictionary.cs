using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Proofreading.Spelling;

[Flags]
internal enum WordFlags : byte
{
    None = 0,
    NoSuggest = 1,
    Forbidden = 2,
    KeepCase = 4,
}

/// <summary>
/// A Hunspell-compatible dictionary (.aff + .dic) read in managed code. English affix tables
/// are small and have no twofold suffixes, so every root is expanded once at load into its
/// surface forms: look-up is then one hash probe, and the suggester gets a complete word list.
/// </summary>
internal sealed class HunspellDictionary
{
    private readonly Dictionary<string, WordFlags> _forms;
    private readonly Dictionary<string, string> _compoundParts;
    private readonly Regex[] _compoundRules;
    private readonly AffixFile _aff;
    private readonly Dictionary<string, string> _rootFlags;

    private HunspellDictionary(AffixFile aff, Dictionary<string, WordFlags> forms, Dictionary<string, string> compoundParts, Dictionary<string, string> rootFlags)
    {
        _rootFlags = rootFlags;
        _aff = aff;
        _forms = forms;
        _compoundParts = compoundParts;
        _compoundRules = [.. aff.CompoundRules.Select(r => new Regex("^(?:" + RuleToRegex(r) + ")$", RegexOptions.CultureInvariant))];
    }

    public AffixFile Affixes => _aff;

    public int FormCount => _forms.Count;

    /// <summary>Surface forms a suggestion may propose (no forbidden or NOSUGGEST words).</summary>
    public IEnumerable<string> SuggestableForms =>
        _forms.Where(kv => (kv.Value & (WordFlags.NoSuggest | WordFlags.Forbidden)) == 0).Select(kv => kv.Key);

    public static HunspellDictionary Load(TextReader affReader, TextReader dicReader)
    {
        var aff = AffixFile.Parse(affReader);
        var forms = new Dictionary<string, WordFlags>(400_000, StringComparer.Ordinal);
        var compoundParts = new Dictionary<string, string>(StringComparer.Ordinal);
        var rootFlags = new Dictionary<string, string>(100_000, StringComparer.Ordinal);
        var compoundFlags = new HashSet<string>(aff.CompoundRules.SelectMany(r => aff.SplitFlags(r.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal))));

        var first = dicReader.ReadLine();
        if (first is not null && !int.TryParse(first.Trim().TrimStart('\uFEFF'), out _))
        {
            AddLine(first.TrimStart('\uFEFF'));
        }

        string? line;
        while ((line = dicReader.ReadLine()) is not null)
        {
            AddLine(line);
        }

        return new HunspellDictionary(aff, forms, compoundParts, rootFlags);

        void AddLine(string raw)
        {
            // Morphological fields follow a tab (or a space in older files); they carry no spelling.
            var end = raw.AsSpan().IndexOfAny('\t', ' ');
            var entry = end >= 0 ? raw[..end] : raw;
            if (entry.Length == 0)
            {
                return;
            }

            var slash = FindFlagSlash(entry);
            var word = slash >= 0 ? entry[..slash] : entry;
            word = word.Replace("\\/", "/", StringComparison.Ordinal);
            var flagText = slash >= 0 ? entry[(slash + 1)..] : "";
            var flags = flagText.Length == 0 ? [] : aff.SplitFlags(flagText).ToArray();
            rootFlags[word] = rootFlags.TryGetValue(word, out var had) ? had + flagText : flagText;
            AddRoot(word, flags);
        }

        void AddRoot(string word, string[] flags)
        {
            var wf = WordFlags.None;
            var needAffix = false;
            var onlyInCompound = false;
            foreach (var fl in flags)
            {
                if (fl == aff.NoSuggestFlag)
                {
                    wf |= WordFlags.NoSuggest;
                }
                else if (fl == aff.ForbiddenFlag)
                {
                    wf |= WordFlags.Forbidden;
                }
                else if (fl == aff.KeepCaseFlag)
                {
                    wf |= WordFlags.KeepCase;
                }
                else if (fl == aff.NeedAffixFlag)
                {
                    needAffix = true;
                }
                else if (fl == aff.OnlyInCompoundFlag)
                {
                    onlyInCompound = true;
                }

                if (compoundFlags.Contains(fl))
                {
                    compoundParts[word] = compoundParts.TryGetValue(word, out var existing) ? existing + fl : fl;
                }
            }

            if (onlyInCompound)
            {
                return;
            }

            if (!needAffix)
            {
                Add(word, wf);
            }

            foreach (var fl in flags)
            {
                if (!aff.Suffixes.TryGetValue(fl, out var sfx))
                {
                    continue;
                }

                foreach (var e in sfx.Entries)
                {
                    if (e.Strip.Length >= word.Length || !e.Condition.MatchesEnd(word) || !word.EndsWith(e.Strip, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var form = string.Concat(word.AsSpan(0, word.Length - e.Strip.Length), e.Append);
                    Add(form, wf);
                    if (!sfx.CrossProduct)
                    {
                        continue;
                    }

                    foreach (var pf in flags)
                    {
                        if (aff.Prefixes.TryGetValue(pf, out var pfx) && pfx.CrossProduct)
                        {
                            ApplyPrefixes(pfx, form, wf);
                        }
                    }
                }
            }

            foreach (var fl in flags)
            {
                if (aff.Prefixes.TryGetValue(fl, out var pfx))
                {
                    ApplyPrefixes(pfx, word, wf);
                }
            }
        }

        void ApplyPrefixes(AffixClass pfx, string word, WordFlags wf)
        {
            foreach (var e in pfx.Entries)
            {
                if (e.Condition.MatchesStart(word) && word.StartsWith(e.Strip, StringComparison.Ordinal))
                {
                    Add(e.Append + word[e.Strip.Length..], wf);
                }
            }
        }

        void Add(string form, WordFlags wf)
        {
            if (forms.TryGetValue(form, out var existing))
            {
                // As in Hunspell, a forbidden homonym forbids the form.
                forms[form] = existing | wf;
            }
            else
            {
                forms[form] = wf;
            }
        }
    }

    private static int FindFlagSlash(string entry)
    {
        for (var i = 1; i < entry.Length; i++)
        {
            if (entry[i] == '/' && entry[i - 1] != '\\')
            {
                return i;
            }
        }

        return -1;
    }

    private static string RuleToRegex(string rule)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in rule)
        {
            sb.Append(c is '*' or '?' ? c.ToString() : Regex.Escape(c.ToString()));
        }

        return sb.ToString();
    }

    /// <summary>The affix flags of a root word as the .dic file lists them, or null.</summary>
    public string? RootFlags(string root) => _rootFlags.TryGetValue(root, out var f) ? f : null;

    /// <summary>Is this exact form (no case folding) a word of the dictionary?</summary>
    public bool ContainsExact(string form) =>
        _forms.TryGetValue(form, out var f) && (f & WordFlags.Forbidden) == 0;

    public bool IsForbidden(string form) =>
        _forms.TryGetValue(form, out var f) && (f & WordFlags.Forbidden) != 0;

    public bool IsSuggestable(string form) =>
        _forms.TryGetValue(form, out var f) && (f & (WordFlags.Forbidden | WordFlags.NoSuggest)) == 0;

    /// <summary>
    /// Hunspell's case rules: a dictionary form in lower case also accepts Titlecase and
    /// ALLCAPS; a proper noun ("Kevin") accepts ALLCAPS but not lower case.
    /// </summary>
    public bool Check(string word)
    {
        word = _aff.ConvertInput(word);
        if (ContainsExact(word))
        {
            return true;
        }

        if (IsForbidden(word) || word.Length == 0)
        {
            return false;
        }

        var casing = Casing.Of(word);
        if (casing == WordCasing.Title || casing == WordCasing.Upper)
        {
            var lower = word.ToLowerInvariant();
            if (_forms.TryGetValue(lower, out var f) && (f & (WordFlags.Forbidden | WordFlags.KeepCase)) == 0)
            {
                return true;
            }

            if (casing == WordCasing.Upper)
            {
                var title = char.ToUpperInvariant(lower[0]) + lower[1..];
                if (ContainsExact(title))
                {
                    return true;
                }
            }
        }

        return CheckCompound(word);
    }

    private bool CheckCompound(string word)
    {
        if (_compoundRules.Length == 0)
        {
            return false;
        }

        return Search(0, "");

        bool Search(int pos, string flagsSoFar)
        {
            if (pos == word.Length)
            {
                return flagsSoFar.Length > 1 && _compoundRules.Any(r => r.IsMatch(flagsSoFar));
            }

            for (var end = word.Length; end > pos; end--)
            {
                if (end - pos < _aff.CompoundMin)
                {
                    break;
                }

                if (!_compoundParts.TryGetValue(word[pos..end], out var flags))
                {
                    continue;
                }

                foreach (var fl in flags)
                {
                    if (Search(end, flagsSoFar + fl))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
