using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ResumeRefiner.Testing;

/// <summary>
/// The Anthropic Messages API as the stand-in providers speak it (the load tool's fake-anthropic and the API tests'
/// FakeAnthropic, which links this file): reading what the app sent, a valid suggestion reply, and writing a
/// message as JSON or as the API's server-sent events. Token counts are roughly the real API's: ~4 characters each.
/// </summary>
internal static class MessagesApiWire
{
    /// <summary>The text of the first user message.</summary>
    public static string UserText(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var first = body["messages"]!.AsArray()[0]!["content"]!;
        return first is JsonValue v ? v.GetValue<string>() : string.Concat(first.AsArray().Select(b => b!["text"]?.GetValue<string>()));
    }

    /// <summary>
    /// The data the app sent in a request, as the task sees it: "fields", the fields the task may change (listed in
    /// the task_data tags) with their text from the resume_data tags, and "context", the rest of the resume.
    /// </summary>
    public static JsonObject ResumeData(JsonObject body)
    {
        var user = UserText(body);
        var resume = JsonNode.Parse(Tagged(user, "resume_data"))!.AsObject();
        var listed = JsonNode.Parse(Tagged(user, "task_data"))!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        var fields = new JsonObject();
        foreach (var path in listed)
        {
            fields[path] = resume[path]?.GetValue<string>() ?? string.Empty;
        }

        var context = new JsonObject();
        foreach (var (path, value) in resume.Where(f => !listed.Contains(f.Key)))
        {
            context[path] = value!.GetValue<string>();
        }

        return new JsonObject { ["fields"] = fields, ["context"] = context };
    }

    private static string Tagged(string text, string tag)
    {
        var start = text.IndexOf($"<{tag}>\n", StringComparison.Ordinal) + tag.Length + 3;
        var end = text.IndexOf($"\n</{tag}>", StringComparison.Ordinal);
        return text[start..end];
    }

    /// <summary>A good reply: every field gets a stronger opening verb and a placeholder for the missing number.</summary>
    public static string GoodReply(JsonObject body)
    {
        var fields = ResumeData(body)["fields"]!.AsObject();
        var suggestions = new JsonArray();
        foreach (var (target, value) in fields.Take(5))
        {
            var original = value!.GetValue<string>();
            suggestions.Add(new JsonObject
            {
                ["target"] = target,
                ["original"] = original,
                ["proposal"] = "Delivered: " + original.TrimEnd('.') + ", improving results by [X]%",
                ["reason"] = "Opens with a strong verb and makes the impact measurable.",
            });
        }

        return new JsonObject { ["overview"] = "Solid resume; quantify more.", ["suggestions"] = suggestions }.ToJsonString();
    }

    /// <summary>
    /// Answers with <paramref name="text"/> as the assistant's message, streamed when the request asked for it. The
    /// input is reported as <paramref name="inputTokens"/> (default: a quarter of the request's length) plus the
    /// prompt-cache counts, as the API splits them.
    /// </summary>
    public static async Task WriteMessageAsync(HttpContext context, JsonObject body, int requestLength, string text, int? inputTokens = null, int cacheWriteTokens = 0, int cacheReadTokens = 0)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var input = inputTokens ?? requestLength / 4;
        var outputTokens = Math.Max(1, text.Length / 4);
        var model = body["model"]!.GetValue<string>();
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id = "msg_fake",
                type = "message",
                role = "assistant",
                model,
                content = new[] { new { type = "text", text } },
                stop_reason = "end_turn",
                stop_sequence = (string?)null,
                usage = new { input_tokens = input, output_tokens = outputTokens, cache_creation_input_tokens = cacheWriteTokens, cache_read_input_tokens = cacheReadTokens },
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        async Task Send(string name, object data)
        {
            await context.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n");
            await context.Response.Body.FlushAsync();
        }

        await Send("message_start", new { type = "message_start", message = new { id = "msg_fake", type = "message", role = "assistant", model, content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = input, output_tokens = 1, cache_creation_input_tokens = cacheWriteTokens, cache_read_input_tokens = cacheReadTokens } } });
        await Send("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = string.Empty } });
        foreach (var chunk in text.Chunk(40))
        {
            await Send("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = new string(chunk) } });
        }

        await Send("content_block_stop", new { type = "content_block_stop", index = 0 });
        await Send("message_delta", new { type = "message_delta", delta = new { stop_reason = "end_turn", stop_sequence = (string?)null }, usage = new { output_tokens = outputTokens } });
        await Send("message_stop", new { type = "message_stop" });
    }
}
