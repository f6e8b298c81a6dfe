using System.Globalization;

namespace ResumeRefiner.Core.Proofreading.Spelling;

/// <summary>
/// How common a word is in everyday English (SUBTLEX-US counts): the tie-breaker between
/// equally close suggestions, and a guard that only common words count as "very close".
/// </summary>
internal sealed class WordFrequency
{
    private readonly Dictionary<string, (int Count, int Rank)> _words;

    private WordFrequency(Dictionary<string, (int, int)> words) => _words = words;

    public static WordFrequency Load(TextReader reader)
    {
        var words = new Dictionary<string, (int, int)>(60_000, StringComparer.Ordinal);
        string? line;
        var rank = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var word = line[..tab].ToLowerInvariant();
            var count = int.Parse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture);
            rank++;
            if (words.TryGetValue(word, out var existing))
            {
                words[word] = (existing.Item1 + count, existing.Item2);
            }
            else
            {
                words[word] = (count, rank);
            }
        }

        return new WordFrequency(words);
    }

    public int Count(string word) => _words.TryGetValue(word.ToLowerInvariant(), out var v) ? v.Count : 0;

    /// <summary>
    /// The count, or for a regular inflection that the subtitle corpus lacks ("mentored",
    /// "onboarded") a tenth of its stem's count: resume verbs in the past tense are far more
    /// common in resumes than in film dialogue. A form the corpus has keeps its own count.
    /// </summary>
    public int SmoothedCount(string word)
    {
        var lower = word.ToLowerInvariant();
        return _words.TryGetValue(lower, out var v) ? v.Count : StemCount(lower) / 10;
    }

    private int StemCount(string w)
    {
        var best = 0;
        if (w.Length < 5)
        {
            return 0;
        }

        if (w.EndsWith("ied", StringComparison.Ordinal))
        {
            Try(string.Concat(w.AsSpan(0, w.Length - 3), "y"));
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            Try(w[..^2]);
            Try(w[..^1]);
            if (w[^3] == w[^4])
            {
                Try(w[..^3]);
            }
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            Try(w[..^3]);
            Try(w[..^3] + "e");
            if (w[^4] == w[^5])
            {
                Try(w[..^4]);
            }
        }
        else if (w.EndsWith("es", StringComparison.Ordinal))
        {
            Try(w[..^2]);
            Try(w[..^1]);
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            Try(w[..^1]);
        }

        return best;

        void Try(string stem)
        {
            if (stem.Length >= 4 && _words.TryGetValue(stem, out var s) && s.Count > best)
            {
                best = s.Count;
            }
        }
    }

    /// <summary>Rank of a word already in lower case (no allocation on the hot path).</summary>
    public int RankOfLower(string lower) => _words.TryGetValue(lower, out var v) ? v.Rank : int.MaxValue;

    /// <summary>The words of at most this rank, most frequent first.</summary>
    public IEnumerable<string> CommonWords(int maxRank) => _words.Where(kv => kv.Value.Rank <= maxRank).OrderBy(kv => kv.Value.Rank).Select(kv => kv.Key);

    /// <summary>1 for the most frequent word; int.MaxValue for a word not in the list.</summary>
    public int Rank(string word) => _words.TryGetValue(word.ToLowerInvariant(), out var v) ? v.Rank : int.MaxValue;
}
