using Json.Schema;

namespace ResumeRefiner.Core.Ai;

/// <summary>The JSON Schema every reply must match; it is also shown to the model in the system prompt.</summary>
public static class ReplySchema
{
    public const string Text = """
        {"type":"object","required":["suggestions"],"additionalProperties":false,"properties":{"overview":{"type":["string","null"],"maxLength":4000},"suggestions":{"type":"array","maxItems":40,"items":{"type":"object","required":["target","original","proposal","reason"],"additionalProperties":false,"properties":{"target":{"type":"string","minLength":1,"maxLength":100},"original":{"type":"string","maxLength":4000},"proposal":{"type":"string","minLength":1,"maxLength":4000},"reason":{"type":"string","minLength":1,"maxLength":1000}}}}}}
        """;

    public static JsonSchema Schema { get; } = JsonSchema.FromText(Text);

    /// <summary>The reply of <see cref="AiTask.CoverLetter"/>: the letter's paragraphs, greeting and sign-off included.</summary>
    public const string CoverLetterText = """
        {"type":"object","required":["paragraphs"],"additionalProperties":false,"properties":{"paragraphs":{"type":"array","minItems":2,"maxItems":12,"items":{"type":"string","minLength":1,"maxLength":3000}}}}
        """;

    public static JsonSchema CoverLetterSchema { get; } = JsonSchema.FromText(CoverLetterText);
}
