using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ResumeRefiner.Testing;

namespace ResumeRefiner.Api.Tests.Ai;

/// <summary>
/// A stand-in for the Anthropic Messages API on 127.0.0.1 (a real Kestrel server, driven through the real SDK):
/// POST /v1/messages answered as JSON or, with "stream": true, as the API's server-sent events. It records every
/// request it receives, and plays scripted answers (errors, delays, bad JSON) before falling back to a good reply.
/// Token counts are what the real API would roughly report: ~4 characters of prompt text per token. Prompt caching
/// is played as the API does it: the prompt up to a <c>cache_control</c> breakpoint (with the model and the output
/// format) is written to the cache when it is long enough, and a later request with the same prefix reads it.
/// </summary>
public sealed class FakeAnthropic : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Step> _script = new();
    private readonly ConcurrentDictionary<string, bool> _cache = new(StringComparer.Ordinal);

    private FakeAnthropic(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    /// <summary>Signalled when a request arrives, for tests that act mid-call.</summary>
    public SemaphoreSlim Arrived { get; } = new(0);

    /// <summary>The reply text when no scripted step is left; by default a valid suggestion for each field sent.</summary>
    public Func<JsonObject, string> Reply { get; set; } = MessagesApiWire.GoodReply;

    /// <summary>The shortest prefix the cache takes, in tokens (Claude Sonnet: 1,024).</summary>
    public int MinimumCacheTokens { get; set; } = 1024;

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

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var body = JsonNode.Parse(raw)!.AsObject();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var step = _script.TryDequeue(out var scripted) ? scripted : Step.Ok();
        var usage = step.Status == 200 ? Cache(body) : new Usage(0, 0, 0);
        Requests.Enqueue(new Recorded(headers, raw, body, usage));
        Arrived.Release();
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

            await context.Response.WriteAsJsonAsync(new { type = "error", error = new { type = step.ErrorType, message = step.Message ?? "fake " + step.ErrorType } });
            return;
        }

        await MessagesApiWire.WriteMessageAsync(context, body, raw.Length, step.Text ?? Reply(body), usage.Input, usage.CacheWrite, usage.CacheRead);
    }

    /// <summary>The input tokens of a request, split as the API bills them, and the cache updated as the API would.</summary>
    private Usage Cache(JsonObject body)
    {
        var format = body["output_config"]?.ToJsonString() ?? string.Empty;
        var blocks = Blocks(body["system"]).Concat(body["messages"]!.AsArray().SelectMany(m => Blocks(m!["content"]))).ToList();
        var total = Tokens(blocks.Sum(b => b.Text.Length));
        int read = 0, cached = 0, length = 0;
        var prefix = new StringBuilder(body["model"]!.GetValue<string>()).Append('\n').Append(format);
        foreach (var (text, breakpoint) in blocks)
        {
            prefix.Append('\n').Append(text);
            length += text.Length;
            if (!breakpoint || Tokens(length) < MinimumCacheTokens)
            {
                continue;
            }

            // The longest prefix seen before is read; anything after it, up to the last breakpoint, is written.
            if (!_cache.TryAdd(prefix.ToString(), true))
            {
                read = Tokens(length);
            }

            cached = Tokens(length);
        }

        return new Usage(total - cached, cached - read, read);
    }

    private static int Tokens(int characters) => (int)Math.Ceiling(characters / 4.0);

    private static IEnumerable<(string Text, bool Breakpoint)> Blocks(JsonNode? node) => node switch
    {
        JsonValue v => [(v.GetValue<string>(), false)],
        JsonArray a => a.Select(b => (b!["text"]?.GetValue<string>() ?? string.Empty, b["cache_control"] is not null)),
        _ => [],
    };

    /// <summary>What the fake billed: input at the full price, written to and read from the cache.</summary>
    public sealed record Usage(int Input, int CacheWrite, int CacheRead);

    public sealed record Recorded(IReadOnlyDictionary<string, string> Headers, string Raw, JsonObject Body, Usage Usage);

    public sealed record Step(int Status, string? ErrorType = null, string? RetryAfter = null, string? Text = null, TimeSpan Delay = default, string? Message = null)
    {
        public static Step Ok(string? text = null) => new(200, Text: text);

        public static Step Error(int status, string type, string? retryAfter = null, string? message = null) => new(status, type, retryAfter, Message: message);

        public static Step Slow(TimeSpan delay) => new(200, Delay: delay);
    }
}
