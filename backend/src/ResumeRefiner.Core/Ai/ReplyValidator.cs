using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ResumeRefiner.Core.Ai;

/// <summary>The outcome of checking a reply: an answer, or why the reply cannot be used (worth asking once more).</summary>
public sealed record ReplyCheck(AiAnswer? Answer, string? Error);

/// <summary>
/// Checks a model's reply before anything of it reaches the user: it must be JSON matching the task's <see cref="ReplySchema"/>
/// (else the whole reply is refused), and each suggestion must name a field the model was given, repeat that field's
/// text, and bring no number the resume does not have (else that suggestion is dropped).
/// </summary>
public static partial class ReplyValidator
{
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    public static ReplyCheck Check(string reply, AiPrompt prompt, Func<string, string?> currentText)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(currentText);
        if (prompt.Task == AiTask.CoverLetter)
        {
            return CoverLetters.CoverLetterReply.Check(reply, prompt);
        }

        var json = ExtractObject(reply);
        if (json is null)
        {
            return new(null, "the reply holds no JSON object");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new(null, "the reply is not valid JSON (" + e.Message + ")");
        }

        using (document)
        {
            var result = ReplySchema.Schema(prompt.Schema).Evaluate(document.RootElement, Evaluation);
            if (!result.IsValid)
            {
                var problems = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                    .Take(3);
                return new(null, "the reply does not match the schema (" + string.Join("; ", problems) + ")");
            }

            var root = document.RootElement;
            // An empty overview is the schema's way of saying there is none.
            var overview = root.TryGetProperty("overview", out var o) && o.ValueKind == JsonValueKind.String && o.GetString() is { Length: > 0 } text ? text : null;
            var allowedNumbers = Numbers(prompt.ResumeText);
            var suggestions = new List<AiSuggestion>();
            var discarded = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in root.GetProperty("suggestions").EnumerateArray())
            {
                var target = item.GetProperty("target").GetString()!.Trim();
                var original = item.GetProperty("original").GetString()!;
                var proposal = item.GetProperty("proposal").GetString()!.Trim();
                var reason = item.GetProperty("reason").GetString()!.Trim();
                if (!prompt.Targets.TryGetValue(target, out var shown)
                    || !Normalize(original).Equals(Normalize(shown), StringComparison.Ordinal)
                    || Normalize(proposal).Equals(Normalize(shown), StringComparison.Ordinal)
                    || Numbers(proposal).Any(n => !allowedNumbers.Contains(n))
                    || !seen.Add(target)
                    || currentText(target) is not { } current)
                {
                    discarded++;
                    continue;
                }

                suggestions.Add(new AiSuggestion(target, current, prompt.Redaction.Restore(proposal), prompt.Redaction.Restore(reason)));
            }

            return new(new AiAnswer(string.IsNullOrWhiteSpace(overview) ? null : prompt.Redaction.Restore(overview.Trim()), suggestions, discarded), null);
        }
    }

    /// <summary>The JSON object in a reply, tolerating code fences or a sentence around it.</summary>
    internal static string? ExtractObject(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        return start >= 0 && end > start ? reply[start..(end + 1)] : null;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Numbers as written, without separators: "1,200" and "1200" are the same fact; "[X]" is a placeholder, not a number.</summary>
    internal static HashSet<string> Numbers(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.')).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
