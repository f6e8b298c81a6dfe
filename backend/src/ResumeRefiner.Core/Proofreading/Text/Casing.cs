namespace ResumeRefiner.Core.Proofreading;

internal enum WordCasing
{
    Lower,
    Title,
    Upper,
    Mixed,
    None,
}

internal static class Casing
{
    public static WordCasing Of(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        var firstUpper = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsUpper(c))
            {
                upper++;
                if (i == 0)
                {
                    firstUpper = true;
                }
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return lower == 0 ? WordCasing.None : WordCasing.Lower;
        }

        if (lower == 0)
        {
            return upper == 1 && word.Length == 1 ? WordCasing.Title : WordCasing.Upper;
        }

        return firstUpper && upper == 1 ? WordCasing.Title : WordCasing.Mixed;
    }

    public static string ToTitle(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Gives a lower-case suggestion the casing of the word it replaces.</summary>
    public static string Match(string suggestion, WordCasing casing) => casing switch
    {
        WordCasing.Title when suggestion.Length > 0 && char.IsLower(suggestion[0]) => ToTitle(suggestion),
        WordCasing.Upper when suggestion.Length > 1 => suggestion.ToUpperInvariant(),
        _ => suggestion,
    };
}
