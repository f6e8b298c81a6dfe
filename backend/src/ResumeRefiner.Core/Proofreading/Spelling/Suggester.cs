namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>
/// Ranks corrections for a misspelled word, the way Hunspell does: first every string one edit
/// away (deletes, transpositions, replacements and insertions over the aff file's TRY letters)
/// is looked up in the dictionary's hash table, together with the REP table's sound-alike
/// spellings and run-together words split in two; only when no word is one edit away does a
/// bounded scan of the dictionary (same length ± 2, reachable first letters) look for words
/// within a weighted Damerau–Levenshtein distance (cheap for the slips people make: adjacent keys,
/// vowel swaps, doubled letters, transpositions, a dropped "e" of "-ed"). Word frequency breaks
/// near-ties.
/// </summary>
internal sealed class Suggester
{
    private const double MaxCost = 2.05;

    // How much one order of magnitude of frequency is worth against one edit.
    private const double FrequencyWeight = 0.22;

    private readonly HunspellDictionary _dictionary;
    private readonly WordFrequency _frequency;

    // Letters an edit may insert or substitute: the aff file's TRY letters in lower case.
    private readonly char[] _alphabet;

    // Dictionary forms that are not all lower case ("Europe", "NASA"), by their lower-case
    // spelling, so that a generated lower-case edit finds them with one probe.
    private readonly Dictionary<string, string[]> _casedForms;

    // The fallback scan's index, built on the first word with nothing one edit away.
    private readonly Lazy<ScanIndex> _scanIndex;
    private readonly Lazy<string[]> _commonWords;

    // Suggestions are pure functions of the word; resumes repeat the same unknown names and
    // typos, so a bounded cache saves the search the second time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(string Word, double Cost)>> _cache = new(StringComparer.Ordinal);
    private const int CacheLimit = 20_000;

    public Suggester(HunspellDictionary dictionary, WordFrequency frequency)
    {
        _dictionary = dictionary;
        _frequency = frequency;
        var alphabet = new SortedSet<char>("abcdefghijklmnopqrstuvwxyz'-");
        foreach (var c in dictionary.Affixes.TryChars)
        {
            if (char.IsLetter(c))
            {
                alphabet.Add(char.ToLowerInvariant(c));
            }
        }

        _alphabet = [.. alphabet];
        var cased = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var form in dictionary.SuggestableCasedForms)
        {
            if (form.Length >= 40 || form.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var lower = form.ToLowerInvariant();
            if (!string.Equals(lower, form, StringComparison.Ordinal))
            {
                if (!cased.TryGetValue(lower, out var list))
                {
                    cased[lower] = list = [];
                }

                list.Add(form);
            }
        }

        _casedForms = cased.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _scanIndex = new Lazy<ScanIndex>(() => new ScanIndex(dictionary));
        _commonWords = new Lazy<string[]>(() => [.. frequency.CommonWords(20000).Where(w => dictionary.ContainsExact(w))]);
        _trigrams = new Lazy<bool[]>(() => SeenTrigrams(dictionary));
    }

    // Letter trigrams (with word boundaries) that occur in some dictionary word.
    private readonly Lazy<bool[]> _trigrams;

    /// <summary>
    /// Whether the word's letter trigrams occur in English words, all but one of them (a slip may
    /// break one: "Therfor", "cherrrys" once the tripled letter is read as a double). A slip keeps
    /// a word pronounceable; random letters, code and most foreign words are not, and for them the
    /// multi-edit searches would cost milliseconds to find nothing useful.
    /// </summary>
    public bool IsPlausibleEnglish(string lower)
    {
        var seen = _trigrams.Value;
        var a = 26;
        var b = 26;
        var unseen = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            var c = i < lower.Length ? LetterCode(lower[i]) : 26;
            if (c < 0)
            {
                return false;
            }

            if (c == b && b == a && c != 26)
            {
                continue;
            }

            if (!seen[(((a * 27) + b) * 27) + c] && ++unseen > 1)
            {
                return false;
            }

            (a, b) = (b, c);
        }

