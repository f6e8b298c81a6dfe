using ResumeRefiner.Core.Proofreading.Text;

namespace ResumeRefiner.Core.Proofreading;

/// <summary>
/// Decides whether an issue's first replacement may be applied with one click. A wrong fix
/// applied blindly damages the resume (and the exported file), so anything that could be a
/// name, a product, an address or a guess about a sentence boundary stays a suggestion the
/// user edits or dismisses.
/// </summary>
public static class FixSafety
{
    // Advice rather than a correction: the replacement is one way to reword, not the right text.
    private static readonly HashSet<string> AdviceRules = new(StringComparer.Ordinal)
    {
        "STYLE_WEAK_OPENER", "STYLE_FIRST_PERSON", "STYLE_FILLER_WORD", "STYLE_PASSIVE_VOICE", "STYLE_BUZZWORD",
        "STYLE_OVERLONG_BULLET", "STYLE_NUMBER_FORMAT",
    };

    private static readonly System.Buffers.SearchValues<char> CodeMarks = System.Buffers.SearchValues.Create("@/\\_=#.0123456789");

    /// <summary>Whether <paramref name="issue"/>'s first replacement, applied to <paramref name="text"/>, can only help.</summary>
    public static bool IsOneClick(ProofIssue issue, string text) => IsOneClick(issue, text, sentenceStartIsCertain: false);

    internal static bool IsOneClick(ProofIssue issue, string text, bool sentenceStartIsCertain)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(text);
        if (issue.Replacements.Count == 0 || string.IsNullOrWhiteSpace(issue.Replacements[0]) || AdviceRules.Contains(issue.Rule)
            || issue.Offset < 0 || issue.Length <= 0 || issue.Offset + issue.Length > text.Length)
        {
            return false;
        }

        var original = text.AsSpan(issue.Offset, issue.Length);
        var replacement = issue.Replacements[0];
        if (IsProductLike(ExpandToChunk(text, issue.Offset, issue.Length)))
        {
            return false;
        }

        // An unknown capitalised word is most likely a name ("Nostos", "Dataduct").
        if (issue.Category == ProofCategory.Spelling && original.Length > 0 && char.IsUpper(original[0]))
        {
            return false;
        }

        // Re-casing a word's first letter is right only where a sentence surely starts (or for "I").
        var a = FirstLetter(original);
        var b = FirstLetter(replacement);
        if (a is { } x && b is { } y && x != y && char.ToLowerInvariant(x) == char.ToLowerInvariant(y)
            && !sentenceStartIsCertain && issue.Rule != "CAPITALIZATION_I")
        {
            return false;
        }

        return true;
    }

    /// <summary>CamelCase, digits, dots inside the word, "@", "/", "://": a product, version, handle or URL.</summary>
    internal static bool IsProductLike(ReadOnlySpan<char> chunk)
    {
        var word = chunk.Trim(".,;:!?()[]\"'“”‘’");
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.ContainsAny(CodeMarks))
        {
            return true;
        }

        // CamelCase inside any hyphen-separated part ("TensorFlow", "e-GovPortal"), not "Full-Stack".
        foreach (var part in word.ToString().Split('-'))
        {
            if (Casing.Of(part) == WordCasing.Mixed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whitespace-delimited chunk around a span ("github.com/x" around "github").</summary>
    private static ReadOnlySpan<char> ExpandToChunk(string text, int offset, int length)
    {
        var start = offset;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = offset + length;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        // A span that itself covers several words (a phrase fix) is judged on its own text.
        return text.AsSpan(offset, length).ContainsAny(" \t") ? text.AsSpan(offset, length) : text.AsSpan(start, end - start);
    }

    private static char? FirstLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return null;
    }
}
