using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ResumeRefiner.Testing;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// A stand-in for an OpenAI-compatible server (Ollama, vLLM, OpenAI itself) on 127.0.0.1, driven through the real
/// OpenAI SDK: POST /v1/chat/completions answered as a chat completion or, with "stream": true, as the API's
/// server-sent events (<c>data: {choices:[{delta:{content}}]}</c>, a usage chunk, <c>data: [DONE]</c>). It records
/// every request, and plays scripted answers (errors, delays, bad JSON, a garbled stream, a paced stream) before
/// falling back to a good reply. Token counts are ~4 characters each.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    public const string ApiKey = "sk-openai-test-fake-key";

    public const string Model = "llama-test-8b";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Step> _script = new();

    private FakeOpenAi(WebApplication app) => _app = app;

    /// <summary>The server's /v1 URL, as AI_BASE_URL takes it.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    /// <summary>The reply text when no scripted step is left; by default a valid suggestion for each field sent.</summary>
    public Func<JsonObject, string> Reply { get; set; } = body => MessagesApiWire.GoodReply(AsMessages(body));

    public static async Task<FakeOpenAi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeOpenAi(app);
        app.MapPost("/v1/chat/completions", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First() + "/v1";
        return fake;
    }

    /// <summary>The settings that point the app at this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["AI_PROVIDER"] = "openai",
        ["AI_BASE_URL"] = BaseUrl,
        ["AI_MODEL"] = Model,
        ["AI_API_KEY"] = ApiKey,
        ["AI_RETRY_BASE_DELAY_MS"] = "50",
        ["AI_TIMEOUT_SECONDS"] = "10",
        ["AI_MAX_RETRIES"] = "2",
    };

    /// <summary>The text of the user message (the system message holds the rules).</summary>
    public static string UserText(JsonObject body) => MessagesApiWire.UserText(AsMessages(body));

    /// <summary>The request with its user message only, as the Messages-API helpers read requests.</summary>
    private static JsonObject AsMessages(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var user = body["messages"]!.AsArray().First(m => m!["role"]!.GetValue<string>() == "user")!;
        return new JsonObject { ["messages"] = new JsonArray(user.DeepClone()) };
    }

    public FakeOpenAi Then(Step step)
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
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var body = JsonNode.Parse(raw)!.AsObject();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Recorded(headers, raw, body));
        var step = _script.TryDequeue(out var scripted) ? scripted : Step.Ok();
        try
        {
            if (step.Delay > TimeSpan.Zero)
            {
                await Task.Delay(step.Delay, context.RequestAborted);
            }

            if (step.Status != 200)
            {
                context.Response.StatusCode = step.Status;
                if (step.RetryAfter is { } retryAfter)
                {
                    context.Response.Headers["retry-after"] = retryAfter;
                }

                await context.Response.WriteAsJsonAsync(new { error = new { message = "fake " + step.ErrorType, type = step.ErrorType, param = (string?)null, code = step.ErrorType } });
                return;
            }

            await WriteCompletionAsync(context, body, raw.Length, step);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The app gave up (its timeout): nothing more to send.
        }
    }

    private async Task WriteCompletionAsync(HttpContext context, JsonObject body, int requestLength, Step step)
    {
        var text = step.Text ?? Reply(body);
        var usage = new { prompt_tokens = requestLength / 4, completion_tokens = Math.Max(1, text.Length / 4), total_tokens = (requestLength / 4) + Math.Max(1, text.Length / 4) };
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await context.Response.WriteAsJsonAsync(new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created,
                model = Model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
                usage,
            });
            return;
        }

        context.Response.ContentType = "text/event-stream";
        var aborted = context.RequestAborted;
        async Task Send(string data)
        {
            await context.Response.WriteAsync($"data: {data}\n\n", aborted);
            await context.Response.Body.FlushAsync(aborted);
        }

        string Chunk(object delta, string? finish) => JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion.chunk",
            created,
            model = Model,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });

        await Send(Chunk(new { role = "assistant", content = string.Empty }, null));
        var chunks = text.Chunk(40).Select(c => new string(c)).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (step.BeforeChunk is { } pace)
            {
                await pace(i).WaitAsync(aborted);
            }

            await Send(Chunk(new { content = chunks[i] }, null));
        }

        if (step.Garbled)
        {
            await Send("{\"choices\": [{\"delta\": {\"content\": ");
            return;
        }

        await Send(Chunk(new { }, "stop"));
        await Send(JsonSerializer.Serialize(new { id = "chatcmpl-fake", @object = "chat.completion.chunk", created, model = Model, choices = Array.Empty<object>(), usage }));
        await Send("[DONE]");
    }

    public sealed record Recorded(IReadOnlyDictionary<string, string> Headers, string Raw, JsonObject Body);

    public sealed record Step(int Status, string? ErrorType = null, string? RetryAfter = null, string? Text = null, TimeSpan Delay = default)
    {
        /// <summary>Awaited before the chunk of that index is sent: a stream paced by the test.</summary>
        public Func<int, Task>? BeforeChunk { get; init; }

        /// <summary>The stream breaks off mid-chunk with JSON that does not parse.</summary>
        public bool Garbled { get; init; }

        public static Step Ok(string? text = null) => new(200, Text: text);

        public static Step Error(int status, string type, string? retryAfter = null) => new(status, type, retryAfter);

        public static Step Slow(TimeSpan delay) => new(200, Delay: delay);

        public static Step Paced(Func<int, Task> beforeChunk) => new(200) { BeforeChunk = beforeChunk };

        public static Step Broken() => new(200) { Garbled = true };
    }
}
