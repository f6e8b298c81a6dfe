using System.Collections.Concurrent;
using Json.Schema;

namespace ResumeRefiner.Core.Ai;

/// <summary>
/// The JSON Schema a task's reply must match. It is shown to the model in the system prompt, sent to Claude as the
/// structured-output format (so the reply is generated to match it), and checked again by <see cref="ReplyValidator"/>.
/// The schemas stay within what structured outputs accept: every object closed (<c>additionalProperties: false</c>)
/// and every property required.
/// </summary>
public static class ReplySchema
{
    /// <summary>
    /// The reply of the suggestion tasks. They share it on purpose: the schema is part of the cached prompt prefix, so
    /// one schema lets the four tasks on one resume version reuse each other's cache.
    /// </summary>
    public const string Suggestions = """
        {"type":"object","required":["overview","suggestions"],"additionalProperties":false,"properties":{"overview":{"type":"string","maxLength":4000},"suggestions":{"type":"array","maxItems":40,"items":{"type":"object","required":["target","original","proposal","reason"],"additionalProperties":false,"properties":{"target":{"type":"string","minLength":1,"maxLength":100},"original":{"type":"string","maxLength":4000},"proposal":{"type":"string","minLength":1,"maxLength":4000},"reason":{"type":"string","minLength":1,"maxLength":1000}}}}}}
        """;

    /// <summary>The reply of <see cref="AiTask.CoverLetter"/>: the letter's paragraphs, greeting and sign-off included.</summary>
    public const string CoverLetterText = """
        {"type":"object","required":["paragraphs"],"additionalProperties":false,"properties":{"paragraphs":{"type":"array","minItems":2,"maxItems":12,"items":{"type":"string","minLength":1,"maxLength":3000}}}}
        """;

    private static readonly ConcurrentDictionary<string, JsonSchema> Compiled = new(StringComparer.Ordinal);

    /// <summary>The schema text of <paramref name="task"/>'s reply: a new task is one more entry here.</summary>
    public static string For(AiTask task) => task switch
    {
        AiTask.RewriteBullets or AiTask.Tailor or AiTask.Summary or AiTask.Review => Suggestions,
        AiTask.CoverLetter => CoverLetterText,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };

    /// <summary>The schema, parsed once, for checking a reply.</summary>
    public static JsonSchema Schema(string text) => Compiled.GetOrAdd(text, t => JsonSchema.FromText(t));
}
