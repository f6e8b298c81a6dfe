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
        var loader = new Loader(aff);
        loader.ReadDic(dicReader.ReadToEnd());
        return new HunspellDictionary(aff, loader.Forms, loader.CompoundParts, loader.RootFlags);
    }

    /// <summary>What one flag means to the loader, resolved once per flag instead of once per root.</summary>
    private sealed class FlagInfo
    {
        public AffixClass? Suffix { get; init; }

        public AffixClass? Prefix { get; init; }

        public bool IsCompound { get; init; }

        public WordFlags WordFlag { get; init; }

        public bool NeedAffix { get; init; }

        public bool OnlyInCompound { get; init; }
    }

    /// <summary>
    /// Reads the .dic text with spans (one string per root, one per surface form, nothing else
    /// per line) and expands every root through its affix classes.
    /// </summary>
    private sealed class Loader(AffixFile aff)
    {
        private readonly Dictionary<string, FlagInfo> _flagInfo = new(StringComparer.Ordinal);
        private readonly HashSet<string> _compoundFlags = new(aff.CompoundRules.SelectMany(r => aff.SplitFlags(r.Replace("*", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal))), StringComparer.Ordinal);
        private readonly List<(string Flag, FlagInfo Info)> _lineFlags = [];

        public Dictionary<string, WordFlags> Forms { get; private set; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> CompoundParts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> RootFlags { get; private set; } = new(StringComparer.Ordinal);

        public void ReadDic(string text)
        {
            var span = text.AsSpan();
            if (span.Length > 0 && span[0] == '\uFEFF')
            {
                span = span[1..];
            }

            var firstEnd = span.IndexOf('\n');
            var firstLine = (firstEnd < 0 ? span : span[..firstEnd]).Trim();
            if (int.TryParse(firstLine, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                // English roots average a little over two surface forms.
                Forms = new Dictionary<string, WordFlags>(count * 5 / 2, StringComparer.Ordinal);
                RootFlags = new Dictionary<string, string>(count, StringComparer.Ordinal);
                span = firstEnd < 0 ? [] : span[(firstEnd + 1)..];
            }

            while (span.Length > 0)
            {
                var eol = span.IndexOf('\n');
                var line = eol < 0 ? span : span[..eol];
                span = eol < 0 ? [] : span[(eol + 1)..];
                AddLine(line.TrimEnd('\r'));
            }
        }

        private void AddLine(ReadOnlySpan<char> raw)
        {
            // Morphological fields follow a tab (or a space in older files); they carry no spelling.
            var end = raw.IndexOfAny('\t', ' ');
            var entry = end >= 0 ? raw[..end] : raw;
            if (entry.Length == 0)
            {
                return;
            }

            var slash = FindFlagSlash(entry);
            var wordSpan = slash >= 0 ? entry[..slash] : entry;
            var word = wordSpan.Contains('\\') ? wordSpan.ToString().Replace("\\/", "/", StringComparison.Ordinal) : wordSpan.ToString();
            var flagText = slash >= 0 ? entry[(slash + 1)..] : [];
            var flagString = flagText.Length == 0 ? "" : flagText.ToString();
            RootFlags[word] = RootFlags.TryGetValue(word, out var had) ? had + flagString : flagString;

            _lineFlags.Clear();
            if (flagString.Length > 0)
            {
                foreach (var fl in aff.SplitFlags(flagString))
                {
                    _lineFlags.Add((fl, Info(fl)));
                }
            }

            AddRoot(word);
        }

        private FlagInfo Info(string flag)
        {
            if (_flagInfo.TryGetValue(flag, out var info))
            {
                return info;
            }

            var wf = WordFlags.None;
            if (flag == aff.NoSuggestFlag)
            {
                wf |= WordFlags.NoSuggest;
            }

            if (flag == aff.ForbiddenFlag)
            {
                wf |= WordFlags.Forbidden;
            }

            if (flag == aff.KeepCaseFlag)
            {
                wf |= WordFlags.KeepCase;
            }

            info = new FlagInfo
            {
                Suffix = aff.Suffixes.GetValueOrDefault(flag),
                Prefix = aff.Prefixes.GetValueOrDefault(flag),
                IsCompound = _compoundFlags.Contains(flag),
                WordFlag = wf,
                NeedAffix = flag == aff.NeedAffixFlag,
                OnlyInCompound = flag == aff.OnlyInCompoundFlag,
            };
            _flagInfo[flag] = info;
            return info;
        }

        private void AddRoot(string word)
        {
            var wf = WordFlags.None;
            var needAffix = false;
            var onlyInCompound = false;
            foreach (var (fl, info) in _lineFlags)
            {
                wf |= info.WordFlag;
                needAffix |= info.NeedAffix;
                onlyInCompound |= info.OnlyInCompound;
                if (info.IsCompound)
                {
                    CompoundParts[word] = CompoundParts.TryGetValue(word, out var existing) ? existing + fl : fl;
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

            foreach (var (_, info) in _lineFlags)
            {
                if (info.Suffix is not { } sfx)
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

                    foreach (var (_, other) in _lineFlags)
                    {
                        if (other.Prefix is { CrossProduct: true } pfx)
                        {
                            ApplyPrefixes(pfx, form, wf);
                        }
                    }
                }
            }

            foreach (var (_, info) in _lineFlags)
            {
                if (info.Prefix is { } pfx)
                {
                    ApplyPrefixes(pfx, word, wf);
                }
            }
        }

        private void ApplyPrefixes(AffixClass pfx, string word, WordFlags wf)
        {
            foreach (var e in pfx.Entries)
            {
                if (e.Condition.MatchesStart(word) && word.StartsWith(e.Strip, StringComparison.Ordinal))
                {
                    Add(string.Concat(e.Append, word.AsSpan(e.Strip.Length)), wf);
                }
            }
        }

        private void Add(string form, WordFlags wf)
        {
            // As in Hunspell, a forbidden homonym forbids the form.
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Forms, form, out _);
            slot |= wf;
        }
    }

    private static int FindFlagSlash(ReadOnlySpan<char> entry)
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
