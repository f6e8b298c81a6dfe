using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Proofreading.Spelling;

[Flags]
internal enum WordFlags : byte
{
    None = 0,
    NoSuggest = 1,
    Forbidden = 2,
    KeepCase = 4,

    // A root kept only for its flags (NEEDAFFIX, ONLYINCOMPOUND): not a word by itself.
    NotAForm = 8,
}

/// <summary>
/// A Hunspell-compatible dictionary (.aff + .dic) read in managed code. English affix tables
/// are small and have no twofold suffixes, so every root is expanded once at load into its
/// surface forms: look-up is then one hash probe, and the suggester gets a complete word list.
/// The forms live in a <see cref="FormTable"/> (one pooled character array, no string per form),
/// and the .dic text is parsed with spans, which keeps the load well under the 300 ms budget.
/// </summary>
internal sealed class HunspellDictionary
{
    private const WordFlags NotAWord = WordFlags.Forbidden | WordFlags.NotAForm;
    private readonly FormTable _forms;
    private readonly Dictionary<string, string> _compoundParts;
    private readonly Regex[] _compoundRules;
    private readonly AffixFile _aff;

    private HunspellDictionary(AffixFile aff, FormTable forms, Dictionary<string, string> compoundParts)
    {
        _aff = aff;
        _forms = forms;
        _compoundParts = compoundParts;
        _compoundRules = [.. aff.CompoundRules.Select(r => new Regex("^(?:" + RuleToRegex(r) + ")$", RegexOptions.CultureInvariant))];
    }

    public AffixFile Affixes => _aff;

    public int FormCount => _forms.Count;

    /// <summary>Surface forms a suggestion may propose (no forbidden or NOSUGGEST words).</summary>
    public IEnumerable<string> SuggestableForms
    {
        get
        {
            for (var i = 0; i < _forms.Count; i++)
            {
                if ((_forms.FlagsAt(i) & (NotAWord | WordFlags.NoSuggest)) == 0)
                {
                    yield return _forms.FormAt(i);
                }
            }
        }
    }

    /// <summary>The suggestable forms with a capital letter ("Europe", "NASA"), without making a string of every form.</summary>
    public IEnumerable<string> SuggestableCasedForms
    {
        get
        {
            for (var i = 0; i < _forms.Count; i++)
            {
                if ((_forms.FlagsAt(i) & (NotAWord | WordFlags.NoSuggest)) == 0 && HasUpper(_forms.SpanAt(i)))
                {
                    yield return _forms.FormAt(i);
                }
            }
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    public static HunspellDictionary Load(TextReader affReader, TextReader dicReader)
    {
        var aff = AffixFile.Parse(affReader);
        var loader = new Loader(aff);
        loader.ReadDic(dicReader.ReadToEnd());
        return new HunspellDictionary(aff, loader.Forms, loader.CompoundParts);
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

        // Scratch space for building affixed forms without a string per form.
        private char[] _scratch = new char[256];
        private char[] _scratch2 = new char[256];

        public FormTable Forms { get; private set; } = new(1024);

        public Dictionary<string, string> CompoundParts { get; } = new(StringComparer.Ordinal);

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
                Forms = new FormTable(count * 5 / 2);
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
            var word = slash >= 0 ? entry[..slash] : entry;
            if (word.Contains('\\'))
            {
                word = word.ToString().Replace("\\/", "/", StringComparison.Ordinal);
            }

            var flagText = slash >= 0 ? entry[(slash + 1)..] : [];
            _lineFlags.Clear();
            if (flagText.Length > 0)
            {
                foreach (var fl in aff.SplitFlags(flagText.ToString()))
                {
                    _lineFlags.Add((fl, Info(fl)));
                }
            }

            AddRoot(word, flagText);
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

        private void AddRoot(ReadOnlySpan<char> word, ReadOnlySpan<char> flagText)
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
                    var key = word.ToString();
                    CompoundParts[key] = CompoundParts.TryGetValue(key, out var existing) ? existing + fl : fl;
                }
            }

            var root = needAffix || onlyInCompound ? Forms.AddPlaceholder(word) : Forms.Add(word, wf);
            Forms.AddRootFlags(root, flagText);
            if (onlyInCompound)
            {
                return;
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

                    var stemLength = word.Length - e.Strip.Length;
                    var formLength = stemLength + e.Append.Length;
                    if (_scratch.Length < formLength)
                    {
                        _scratch = new char[formLength * 2];
                    }

                    word[..stemLength].CopyTo(_scratch);
                    e.Append.CopyTo(_scratch.AsSpan(stemLength));
                    var form = _scratch.AsSpan(0, formLength);
                    Forms.Add(form, wf);
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

        private void ApplyPrefixes(AffixClass pfx, ReadOnlySpan<char> word, WordFlags wf)
        {
            foreach (var e in pfx.Entries)
            {
                if (!e.Condition.MatchesStart(word) || !word.StartsWith(e.Strip, StringComparison.Ordinal))
                {
                    continue;
                }

                var length = e.Append.Length + word.Length - e.Strip.Length;
                if (_scratch2.Length < length)
                {
                    _scratch2 = new char[length * 2];
                }

                e.Append.CopyTo(_scratch2);
                word[e.Strip.Length..].CopyTo(_scratch2.AsSpan(e.Append.Length));
                Forms.Add(_scratch2.AsSpan(0, length), wf);
            }
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
    public string? RootFlags(string root) => _forms.RootFlags(root);

    /// <summary>Is this exact form (no case folding) a word of the dictionary?</summary>
    public bool ContainsExact(ReadOnlySpan<char> form) =>
        _forms.TryGetFlags(form, out var f) && (f & NotAWord) == 0;

    public bool IsForbidden(ReadOnlySpan<char> form) =>
        _forms.TryGetFlags(form, out var f) && (f & WordFlags.Forbidden) != 0;

    public bool IsSuggestable(ReadOnlySpan<char> form) =>
        _forms.TryGetFlags(form, out var f) && (f & (NotAWord | WordFlags.NoSuggest)) == 0;

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
            if (_forms.TryGetFlags(lower, out var f) && (f & (NotAWord | WordFlags.KeepCase)) == 0)
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
