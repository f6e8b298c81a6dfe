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
    public Func<JsonObject, string> Reply { get; set; } = MessagesApiWire.GoodReply;

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

        await MessagesApiWire.WriteMessageAsync(context, body, raw.Length, step.Text ?? Reply(body));
    }

    public sealed record Recorded(IReadOnlyDictionary<string, string> Headers, string Raw, JsonObject Body);

    public sealed record Step(int Status, string? ErrorType = null, string? RetryAfter = null, string? Text = null, TimeSpan Delay = default)
    {
        public static Step Ok(string? text = null) => new(200, Text: text);

        public static Step Error(int status, string type, string? retryAfter = null) => new(status, type, retryAfter);

        public static Step Slow(TimeSpan delay) => new(200, Delay: delay);
    }
}
