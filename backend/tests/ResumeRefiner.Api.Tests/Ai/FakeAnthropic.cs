using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// A stand-in for the Anthropic Messages API on 127.0.0.1 (a real Kestrel server, driven through the real SDK):
/// POST /v1/messages answered as JSON or, with "stream": true, as the API's server-sent events. It records every
/// request it receives, and plays scripted answers (errors, delays, bad JSON) before falling back to a good reply.
/// Token counts are what the real API would roughly report: ~4 characters per token.
/// </summary>
public sealed class FakeAnthropic : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Step> _script = new();

    private FakeAnthropic(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    /// <summary>Signalled when a request arrives, for tests that act mid-call.</summary>
    public SemaphoreSlim Arrived { get; } = new(0);

    /// <summary>The reply text when no scripted step is left; by default a valid suggestion for each field sent.</summary>
    public Func<JsonObject, string> Reply { get; set; } = GoodReply;

    public static async Task<FakeAnthropic> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeAnthropic(app);
        app.MapPost("/v1/messages", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First();
        return fake;
    }

    public FakeAnthropic Then(Step step)
    {
        _script.Enqueue(step);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
        Arrived.Dispose();
    }

    /// <summary>The data the app sent in a request: the JSON between the resume_data tags.</summary>
    public static JsonObject ResumeData(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var user = UserText(body);
        var start = user.IndexOf("<resume_data>\n", StringComparison.Ordinal) + "<resume_data>\n".Length;
        var end = user.IndexOf("\n</resume_data>", StringComparison.Ordinal);
        return JsonNode.Parse(user[start..end])!.AsObject();
    }

    public static string UserText(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var first = body["messages"]!.AsArray()[1 - 1]!["content"]!;
        return first is JsonValue v ? v.GetValue<string>() : string.Concat(first.AsArray().Select(b => b!["text"]?.GetValue<string>()));
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

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var body = JsonNode.Parse(raw)!.AsObject();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Recorded(headers, raw, body));
        Arrived.Release();
        var step = _script.TryDequeue(out var scripted) ? scripted : Step.Ok();
        if (step.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(step.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (step.Status != 200)
        {
            context.Response.StatusCode = step.Status;
            if (step.RetryAfter is { } retryAfter)
            {
                context.Response.Headers["retry-after"] = retryAfter;
            }

            await context.Response.WriteAsJsonAsync(new { type = "error", error = new { type = step.ErrorType, message = "fake " + step.ErrorType } });
            return;
        }

        var text = step.Text ?? Reply(body);
        var inputTokens = raw.Length / 4;
        var outputTokens = Math.Max(1, text.Length / 4);
        var model = body["model"]!.GetValue<string>();
        if (body["stream"]?.GetValue<bool>() == true)
        {
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
            return;
        }

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
    }

    public sealed record Recorded(IReadOnlyDictionary<string, string> Headers, string Raw, JsonObject Body);

    public sealed record Step(int Status, string? ErrorType = null, string? RetryAfter = null, string? Text = null, TimeSpan Delay = default)
    {
        public static Step Ok(string? text = null) => new(200, Text: text);

        public static Step Error(int status, string type, string? retryAfter = null) => new(status, type, retryAfter);

        public static Step Slow(TimeSpan delay) => new(200, Delay: delay);
    }
}
