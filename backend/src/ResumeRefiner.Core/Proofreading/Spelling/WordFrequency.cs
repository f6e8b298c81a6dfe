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

    /// <summary>Rank of a word already in lower case (no allocation on the hot path).</summary>
    public int RankOfLower(string lower) => _words.TryGetValue(lower, out var v) ? v.Rank : int.MaxValue;

    /// <summary>The words of at most this rank, most frequent first.</summary>
    public IEnumerable<string> CommonWords(int maxRank) => _words.Where(kv => kv.Value.Rank <= maxRank).OrderBy(kv => kv.Value.Rank).Select(kv => kv.Key);

    /// <summary>1 for the most frequent word; int.MaxValue for a word not in the list.</summary>
    public int Rank(string word) => _words.TryGetValue(word.ToLowerInvariant(), out var v) ? v.Rank : int.MaxValue;
}