        return true;
    }

    private static int LetterCode(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is '\'' or '-' ? 26 : -1;

    private static bool[] SeenTrigrams(HunspellDictionary dictionary)
    {
        var seen = new bool[27 * 27 * 27];
        foreach (var form in dictionary.SuggestableForms)
        {
            int a = 26, b = 26;
            for (var i = 0; i <= form.Length; i++)
            {
                var c = i < form.Length ? LetterCode(char.ToLowerInvariant(form[i])) : 26;
                if (c < 0)
                {
                    break;
                }

                seen[(((a * 27) + b) * 27) + c] = true;
                (a, b) = (b, c);
            }
        }

        return seen;
    }

    /// <summary>Words of the dictionary by length, each length sorted by first letter.</summary>
    private sealed class ScanIndex
    {
        public ScanIndex(HunspellDictionary dictionary)
        {
            var groups = dictionary.SuggestableForms
                .Where(f => f.Length < 40 && !f.Contains(' ', StringComparison.Ordinal))
                .GroupBy(f => f.Length)
                .ToDictionary(g => g.Key, g => g.ToArray());
            var max = groups.Keys.DefaultIfEmpty(0).Max();
            ByLength = new string[max + 1][];
            LowerByLength = new string[max + 1][];
            MasksByLength = new uint[max + 1][];
            FirstLetterRanges = new Dictionary<char, (int, int)>[max + 1];
            for (var i = 0; i <= max; i++)
            {
                var sorted = (groups.TryGetValue(i, out var g) ? g : []).OrderBy(w => char.ToLowerInvariant(w[0])).ToArray();
                ByLength[i] = sorted;
                LowerByLength[i] = [.. sorted.Select(w => w.ToLowerInvariant())];
                MasksByLength[i] = [.. LowerByLength[i].Select(LetterMask)];
                var ranges = new Dictionary<char, (int, int)>();
                for (var k = 0; k < sorted.Length;)
                {
                    var first = LowerByLength[i][k][0];
                    var end = k;
                    while (end < sorted.Length && LowerByLength[i][end][0] == first)
                    {
                        end++;
                    }

                    ranges[first] = (k, end);
                    k = end;
                }

                FirstLetterRanges[i] = ranges;
            }
        }

        public string[][] ByLength { get; }

        public string[][] LowerByLength { get; }

        public uint[][] MasksByLength { get; }

        // Per length, where the words starting with each letter begin and end, so that a scan
        // reads only the buckets a slip can reach.
        public Dictionary<char, (int Start, int End)>[] FirstLetterRanges { get; }
    }

    public IReadOnlyList<string> Suggest(string word, int max = 5, bool allowScan = true) =>
        [.. SuggestScored(word, max, allowScan).Select(s => s.Word)];

    /// <summary>
    /// Close common words one edit away, found by generating the edits rather than scanning
    /// the dictionary: cheap enough to ask for every unknown proper noun.
    /// </summary>
    public string? ClosestCommonWord(string word, int maxRank)
    {
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestRank = maxRank;
        foreach (var edit in Edits1(lower, Letters))
        {
            // Proper nouns of the dictionary count too: "Eruope" is one slip from "Europe".
            var rank = _frequency.RankOfLower(edit);
            if (rank < bestRank && (_dictionary.ContainsExact(edit) || _dictionary.ContainsExact(Casing.ToTitle(edit))))
            {
                best = _dictionary.ContainsExact(edit) ? edit : Casing.ToTitle(edit);
                bestRank = rank;
            }
        }

        return best;
    }

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    // Words past this frequency rank are too rare to be what a slip was meant to be.
    private const int CommonRank = 30000;

    /// <summary>Whether a dictionary word in common use is one edit from <paramref name="word"/>, keeping its first letter.</summary>
    public bool HasWordOneEditAway(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var edit in Edits1(lower, Letters))
        {
            // Slips rarely touch the first letter ("pretraining" is not a typo of "retraining"), and a word meant but
            // mistyped is one people use: "multistate" is not a slip for "multistage", "diffrent" is one for "different".
            if (edit.Length > 0 && edit[0] == lower[0] && _frequency.RankOfLower(edit) <= CommonRank && _dictionary.IsSuggestable(edit))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Edits1(string w, IEnumerable<char> letters)
    {
        for (var i = 0; i <= w.Length; i++)
        {
            if (i < w.Length)
            {
                yield return string.Concat(w.AsSpan(0, i), w.AsSpan(i + 1));
            }

            if (i + 1 < w.Length)
            {
                yield return string.Concat(w.AsSpan(0, i), w[i + 1].ToString(), w[i].ToString(), w.AsSpan(i + 2));
            }

            foreach (var c in letters)
            {
                if (i < w.Length && c != w[i])
                {
                    yield return string.Concat(w.AsSpan(0, i), c.ToString(), w.AsSpan(i + 1));
                }

                yield return string.Concat(w.AsSpan(0, i), c.ToString(), w.AsSpan(i));
            }
        }
    }

    /// <summary>
    /// A badly garbled long word ("unforturntly") can be three edits from the word meant; only a
    /// common word that far away is a credible guess.
    /// </summary>
    public string? DistantCommonWord(string word, int maxRank)
    {
        var lower = word.ToLowerInvariant();
        if (!IsPlausibleEnglish(lower))
        {
            return null;
        }

        string? best = null;
        var bestCost = double.MaxValue;
        foreach (var candidate in _commonWords.Value)
        {
            {
                if (Math.Abs(candidate.Length - lower.Length) > 3 || candidate[0] != lower[0] || _frequency.RankOfLower(candidate) > maxRank)
                {
                    continue;
                }

                var d = Distance(lower, candidate, 3.0);
                if (d < bestCost)
                {
                    bestCost = d;
                    best = candidate;
                }
            }
        }

        return best is null ? null : Casing.Match(best, Casing.Of(word));
    }

    /// <param name="allowScan">false: only what is one edit away (and REP, splits); the bounded scan is skipped.</param>
    public IReadOnlyList<(string Word, double Cost)> SuggestScored(string word, int max = 5, bool allowScan = true)
    {
        var key = max.ToString(System.Globalization.CultureInfo.InvariantCulture) + (allowScan ? "\u0001" : "\u0002") + word;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = ComputeSuggestions(word, max, allowScan);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[key] = result;
        return result;
    }

    /// <summary>Forgets cached suggestions (benchmarks measure the cold path with it).</summary>
    internal void ClearCache() => _cache.Clear();

    private IReadOnlyList<(string Word, double Cost)> ComputeSuggestions(string word, int max, bool allowScan)
    {
        var casing = Casing.Of(word);
        var lower = word.ToLowerInvariant();
        var scored = new Dictionary<string, (double Score, double Cost)>(StringComparer.Ordinal);

        void Offer(string candidate, double cost)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
            {
                return;
            }

            var freq = MinCount(candidate);
            var score = cost - (FrequencyWeight * Math.Log10(freq + 1));

            // A proper noun is a worse guess than a common word at the same distance.
            if (char.IsUpper(candidate[0]) && casing == WordCasing.Lower)
            {
                score += 0.3;
            }

            if (!scored.TryGetValue(candidate, out var old) || score < old.Score)
            {
                scored[candidate] = (score, cost);
            }
        }

        // One slip away: generate the edits and look them up (the word itself too, for a
        // proper noun typed in lower case: "europe" -> "Europe").
        var probes = new HashSet<string>(StringComparer.Ordinal) { lower };
        foreach (var edit in Edits1(lower, _alphabet))
        {
            probes.Add(edit);
        }

        AddMoves(lower, probes);

        foreach (var probe in probes)
        {
            var isSuggestable = probe.Length > 0 && _dictionary.IsSuggestable(probe);
            var hasCased = _casedForms.TryGetValue(probe, out var cased);
            if (!isSuggestable && !hasCased)
            {
                continue;
            }

            var d = Distance(lower, probe, MaxCost);
            if (isSuggestable)
            {
                Offer(probe, d);
            }

            // Keep the user's word shape when the dictionary only differs by case.
            foreach (var form in cased ?? [])
            {
                Offer(form, d + 0.05);
            }
        }

        // Nothing one edit away: scan the words a slip of two or more edits can reach.
        if (scored.Count == 0 && allowScan && IsPlausibleEnglish(lower))
        {
            Scan(lower, Offer);
        }

        foreach (var (from, to) in _dictionary.Affixes.Replacements)
        {
            var at = lower.IndexOf(from, StringComparison.Ordinal);
            while (at >= 0)
            {
                var candidate = string.Concat(lower.AsSpan(0, at), to, lower.AsSpan(at + from.Length));
                if (candidate.Split(' ').All(p => p.Length > 0 && _dictionary.IsSuggestable(p)))
                {
                    Offer(candidate, 0.75);
                }

                at = lower.IndexOf(from, at + 1, StringComparison.Ordinal);
            }
        }

        // Run-together words ("alot", "forexample"): both halves must be real, common words.
        for (var cut = 1; cut < lower.Length; cut++)
        {
            var left = lower[..cut];
            var right = lower[cut..];
            if ((left.Length > 1 || left is "a") && right.Length > 1
                && _dictionary.IsSuggestable(left) && _dictionary.IsSuggestable(right)
                && _frequency.Rank(left) < 5000 && _frequency.Rank(right) < 20000)
            {
                Offer(left + " " + right, 0.9);
            }
        }

        return [.. scored
            .OrderBy(kv => kv.Value.Score)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(kv => (Casing.Match(kv.Key, casing), kv.Value.Cost))
            .DistinctBy(s => s.Item1, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Hunspell's "movechar" and double swap: a letter typed two to four places early or late
    /// ("instade", "jstu"), and two swapped pairs in a short word ("ahev" for "have").
    /// </summary>
    private static void AddMoves(string w, HashSet<string> probes)
    {
        Span<char> buffer = stackalloc char[w.Length];
        for (var from = 0; from < w.Length; from++)
        {
            for (var to = Math.Max(0, from - 4); to <= Math.Min(w.Length - 1, from + 4); to++)
            {
                if (Math.Abs(to - from) < 2)
                {
                    continue;
                }

                w.AsSpan().CopyTo(buffer);
                var c = buffer[from];
                if (from < to)
                {
                    buffer.Slice(from + 1, to - from).CopyTo(buffer[from..]);
                }
                else
                {
                    buffer.Slice(to, from - to).CopyTo(buffer[(to + 1)..]);
                }

                buffer[to] = c;
                probes.Add(new string(buffer));
            }
        }

        if (w.Length is < 4 or > 6)
        {
            return;
        }

        for (var i = 0; i + 1 < w.Length; i++)
        {
            for (var j = i + 2; j + 1 < w.Length; j++)
            {
                w.AsSpan().CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                (buffer[j], buffer[j + 1]) = (buffer[j + 1], buffer[j]);
                probes.Add(new string(buffer));
            }
        }
    }

    private int MinCount(string candidate)
    {
        var space = candidate.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return _frequency.SmoothedCount(candidate);
        }

        return candidate.Split(' ').Min(_frequency.SmoothedCount);
    }

    private void Scan(string lower, Action<string, double> offer)
    {
        var index = _scanIndex.Value;
        var mask = LetterMask(lower);

        // People rarely get the first letter wrong; when they do it is a neighbouring key, a
        // swap with the second letter, or a letter added or dropped in front.
        var firstLetters = new HashSet<char> { lower[0] };
        if (lower.Length > 1)
        {
            firstLetters.Add(lower[1]);
        }

        foreach (var c in "abcdefghijklmnopqrstuvwxyz")
        {
            if (Keyboard.Adjacent(c, lower[0]))
            {
                firstLetters.Add(c);
            }
        }

        for (var len = Math.Max(1, lower.Length - 2); len <= lower.Length + 2 && len < index.ByLength.Length; len++)
        {
            var forms = index.ByLength[len];
            var lowers = index.LowerByLength[len];
            var masks = index.MasksByLength[len];
            foreach (var letter in firstLetters)
            {
                if (!index.FirstLetterRanges[len].TryGetValue(letter, out var range))
                {
                    continue;
                }

                for (var i = range.Start; i < range.End; i++)
                {
                    // Each edit changes at most two letters of the word's letter set; four cheap
                    // edits are the most the cost limit allows.
                    if (System.Numerics.BitOperations.PopCount(masks[i] ^ mask) > 6)
                    {
                        continue;
                    }

                    var d = Distance(lower, lowers[i], MaxCost);
                    if (d <= MaxCost)
                    {
                        // Keep the user's word shape when the dictionary only differs by case.
                        offer(forms[i], d + (forms[i] == lowers[i] ? 0 : 0.05));
                    }
                }
            }
        }
    }

    private static uint LetterMask(string word)
    {
        uint mask = 0;
        foreach (var c in word)
        {
            mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 27;
        }

        return mask;
    }

    /// <summary>Weighted optimal-string-alignment distance; gives up above <paramref name="limit"/>.</summary>
    internal static double Distance(string a, string b, double limit)
    {
        var n = a.Length;
        var m = b.Length;
        if (Math.Abs(n - m) > limit)
        {
            return double.MaxValue;
        }

        Span<double> prev2 = stackalloc double[m + 1];
        Span<double> prev = stackalloc double[m + 1];
        Span<double> cur = stackalloc double[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = j == 0 ? 0 : prev[j - 1] + InsertCost(b, j - 1);
        }

        for (var i = 1; i <= n; i++)
        {
            cur[0] = prev[0] + InsertCost(a, i - 1);
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var ca = a[i - 1];
                var cb = b[j - 1];
                var best = prev[j - 1] + SubstituteCost(ca, cb);
                best = Math.Min(best, prev[j] + InsertCost(a, i - 1));
                best = Math.Min(best, cur[j - 1] + InsertCost(b, j - 1));
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && ca != cb)
                {
                    best = Math.Min(best, prev2[j - 2] + 0.6);
                }

                cur[j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > limit)
            {
                return double.MaxValue;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[m];
    }

    // Adding or dropping a letter next to the same letter ("succesful", "occurred") is the
    // commonest slip of all; dropping an apostrophe or hyphen is nearly free.
    private static double InsertCost(string s, int i)
    {
        var c = s[i];
        if (c is '\'' or '-')
        {
            return 0.3;
        }

        if ((i > 0 && s[i - 1] == c) || (i + 1 < s.Length && s[i + 1] == c))
        {
            return 0.45;
        }

        // The "e" of an "-ed" or "-es" ending is easily dropped ("Managd", "Mentord"): a slip of
        // inflection that should lead to the inflected word, not to its stem.
        if (c == 'e' && i >= 2 && i == s.Length - 2 && s[i + 1] is 'd' or 's')
        {
            return 0.5;
        }

        return Keyboard.IsVowel(c) ? 0.85 : 1.0;
    }

    private static readonly double[,] SubstitutionTable = BuildSubstitutionTable();

    private static double[,] BuildSubstitutionTable()
    {
        var table = new double[128, 128];
        for (var a = 0; a < 128; a++)
        {
            for (var b = 0; b < 128; b++)
            {
                table[a, b] = ComputeSubstituteCost((char)a, (char)b);
            }
        }

        return table;
    }

    private static double SubstituteCost(char a, char b) =>
        a < 128 && b < 128 ? SubstitutionTable[a, b] : ComputeSubstituteCost(a, b);

    private static double ComputeSubstituteCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        if (Keyboard.IsVowel(a) && Keyboard.IsVowel(b))
        {
            return 0.65;
        }

        return Keyboard.Adjacent(a, b) ? 0.7 : 1.0;
    }
}
