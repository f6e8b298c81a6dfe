using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResumeRefiner.LoadTest;

/// <summary>
/// A stand-in for the Anthropic Messages API on 127.0.0.1 for the scale-out drills: answers POST /v1/messages
/// (JSON or streamed events) with a valid suggestion for the fields it was sent, after a set latency; and, for a
/// while after POST /control/outage, answers 429 or 529 with retry-after, or hangs past any client timeout.
/// </summary>
internal sealed class FakeAnthropicServer
{
    private readonly TimeSpan _latency;
    private readonly Lock _gate = new();
    private (string Mode, DateTime Until) _outage = ("none", DateTime.MinValue);
    private int _requests;
    private int _failuresServed;

    private FakeAnthropicServer(TimeSpan latency) => _latency = latency;

    public static async Task<int> RunAsync(FakeAnthropicOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var fake = new FakeAnthropicServer(options.Latency);
        app.MapPost("/v1/messages", fake.MessagesAsync);
        app.MapPost("/control/outage", fake.StartOutage);
        app.MapGet("/control/stats", () => Results.Json(new { requests = Volatile.Read(ref fake._requests), failuresServed = Volatile.Read(ref fake._failuresServed), outage = fake.CurrentOutage() }));
        Console.WriteLine($"fake Anthropic Messages API on http://127.0.0.1:{options.Port}");
        await app.RunAsync();
        return 0;
    }

    private IResult StartOutage(string? status, int? seconds)
    {
        if (status is not ("429" or "529" or "timeout") || seconds is not > 0)
        {
            return Results.BadRequest(new { error = "status must be 429, 529 or timeout, and seconds a positive number" });
        }

        lock (_gate)
        {
            _outage = (status, DateTime.UtcNow.AddSeconds(seconds.Value));
        }

        return Results.Ok(new { outage = status, seconds });
    }

    private string CurrentOutage()
    {
        lock (_gate)
        {
            return DateTime.UtcNow < _outage.Until ? _outage.Mode : "none";
        }
    }

    private async Task MessagesAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        var outage = CurrentOutage();
        if (outage != "none")
        {
            Interlocked.Increment(ref _failuresServed);
            if (outage == "timeout")
            {
                await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            context.Response.StatusCode = int.Parse(outage, CultureInfo.InvariantCulture);
            context.Response.Headers["retry-after"] = "5";
            var type = outage == "429" ? "rate_limit_error" : "overloaded_error";
            await context.Response.WriteAsJsonAsync(new { type = "error", error = new { type, message = "fake " + type } });
            return;
        }

        await Task.Delay(_latency, context.RequestAborted);
        var body = JsonNode.Parse(raw)!.AsObject();
        var text = GoodReply(body);
        var inputTokens = raw.Length / 4;
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
                usage = new { input_tokens = inputTokens, output_tokens = outputTokens },
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        async Task Send(string name, object data)
        {
            await context.Response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n");
            await context.Response.Body.FlushAsync();
        }

        await Send("message_start", new { type = "message_start", message = new { id = "msg_fake", type = "message", role = "assistant", model, content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = inputTokens, output_tokens = 1 } } });
        await Send("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = string.Empty } });
        foreach (var chunk in text.Chunk(40))
        {
            await Send("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = new string(chunk) } });
        }

        await Send("content_block_stop", new { type = "content_block_stop", index = 0 });
        await Send("message_delta", new { type = "message_delta", delta = new { stop_reason = "end_turn", stop_sequence = (string?)null }, usage = new { output_tokens = outputTokens } });
        await Send("message_stop", new { type = "message_stop" });
    }

    /// <summary>A valid answer: each field sent gets a stronger opening and a placeholder for the missing number.</summary>
    private static string GoodReply(JsonObject body)
    {
        var first = body["messages"]!.AsArray()[0]!["content"]!;
        var user = first is JsonValue value ? value.GetValue<string>() : string.Concat(first.AsArray().Select(b => b!["text"]?.GetValue<string>()));
        var start = user.IndexOf("<resume_data>\n", StringComparison.Ordinal) + "<resume_data>\n".Length;
        var end = user.IndexOf("\n</resume_data>", StringComparison.Ordinal);
        var fields = start > 0 && end > start ? JsonNode.Parse(user[start..end])?["fields"]?.AsObject() : null;
        var suggestions = new JsonArray();
        foreach (var (target, field) in fields?.Take(5) ?? [])
        {
            var original = field!.GetValue<string>();
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
}
