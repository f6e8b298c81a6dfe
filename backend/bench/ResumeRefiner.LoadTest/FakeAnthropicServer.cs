using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ResumeRefiner.Testing;

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
        // Every request the app sends carries resume data; anything else gets an empty but valid answer.
        var text = MessagesApiWire.UserText(body).Contains("<resume_data>\n", StringComparison.Ordinal) ? MessagesApiWire.GoodReply(body) : EmptyReply;
        await MessagesApiWire.WriteMessageAsync(context, body, raw.Length, text);
    }

    private const string EmptyReply = """{"overview":"Nothing to suggest.","suggestions":[]}""";
}
