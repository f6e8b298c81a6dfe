using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using ResumeRefiner.Core.Ai;

namespace ResumeRefiner.Core.CoverLetters;

/// <summary>
/// Checks the reply of <see cref="AiTask.CoverLetter"/>. A letter is one piece, so unlike suggestions nothing is
/// dropped: a letter that claims a fact the resume lacks is refused whole (the runner then asks once more). Refused:
/// a number the resume, company and role do not have; a degree the resume does not name; an organisation or tool after
/// "at", "for", "with", "joined" or "using" that neither the resume nor the posting mentions.
/// </summary>
public static partial class CoverLetterReply
{
    /// <summary>The longest letter kept: no letter needs more, and an edit may not grow past it either.</summary>
    public const int MaxLength = 20_000;

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    /// <returns>On success, the letter (paragraphs separated by a blank line, placeholders restored) as the answer's overview.</returns>
    public static ReplyCheck Check(string reply, AiPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(prompt);
        if (ReplyValidator.ExtractObject(reply) is not { } json)
        {
            return new(null, "the reply holds no JSON object");
        }

        List<string> paragraphs;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!ReplySchema.Schema(ReplySchema.CoverLetterText).Evaluate(document.RootElement, Evaluation).IsValid)
            {
                return new(null, "the reply does not match the schema (an object with \"paragraphs\", 2 to 12 strings)");
            }

            paragraphs = document.RootElement.GetProperty("paragraphs").EnumerateArray()
                .Select(p => p.GetString()!.Trim()).Where(p => p.Length > 0).ToList();
        }
        catch (JsonException e)
        {
            return new(null, "the reply is not valid JSON (" + e.Message + ")");
        }

        var letter = string.Join("\n\n", paragraphs);
        if (letter.Length > MaxLength)
        {
            return new(null, $"the letter is longer than {MaxLength} characters; keep it to 250-400 words");
        }

        if (Invented(letter, prompt) is { } error)
        {
            return new(null, error);
        }

        return new(new AiAnswer(prompt.Redaction.Restore(letter), [], 0), null);
    }

    /// <summary>The first fact of the letter the resume does not support, described for the model; null when there is none.</summary>
    internal static string? Invented(string letter, AiPrompt prompt)
    {
        var numbers = ReplyValidator.Numbers(prompt.ResumeText);
        if (ReplyValidator.Numbers(letter).FirstOrDefault(n => !numbers.Contains(n)) is { } number)
        {
            return $"the letter states the number {number}, which the resume does not give (use a placeholder such as [X])";
        }

        foreach (Match degree in Degree().Matches(letter))
        {
            if (!Degree().Matches(prompt.ResumeText).Any(d => Same(d.Value, degree.Value)))
            {
                return $"the letter mentions a {degree.Value} degree, which the resume does not list";
            }
        }

        // The whole prompt: the resume's fields, the company and role, and the posting (the JSON escapes ' and &).
        var known = Words(prompt.User.Replace("\\u0027", "'", StringComparison.Ordinal).Replace("\\u0026", "&", StringComparison.Ordinal));
        foreach (Match name in Organisation().Matches(letter))
        {
            var first = name.Groups["name"].Value;
            first = first.EndsWith("'s", StringComparison.Ordinal) ? first[..^2] : first;
            if (!known.Contains(first.ToUpperInvariant()))
            {
                return $"the letter names \"{first}\", which neither the resume nor the posting mentions";
            }
        }

        return null;
    }

    private static bool Same(string a, string b) =>
        Normalise(a).Equals(Normalise(b), StringComparison.Ordinal);

    private static string Normalise(string degree) =>
        new string(degree.Where(char.IsLetter).ToArray()).ToUpperInvariant().TrimEnd('S') switch
        {
            "BACHELOR" or "BSC" or "BA" or "BS" => "BACHELOR",
            "MASTER" or "MSC" or "MA" or "MBA" or "MS" => "MASTER",
            "PHD" or "DOCTORATE" or "DOCTOR" => "DOCTORATE",
            var other => other,
        };

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:bachelor(?:'s|s)?|master(?:'s|s)?|ph\.?\s?d|doctorate|mba|b\.\s?sc?|m\.\s?sc?|bsc|msc)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    // A capitalised word after a preposition that introduces an employer or a tool; "I" and placeholders do not match.
    [GeneratedRegex(@"\b(?i:at|for|with|joined|using)\s+(?:(?i:the)\s+)?(?<name>\p{Lu}[\p{L}\p{N}&+#.'-]*[\p{L}\p{N}+#])", RegexOptions.CultureInvariant)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&+#.'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
